package vn.edu.ecenter.identity;

import java.io.Serial;
import java.io.Serializable;
import java.security.Principal;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.edu.ecenter.platform.tenancy.TenantPrincipal;

/**
 * The principal of a signed-in session or API call.
 *
 * @param centre the centre the user works in now: their own, or the one a system administrator chose to act in
 */
public record SignedInUser(
        UUID accountId,
        String username,
        String fullName,
        Set<Role> roles,
        @Nullable UUID centre,
        boolean mustChangePassword)
        implements TenantPrincipal, Principal, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public SignedInUser {
        roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    @Override
    public Optional<UUID> centreId() {
        return Optional.ofNullable(centre);
    }

    /** The username: what Spring Security, the session store and the audit trail record as the actor. */
    @Override
    public String getName() {
        return username;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public SignedInUser actingIn(@Nullable UUID centre) {
        return new SignedInUser(accountId, username, fullName, roles, centre, mustChangePassword);
    }

    public SignedInUser passwordChanged() {
        return new SignedInUser(accountId, username, fullName, roles, centre, false);
    }
}
