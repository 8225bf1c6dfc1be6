package vn.edu.ecenter.gradebook.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;
import vn.edu.ecenter.gradebook.GradebookRejection;
import vn.edu.ecenter.gradebook.GradebookRejection.ItemError;

/**
 * Answers a refused gradebook request: for the API and the score sheet's autosave, JSON with the Vietnamese
 * {@code message} and one entry per bad item ({@code {"errors": [{"learnerId", "kind", "index", "message"}]}}, a
 * conflict adding the cell as it is now); for pages, the error page with the same messages.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class GradebookErrors {

    private final MessageSource messages;
    private final LocaleResolver locales;

    GradebookErrors(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    @ExceptionHandler(GradebookRejection.class)
    Object rejected(GradebookRejection e, HttpServletRequest request) {
        Locale locale = locales.resolveLocale(request);
        int status = e.kind().status();
        String message = messages.getMessage(e.message(), locale);
        if (wantsJson(request)) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", status);
            body.put("error", e.kind().name().toLowerCase(Locale.ROOT));
            body.put("message", message);
            if (!e.items().isEmpty()) {
                body.put(
                        "errors",
                        e.items().stream().map(item -> item(item, locale)).toList());
            }
            body.put("path", request.getRequestURI());
            return ResponseEntity.status(status)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(body);
        }
        var page = new ModelAndView("error");
        page.setStatus(HttpStatusCode.valueOf(status));
        page.addObject("status", status);
        page.addObject("message", message);
        page.addObject(
                "details",
                e.items().stream()
                        .map(item -> messages.getMessage(item.message(), locale))
                        .toList());
        return page;
    }

    private Map<String, Object> item(ItemError item, Locale locale) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("learnerId", item.learnerId());
        json.put("kind", item.kind());
        json.put("index", item.index());
        json.put("message", messages.getMessage(item.message(), locale));
        if (item.current() != null) {
            json.put(
                    "currentValue",
                    item.current().mark() == null ? null : item.current().display());
            json.put("currentVersion", item.current().version());
            json.put("changedBy", item.current().changedBy());
            json.put("changedAt", item.current().changedAt());
        }
        return json;
    }

    /** The API, and requests of the page's script, which asks for JSON. */
    static boolean wantsJson(HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return true;
        }
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("application/json") && !accept.contains("text/html");
    }

    /** The messages of a refusal, for a page that shows it in place (a form that comes back). */
    List<String> texts(GradebookRejection e, Locale locale) {
        List<String> texts = new ArrayList<>();
        texts.add(messages.getMessage(e.message(), locale));
        e.items().forEach(item -> texts.add(messages.getMessage(item.message(), locale)));
        return texts;
    }
}
