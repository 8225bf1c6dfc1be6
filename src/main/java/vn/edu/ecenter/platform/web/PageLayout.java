package vn.edu.ecenter.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the layout needs on every page: the navigation the signed-in user may see ({@code navigation}), the page's path
 * to mark the current link ({@code currentPath}) and the CSRF header that htmx sends with every request
 * ({@code csrfHeaders}, put in the body's {@code hx-headers}).
 */
@Component
class PageLayout extends LayoutContribution {

    private final Navigation navigation;

    PageLayout(Navigation navigation) {
        this.navigation = navigation;
    }

    @Override
    protected void contribute(HttpServletRequest request, ModelAndView page) {
        List<NavigationEntry> entries = navigation.visibleToCurrentUser();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        page.addObject("navigation", entries);
        page.addObject("currentPath", path);
        page.addObject("activeHref", activeHref(entries, path));
        page.addObject("csrfHeaders", csrfHeaders(request));
    }

    /**
     * The link to mark as current: the longest one the path lies under, so that {@code /timetable/setup/rules} marks
     * "/timetable/setup" and not also "/timetable"; null when none does.
     */
    static @Nullable String activeHref(List<NavigationEntry> entries, String path) {
        return entries.stream()
                .map(NavigationEntry::href)
                .filter(href -> path.equals(href) || path.startsWith(href.endsWith("/") ? href : href + "/"))
                .max(Comparator.comparingInt(String::length))
                .orElse(null);
    }

    private static @Nullable String csrfHeaders(HttpServletRequest request) {
        if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
            return "{\"" + token.getHeaderName() + "\": \"" + token.getToken() + "\"}";
        }
        return null;
    }
}
