package vn.edu.ecenter.people;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A learner's whole profile, for the people allowed to open it. The personal ID number is shown masked; {@link
 * People#revealCitizenId} shows it in full and is logged.
 *
 * @param version for optimistic locking: an update names the version it was made from
 */
public record LearnerView(
        UUID id,
        LearnerDetails details,
        @Nullable String maskedCitizenId,
        @Nullable String username,
        boolean hasPhoto,
        boolean deidentified,
        int version) {}
