package vn.edu.ecenter.people;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A recorded consent and, if withdrawn, its withdrawal. */
public record ConsentView(
        UUID id,
        String purpose,
        String givenBy,
        String givenByName,
        String method,
        @Nullable String evidence,
        LocalDate givenOn,
        String recordedBy,
        @Nullable LocalDate withdrawnOn,
        @Nullable String withdrawnNote) {

    public boolean active() {
        return withdrawnOn == null;
    }
}
