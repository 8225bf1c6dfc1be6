package vn.edu.ecenter.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import vn.edu.ecenter.identity.Identity;

/** The system administrator steps into a centre (to work with its data) and back out to the system level. */
@Controller
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class ActingCentreController {

    private final Identity identity;

    ActingCentreController(Identity identity) {
        this.identity = identity;
    }

    @PostMapping("/admin/centres/{id}/act")
    String actIn(
            @PathVariable UUID id,
            Authentication authentication,
            HttpServletRequest request,
            HttpServletResponse response) {
        var acting = identity.actInCentre(SessionPrincipal.current(authentication), Optional.of(id));
        SessionPrincipal.replace(acting, authentication, request, response);
        return "redirect:/";
    }

    @PostMapping("/admin/centres/leave")
    String leave(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        var system = identity.actInCentre(SessionPrincipal.current(authentication), Optional.empty());
        SessionPrincipal.replace(system, authentication, request, response);
        return "redirect:/admin/centres";
    }
}
