package vn.edu.ecenter.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.edu.ecenter.identity.SignedInUser;
import vn.edu.ecenter.platform.security.SecurityErrors;

/**
 * Sends a user whose password is temporary (imported, created or reset by an administrator) to the password page
 * before anything else.
 */
class FirstSignInFilter extends OncePerRequestFilter {

    static final String PASSWORD_PAGE = "/account/password";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null
                && authentication.getPrincipal() instanceof SignedInUser user
                && user.mustChangePassword()
                && !allowed(request.getServletPath())) {
            String target = request.getContextPath() + PASSWORD_PAGE;
            if (SecurityErrors.isHtmx(request)) {
                response.setHeader("HX-Redirect", target);
                return;
            }
            response.sendRedirect(target);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean allowed(String path) {
        return path.equals(PASSWORD_PAGE)
                || path.equals("/logout")
                || path.equals("/error")
                || path.startsWith("/webjars/")
                || path.startsWith("/assets/");
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return true;
    }
}
