package vn.edu.ecenter.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.edu.ecenter.platform.security.SecurityErrors;

/** Errors raised outside controllers (filters, the servlet container, forwarded security refusals). */
@Controller
class ErrorPageController implements ErrorController {

    private final ErrorResponses responses;

    ErrorPageController(ErrorResponses responses) {
        this.responses = responses;
    }

    @RequestMapping("/error")
    Object error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object forwardedStatus = request.getAttribute(SecurityErrors.STATUS_ATTRIBUTE);
        int status = code instanceof Integer value ? value : forwardedStatus instanceof Integer value ? value : 500;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        String path = uri != null ? uri.toString() : forwarded != null ? forwarded.toString() : "/error";
        Object explicitKey = request.getAttribute(SecurityErrors.KEY_ATTRIBUTE);
        String key = explicitKey != null ? explicitKey.toString() : ErrorResponses.keyFor(status);
        return responses.respond(request, path, status, key, new Object[0], List.of());
    }
}
