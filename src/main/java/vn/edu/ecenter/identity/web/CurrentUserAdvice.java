package vn.edu.ecenter.identity.web;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.edu.ecenter.centres.CentreView;
import vn.edu.ecenter.centres.Centres;
import vn.edu.ecenter.identity.Role;
import vn.edu.ecenter.identity.SignedInUser;

/** The signed-in user and, for a system administrator inside a centre, that centre's name, for the layout. */
@ControllerAdvice
class CurrentUserAdvice {

    private final Centres centres;

    CurrentUserAdvice(Centres centres) {
        this.centres = centres;
    }

    @ModelAttribute("currentUser")
    @Nullable
    SignedInUser currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInUser user ? user : null;
    }

    @ModelAttribute("actingCentre")
    @Nullable
    String actingCentre() {
        SignedInUser user = currentUser();
        if (user == null || !user.has(Role.SYSTEM_ADMIN) || user.centreId().isEmpty()) {
            return null;
        }
        return centres.centre(user.centreId().get()).map(CentreView::name).orElse(null);
    }
}
