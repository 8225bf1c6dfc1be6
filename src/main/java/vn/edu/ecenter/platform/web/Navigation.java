package vn.edu.ecenter.platform.web;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.edu.ecenter.platform.security.CurrentUser;

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
        Set<String> roles = CurrentUser.roles();
        return entries.stream().filter(entry -> entry.visibleTo(roles)).toList();
    }
}
