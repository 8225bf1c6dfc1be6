package vn.edu.ecenter.platform.web;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts what the layout needs into every page's model: the navigation the signed-in user may see. */
@ControllerAdvice
class LayoutAdvice {

    private final List<NavigationEntry> entries;

    LayoutAdvice(List<NavigationEntry> entries) {
        this.entries = entries.stream()
                .sorted(java.util.Comparator.comparingInt(NavigationEntry::order))
                .toList();
    }

    @ModelAttribute("navigation")
    List<NavigationEntry> navigation() {
        Set<String> roles = currentRoles();
        return entries.stream().filter(entry -> entry.visibleTo(roles)).toList();
    }

    /** The path of the page, to mark the current navigation link. */
    @ModelAttribute("currentPath")
    String currentPath(jakarta.servlet.http.HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** The CSRF header that htmx sends with every request (the layout puts it in {@code hx-headers}). */
    @ModelAttribute("csrfHeaders")
    @org.jspecify.annotations.Nullable
    String csrfHeaders(jakarta.servlet.http.HttpServletRequest request) {
        if (request.getAttribute(org.springframework.security.web.csrf.CsrfToken.class.getName())
                instanceof org.springframework.security.web.csrf.CsrfToken token) {
            return "{\"" + token.getHeaderName() + "\": \"" + token.getToken() + "\"}";
        }
        return null;
    }

    static Set<String> currentRoles() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return Set.of();
        }
        return authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_"))
                .map(a -> a.substring(5))
                .collect(Collectors.toSet());
    }
}
