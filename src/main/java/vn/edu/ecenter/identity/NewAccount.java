package vn.edu.ecenter.identity;

import org.jspecify.annotations.Nullable;

/**
 * An account to open in bulk for a learner, guardian or teacher of the current centre, without a usable password: the
 * first (temporary) password is issued later with {@link Identity#issueFirstPasswords}.
 *
 * @param username in the account format {@code [a-z0-9._-]{3,64}}
 * @param role {@link Role#LEARNER}, {@link Role#GUARDIAN} or {@link Role#TEACHER}
 */
public record NewAccount(
        String username, String fullName, @Nullable String email, Role role) {}
