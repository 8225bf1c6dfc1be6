package vn.edu.ecenter.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Turns exceptions from controllers into clear, translated answers; unexpected ones are logged, never shown. */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ErrorAdvice {

    private static final Logger log = LoggerFactory.getLogger(ErrorAdvice.class);

    private final ErrorResponses responses;

    ErrorAdvice(ErrorResponses responses) {
        this.responses = responses;
    }

    @ExceptionHandler(Rejected.class)
    Object rejected(Rejected e, HttpServletRequest request) {
        return respond(request, e.status(), e.messageKey(), e.arguments(), List.of());
    }

    @ExceptionHandler(BindException.class)
    Object invalid(BindException e, HttpServletRequest request) {
        List<String> details = e.getFieldErrors().stream()
                .map(error -> error.getField() + ": " + responses.fieldMessage(error, request))
                .toList();
        return respond(request, 400, "error.validation", new Object[0], details);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    Object unreadable(HttpServletRequest request) {
        return respond(request, 400, "error.malformedJson", new Object[0], List.of());
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class})
    Object badParameter(Exception e, HttpServletRequest request) {
        return respond(request, 400, "error.badRequest", new Object[0], List.of());
    }

    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
    Object notFound(HttpServletRequest request) {
        return respond(request, 404, "error.notFound", new Object[0], List.of());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    Object wrongMethod(HttpServletRequest request) {
        return respond(request, 405, "error.methodNotAllowed", new Object[0], List.of());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    Object wrongMediaType(HttpServletRequest request) {
        return respond(request, 415, "error.unsupportedMediaType", new Object[0], List.of());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(HttpServletRequest request) {
        return respond(request, 413, "error.tooLarge", new Object[0], List.of());
    }

    /** Left to Spring Security's exception translation (sign-in redirect or 403). */
    @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
    void security(RuntimeException e) {
        throw e;
    }

    /** The browser went away (closed tab, cancelled download): nobody to answer, nothing wrong on our side. */
    @ExceptionHandler(AsyncRequestNotUsableException.class)
    void clientGone(AsyncRequestNotUsableException e, HttpServletRequest request) {
        log.debug("Client went away during {} {}", request.getMethod(), request.getRequestURI());
    }

    @ExceptionHandler(Exception.class)
    @org.jspecify.annotations.Nullable
    Object unexpected(Exception e, HttpServletRequest request) {
        if (isClientAbort(e)) {
            log.debug("Client went away during {} {}", request.getMethod(), request.getRequestURI());
            return null;
        }
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return respond(request, 500, "error.server", new Object[0], List.of());
    }

    private static boolean isClientAbort(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause.getClass().getSimpleName().equals("ClientAbortException")) {
                return true;
            }
        }
        return false;
    }

    private Object respond(
            HttpServletRequest request, int status, String key, Object[] arguments, List<String> details) {
        return responses.respond(request, request.getRequestURI(), status, key, arguments, details);
    }
}
