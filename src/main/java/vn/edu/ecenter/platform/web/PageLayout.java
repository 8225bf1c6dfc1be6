package vn.edu.ecenter.platform.web;

import jakarta.servlet.http.HttpServletRequest;
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
        page.addObject("navigation", navigation.visibleToCurrentUser());
        page.addObject(
                "currentPath",
                request.getRequestURI().substring(request.getContextPath().length()));
        page.addObject("csrfHeaders", csrfHeaders(request));
    }

    private static @Nullable String csrfHeaders(HttpServletRequest request) {
        if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
            return "{\"" + token.getHeaderName() + "\": \"" + token.getToken() + "\"}";
        }
        return null;
    }
}
