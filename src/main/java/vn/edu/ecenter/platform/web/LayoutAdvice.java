package vn.edu.ecenter.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts what the layout needs into every page's model: the navigation the signed-in user may see. */
@ControllerAdvice
class LayoutAdvice {

    private final Navigation navigation;

    LayoutAdvice(Navigation navigation) {
        this.navigation = navigation;
    }

    @ModelAttribute("navigation")
    List<NavigationEntry> navigation() {
        return navigation.visibleToCurrentUser();
    }

    /** The path of the page, to mark the current navigation link. */
    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** The CSRF header that htmx sends with every request (the layout puts it in {@code hx-headers}). */
    @ModelAttribute("csrfHeaders")
    @Nullable
    String csrfHeaders(HttpServletRequest request) {
        if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
            return "{\"" + token.getHeaderName() + "\": \"" + token.getToken() + "\"}";
        }
        return null;
    }
}
