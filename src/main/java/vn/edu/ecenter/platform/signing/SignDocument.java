package vn.edu.ecenter.platform.signing;

import java.util.UUID;

/**
 * New content to sign as the next version of a document: a freshly printed học bạ, or a corrected one.
 *
 * @param kind what the document is, in lower case with dots ({@code gradebook.hoc-ba}); versions are numbered per kind
 *     and subject
 * @param subjectId whom or what it is about (a learner's id)
 * @param fileName the name to download it under ("Hoc-ba-Nguyen-Van-An.pdf")
 * @param pdf the document to sign
 */
public record SignDocument(String kind, UUID subjectId, String fileName, byte[] pdf) {}
