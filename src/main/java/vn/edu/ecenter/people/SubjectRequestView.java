package vn.edu.ecenter.people;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A data-subject request with its time limits and progress. */
public record SubjectRequestView(
        UUID id,
        UUID learnerId,
        String learnerCode,
        String learnerName,
        String kind,
        String requestedBy,
        @Nullable String details,
        LocalDate receivedOn,
        LocalDate acknowledgeBy,
        LocalDate dueOn,
        @Nullable LocalDate acknowledgedOn,
        @Nullable LocalDate completedOn,
        @Nullable String outcome,
        String status) {

    public boolean open() {
        return status.equals("RECEIVED") || status.equals("ACKNOWLEDGED");
    }
}
