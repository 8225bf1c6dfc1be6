package vn.edu.ecenter.gradebook.attendance.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.edu.ecenter.gradebook.attendance.AttendanceRejected;
import vn.edu.ecenter.platform.web.Messages;

/**
 * A rejected day as the API answers it: 400 with the usual error body (a Vietnamese {@code message}, {@code details})
 * and {@code errors}, one entry per item in error with its position, learner and message.
 */
@RestControllerAdvice(assignableTypes = AttendanceApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AttendanceApiAdvice {

    private final Messages messages;

    AttendanceApiAdvice(Messages messages) {
        this.messages = messages;
    }

    record ItemError(int item, @Nullable UUID learnerId, String message) {}

    @ExceptionHandler(AttendanceRejected.class)
    ResponseEntity<Map<String, Object>> rejected(AttendanceRejected e, HttpServletRequest request) {
        List<ItemError> errors = e.problems().stream()
                .map(p -> new ItemError(
                        p.item(),
                        p.learnerId(),
                        messages.text(p.messageKey(), p.arguments().toArray())))
                .toList();
        boolean conflict = e.status() == 409;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", conflict ? 409 : 400);
        body.put("error", conflict ? "conflict" : "bad_request");
        body.put("message", messages.text(e));
        if (!errors.isEmpty()) {
            body.put("details", errors.stream().map(ItemError::message).toList());
            body.put("errors", errors);
        }
        body.put("path", request.getRequestURI());
        return ResponseEntity.status(conflict ? 409 : 400)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body);
    }
}
