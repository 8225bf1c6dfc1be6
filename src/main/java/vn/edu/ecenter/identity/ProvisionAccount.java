package vn.edu.ecenter.identity;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Opens an account with a given password, for the system administrator's tools (demo data, first set-up, imports).
 *
 * @param centreId the account's centre; null only for a system administrator
 * @param mustChangePassword whether the user must choose a new password at first sign-in
 */
public record ProvisionAccount(
        @Nullable UUID centreId,
        String username,
        String fullName,
        @Nullable String email,
        Set<Role> roles,
        String password,
        boolean mustChangePassword) {}
