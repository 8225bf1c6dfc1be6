package vn.edu.ecenter.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.edu.ecenter.identity.Identity;
import vn.edu.ecenter.identity.SignedInUser;
import vn.edu.ecenter.platform.security.SecurityErrors;

/** Authenticates API calls by {@code Authorization: Bearer …}; a wrong or expired token is answered 401 at once. */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String PREFIX = "Bearer ";

    private final Identity identity;
    private final SecurityErrors errors;

    BearerTokenFilter(Identity identity, SecurityErrors errors) {
        this.identity = identity;
        this.errors = errors;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<SignedInUser> user =
                identity.userOfToken(header.substring(PREFIX.length()).strip());
        if (user.isEmpty()) {
            errors.writeJson(request, response, 401, "invalid_token", "error.api.invalidToken");
            return;
        }
        if (user.get().mustChangePassword()) {
            errors.writeJson(request, response, 403, "password_change_required", "identity.password.mustChange");
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(SignInProvider.authenticated(user.get()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
