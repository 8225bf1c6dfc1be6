package vn.edu.ecenter.platform.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import vn.edu.ecenter.platform.security.CurrentUser;

/** The main navigation: the links that modules contribute, filtered by the signed-in user's roles. */
@Component
public class Navigation {

    private final List<NavigationEntry> entries;

    /** The links of each set of roles, worked out once (there are a few such sets). */
    private final Map<Set<String>, List<NavigationEntry>> byRoles = new ConcurrentHashMap<>();

    Navigation(List<NavigationEntry> entries) {
        this.entries = entries.stream()
                .sorted(Comparator.comparingInt(NavigationEntry::order))
                .toList();
    }

    public List<NavigationEntry> visibleToCurrentUser() {
        return byRoles.computeIfAbsent(Set.copyOf(CurrentUser.roles()), roles -> entries.stream()
                .filter(entry -> entry.visibleTo(roles))
                .toList());
    }
}
