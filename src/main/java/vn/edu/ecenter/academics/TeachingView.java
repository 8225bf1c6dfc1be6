package vn.edu.ecenter.academics;

import java.util.Set;
import java.util.UUID;

/** What a teacher teaches in a class: the subjects, and whether they are its homeroom teacher. */
public record TeachingView(UUID classId, String className, int grade, Set<String> subjectCodes, boolean homeroom) {}
