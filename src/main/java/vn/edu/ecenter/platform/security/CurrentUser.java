package vn.edu.ecenter.platform.security;

import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.edu.ecenter.platform.tenancy.TenantPrincipal;

/** Questions about the signed-in user that services ask before they act. */
public final class CurrentUser {

    private CurrentUser() {}

    public static boolean hasRole(String role) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return false;
        }
        String authority = "ROLE_" + role;
        for (GrantedAuthority granted : authentication.getAuthorities()) {
            if (authority.equals(granted.getAuthority())) {
                return true;
            }
        }
        return false;
    }

    public static boolean isSystemAdmin() {
        return hasRole("SYSTEM_ADMIN");
    }

    /** The centre the signed-in user works in now. */
    public static Optional<UUID> centre() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof TenantPrincipal principal) {
            return principal.centreId();
        }
        return Optional.empty();
    }
}
