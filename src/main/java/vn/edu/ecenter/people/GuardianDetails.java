package vn.edu.ecenter.people;

import org.jspecify.annotations.Nullable;
import vn.edu.ecenter.shared.PersonName;

/**
 * A guardian (phụ huynh, người giám hộ). The phone number identifies the guardian within the centre and is the
 * username of the guardian's account.
 */
public record GuardianDetails(
        PersonName name,
        String phone,
        @Nullable String email,
        @Nullable String citizenId) {}
