package vn.edu.ecenter.gradebook.internal;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.edu.ecenter.identity.SignedInUser;
import vn.edu.ecenter.platform.security.CurrentUser;

/** Who calls the gradebook's services: their account and whether they are the director. */
final class Callers {

    private Callers() {}

    static boolean director() {
        return CurrentUser.hasRole("DIRECTOR");
    }

    static @Nullable UUID accountId() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInUser user
                ? user.accountId()
                : null;
    }
}
