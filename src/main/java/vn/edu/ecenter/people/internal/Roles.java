package vn.edu.ecenter.people.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.edu.ecenter.identity.SignedInUser;
import vn.edu.ecenter.platform.security.CurrentUser;

/** Who may do what with people's records; the expressions are for {@code @PreAuthorize}. */
final class Roles {

    /** Staff of the centre read lists of learners and staff. */
    static final String STAFF = "hasAnyRole('SYSTEM_ADMIN', 'DIRECTOR', 'CLERK', 'ACCOUNTANT', 'LIBRARIAN', 'TEACHER')";

    /** The director and the clerks keep the records. */
    static final String RECORDS = "hasAnyRole('SYSTEM_ADMIN', 'DIRECTOR', 'CLERK')";

    /** The director answers for personal data: the access log, de-identification. */
    static final String DIRECTOR = "hasAnyRole('SYSTEM_ADMIN', 'DIRECTOR')";

    /** Anyone signed in; the service then narrows learners and guardians to their own records. */
    static final String SIGNED_IN = "isAuthenticated()";

    private Roles() {}

    static boolean isStaff() {
        return has("SYSTEM_ADMIN")
                || has("DIRECTOR")
                || has("CLERK")
                || has("ACCOUNTANT")
                || has("LIBRARIAN")
                || has("TEACHER");
    }

    static boolean keepsRecords() {
        return has("SYSTEM_ADMIN") || has("DIRECTOR") || has("CLERK");
    }

    static boolean has(String role) {
        return vn.edu.ecenter.platform.security.CurrentUser.hasRole(role);
    }

    static Optional<UUID> accountId() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            return Optional.of(user.accountId());
        }
        return Optional.empty();
    }

    static String actor() {
        return CurrentUser.actor();
    }
}
