package vn.edu.ecenter.people;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A data-subject request as received.
 *
 * @param kind ACCESS, RECTIFY, DEIDENTIFY, WITHDRAW_CONSENT, RESTRICT or OBJECT
 * @param requestedBy who asked (the learner or a guardian, by name)
 */
public record NewSubjectRequest(
        String kind, String requestedBy, @Nullable String details, LocalDate receivedOn) {}
