package vn.edu.ecenter.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * How refused requests are answered: JSON with a Vietnamese {@code message} for the API, a page in the layout (or a
 * redirect to the sign-in page) for the web, and for htmx requests an {@code HX-Redirect} header so that the sign-in
 * page replaces the whole page instead of landing inside a fragment.
 */
@Component
public class SecurityErrors {

    /** Request attributes with which a forwarded refusal tells the error page its status and message key. */
    public static final String STATUS_ATTRIBUTE = "ecenter.error.status";

    public static final String KEY_ATTRIBUTE = "ecenter.error.key";

    private final MessageSource messages;
    private final JsonMapper json;
    private final LocaleResolver locales;

    SecurityErrors(MessageSource messages, JsonMapper json, LocaleResolver locales) {
        this.messages = messages;
        this.json = json;
        this.locales = locales;
    }

    public void apiUnauthenticated(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        writeJson(request, response, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized", "error.api.unauthorized");
    }

    public void apiForbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        writeJson(request, response, HttpServletResponse.SC_FORBIDDEN, "forbidden", "error.forbidden");
    }

    public void webUnauthenticated(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        String login = request.getContextPath() + "/login";
        if (isHtmx(request)) {
            response.setHeader("HX-Redirect", login);
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        response.sendRedirect(login);
    }

    public void webForbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException, jakarta.servlet.ServletException {
        if (e instanceof CsrfException && !signedIn()) {
            // The session expired while a form was open: the token went with it. Back to the sign-in page.
            String login = request.getContextPath() + "/login?expired";
            if (isHtmx(request)) {
                response.setHeader("HX-Redirect", login);
                response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            } else {
                response.sendRedirect(login);
            }
            return;
        }
        if (e instanceof CsrfException) {
            if (isHtmx(request)) {
                response.setHeader("HX-Refresh", "true");
            }
            request.setAttribute(KEY_ATTRIBUTE, "error.csrf");
        }
        request.setAttribute(STATUS_ATTRIBUTE, HttpServletResponse.SC_FORBIDDEN);
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        request.getRequestDispatcher("/error").forward(request, response);
    }

    public void signInFailed(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        String target = e instanceof LockedException ? "/login?locked=" + e.getMessage() : "/login?error";
        response.sendRedirect(request.getContextPath() + target);
    }

    /** Writes an API error; {@code message} is in the request's language, Vietnamese by default. */
    public void writeJson(
            HttpServletRequest request,
            HttpServletResponse response,
            int status,
            String error,
            String messageKey,
            Object... arguments)
            throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("error", error);
        body.put("message", messages.getMessage(messageKey, arguments, locales.resolveLocale(request)));
        body.put("path", request.getRequestURI());
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(body));
    }

    private static boolean signedIn() {
        var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication();
        return authentication != null
                && authentication.isAuthenticated()
                && !(authentication
                        instanceof org.springframework.security.authentication.AnonymousAuthenticationToken);
    }

    public static boolean isHtmx(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"));
    }
}
