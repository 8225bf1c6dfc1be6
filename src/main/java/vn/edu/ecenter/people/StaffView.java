package vn.edu.ecenter.people;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A staff member's whole profile. {@code details.citizenId()} is always null here: the number is shown masked.
 *
 * @param version for optimistic locking: an update names the version it was made from
 */
public record StaffView(
        UUID id,
        StaffDetails details,
        @Nullable String maskedCitizenId,
        @Nullable String username,
        boolean active,
        int version) {}
