package vn.edu.ecenter.platform.signing;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One version of a signed document, as kept: never edited, only superseded by a later version. The bytes live in the
 * file store under {@code sha256}.
 *
 * @param id the version's id
 * @param kind what the document is ({@code gradebook.hoc-ba})
 * @param subjectId whom it is about
 * @param version 1, 2, 3 … per kind and subject
 * @param sha256 the SHA-256 of the signed PDF, its address in the file store
 * @param fileName the name it downloads under
 * @param size the size in bytes
 * @param signatureCount how many signatures the PDF carries
 * @param signedBy the account whose signature made this version
 * @param signerName that signer's full name
 * @param reason the reason given with that signature
 * @param signedAt the signing time of that signature
 * @param supersedes the version this one replaces, null for version 1
 */
public record SignedDocument(
        UUID id,
        String kind,
        UUID subjectId,
        int version,
        String sha256,
        String fileName,
        long size,
        int signatureCount,
        String signedBy,
        String signerName,
        String reason,
        Instant signedAt,
        @Nullable UUID supersedes) {}
