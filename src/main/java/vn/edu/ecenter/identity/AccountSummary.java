package vn.edu.ecenter.identity;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One row of the account list. */
public record AccountSummary(
        UUID id,
        String username,
        String fullName,
        @Nullable String email,
        Set<Role> roles,
        boolean enabled,
        boolean mustChangePassword,
        boolean locked) {}
