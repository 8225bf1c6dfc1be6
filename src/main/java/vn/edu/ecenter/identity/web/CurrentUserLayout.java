package vn.edu.ecenter.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import vn.edu.ecenter.centres.CentreView;
import vn.edu.ecenter.centres.Centres;
import vn.edu.ecenter.identity.Role;
import vn.edu.ecenter.identity.SignedInUser;
import vn.edu.ecenter.platform.web.LayoutContribution;

/**
 * The signed-in user ({@code currentUser}) and, for a system administrator inside a centre, that centre's name
 * ({@code actingCentre}), for the layout of every page.
 */
@Component
class CurrentUserLayout extends LayoutContribution {

    private final Centres centres;

    CurrentUserLayout(Centres centres) {
        this.centres = centres;
    }

    @Override
    protected void contribute(HttpServletRequest request, ModelAndView page) {
        SignedInUser user = currentUser();
        page.addObject("currentUser", user);
        page.addObject("actingCentre", actingCentre(user));
    }

    private static @Nullable SignedInUser currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInUser user ? user : null;
    }

    private @Nullable String actingCentre(@Nullable SignedInUser user) {
        if (user == null || !user.has(Role.SYSTEM_ADMIN) || user.centreId().isEmpty()) {
            return null;
        }
        return centres.centre(user.centreId().get()).map(CentreView::name).orElse(null);
    }
}
