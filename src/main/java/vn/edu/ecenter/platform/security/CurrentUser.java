package vn.edu.ecenter.platform.security;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.edu.ecenter.platform.tenancy.TenantPrincipal;

/** Questions about the signed-in user that services ask before they act. */
public final class CurrentUser {

    private CurrentUser() {}

    public static boolean hasRole(String role) {
        return roles().contains(role);
    }

    /** The signed-in user's role names, without the {@code ROLE_} prefix; empty when nobody is signed in. */
    public static Set<String> roles() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return Set.of();
        }
        return authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_"))
                .map(authority -> authority.substring("ROLE_".length()))
                .collect(Collectors.toSet());
    }

    /** The signed-in user's username, as audit entries and change logs name who acted; "system" when nobody is. */
    public static String actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
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
