package vn.edu.ecenter.platform.web;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The main navigation: the links that modules contribute, filtered by the signed-in user's roles. */
@Component
public class Navigation {

    private final List<NavigationEntry> entries;

    Navigation(List<NavigationEntry> entries) {
        this.entries = entries.stream()
                .sorted(Comparator.comparingInt(NavigationEntry::order))
                .toList();
    }

    public List<NavigationEntry> visibleToCurrentUser() {
        Set<String> roles = currentRoles();
        return entries.stream().filter(entry -> entry.visibleTo(roles)).toList();
    }

    private static Set<String> currentRoles() {
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
