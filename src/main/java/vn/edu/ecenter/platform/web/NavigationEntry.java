package vn.edu.ecenter.platform.web;

import java.util.Set;

/**
 * A link in the main navigation, contributed by the module that owns the page as a bean. Only modules that exist
 * contribute links, and each link is shown only to the roles that may open it.
 *
 * @param labelKey message key of the link text
 * @param href the page, e.g. {@code /admin/accounts}
 * @param roles the roles that see it (without the {@code ROLE_} prefix)
 * @param order position in the menu, lowest first
 */
public record NavigationEntry(String labelKey, String href, Set<String> roles, int order) {

    public boolean visibleTo(Set<String> userRoles) {
        return roles.stream().anyMatch(userRoles::contains);
    }
}
