package vn.edu.ecenter.people;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A consent to record.
 *
 * @param purpose what the data are processed for, e.g. "Quản lý hồ sơ học tập"
 * @param guardianId the guardian who consented, or null when the learner consented themself
 * @param method PAPER, ONLINE or IN_PERSON
 * @param evidence where the evidence is (form number, file, message)
 */
public record RecordConsent(
        String purpose,
        @Nullable UUID guardianId,
        String method,
        @Nullable String evidence,
        LocalDate givenOn) {}
