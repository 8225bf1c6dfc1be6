package vn.edu.ecenter.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * One way to answer an error: JSON for the API (with a Vietnamese {@code message}), the error page in the layout for
 * everything else. Never a stack trace.
 */
@Component
class ErrorResponses {

    private final MessageSource messages;
    private final LocaleResolver locales;

    ErrorResponses(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    Object respond(
            HttpServletRequest request, String path, int status, String key, Object[] arguments, List<String> details) {
        String message = messages.getMessage(key, arguments, locales.resolveLocale(request));
        if (wantsJson(request, path)) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", status);
            body.put("error", errorCode(status));
            body.put("message", message);
            if (!details.isEmpty()) {
                body.put("details", details);
            }
            body.put("path", path);
            return ResponseEntity.status(status)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(body);
        }
        var page = new ModelAndView("error");
        page.setStatus(org.springframework.http.HttpStatusCode.valueOf(status));
        page.addObject("status", status);
        page.addObject("message", message);
        page.addObject("details", details);
        return page;
    }

    String fieldMessage(org.springframework.validation.FieldError error, HttpServletRequest request) {
        return messages.getMessage(error, locales.resolveLocale(request));
    }

    static boolean wantsJson(HttpServletRequest request, String path) {
        if (path.startsWith("/api/") || path.startsWith("/v3/api-docs")) {
            return true;
        }
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("application/json") && !accept.contains("text/html");
    }

    static String keyFor(int status) {
        return switch (status) {
            case 400 -> "error.badRequest";
            case 401 -> "error.api.unauthorized";
            case 403 -> "error.forbidden";
            case 404 -> "error.notFound";
            case 405 -> "error.methodNotAllowed";
            case 409 -> "error.conflict";
            case 413 -> "error.tooLarge";
            case 415 -> "error.unsupportedMediaType";
            case 422 -> "error.unprocessable";
            default -> status >= 500 ? "error.server" : "error.badRequest";
        };
    }

    private static String errorCode(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 409 -> "conflict";
            case 413 -> "payload_too_large";
            case 415 -> "unsupported_media_type";
            case 422 -> "unprocessable";
            default -> status >= 500 ? "server_error" : "error";
        };
    }
}
