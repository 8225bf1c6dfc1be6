package vn.edu.ecenter.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import vn.edu.ecenter.identity.SignedInUser;

/** Replaces the signed-in user of the current session (after a password change or a change of acting centre). */
final class SessionPrincipal {

    private static final SecurityContextRepository REPOSITORY = new HttpSessionSecurityContextRepository();

    private SessionPrincipal() {}

    static SignedInUser current(Authentication authentication) {
        return (SignedInUser) authentication.getPrincipal();
    }

    static void replace(
            SignedInUser user, Authentication previous, HttpServletRequest request, HttpServletResponse response) {
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, previous.getAuthorities());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        REPOSITORY.saveContext(context, request, response);
    }
}
