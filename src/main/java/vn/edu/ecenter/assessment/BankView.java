package vn.edu.ecenter.assessment;

import java.util.UUID;

/**
 * A question bank as lists show it.
 *
 * @param approved questions whose newest version is approved (usable in graded tests)
 * @param waiting questions whose newest version waits for review or was returned
 */
public record BankView(
        UUID id,
        UUID subjectId,
        String subjectCode,
        String subjectName,
        String name,
        int questions,
        int approved,
        int waiting) {}
