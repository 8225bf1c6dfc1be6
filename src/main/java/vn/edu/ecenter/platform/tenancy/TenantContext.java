package vn.edu.ecenter.platform.tenancy;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The tenant scope of the current thread: an explicit scope set by {@link Tenancy}, or else the centre of the
 * signed-in user. Read once at the start of every transaction by {@link TenantAwareTransactionManager}.
 */
public final class TenantContext {

    private static final ThreadLocal<TenantScope> EXPLICIT = new ThreadLocal<>();

    /**
     * Set while the security context is being read: reading it may load the HTTP session from the database, whose
     * transaction asks for the scope again. Session tables are not centre-owned, so that inner transaction gets none.
     */
    private static final ThreadLocal<Boolean> RESOLVING = new ThreadLocal<>();

    private TenantContext() {}

    public static TenantScope current() {
        TenantScope explicit = EXPLICIT.get();
        if (explicit != null) {
            return explicit;
        }
        if (RESOLVING.get() != null) {
            return TenantScope.NONE;
        }
        Authentication authentication;
        RESOLVING.set(Boolean.TRUE);
        try {
            authentication = SecurityContextHolder.getContext().getAuthentication();
        } finally {
            RESOLVING.remove();
        }
        if (authentication != null && authentication.getPrincipal() instanceof TenantPrincipal principal) {
            return principal.centreId().map(TenantScope::centre).orElse(TenantScope.NONE);
        }
        return TenantScope.NONE;
    }

    static TenantScope replace(TenantScope scope) {
        TenantScope previous = EXPLICIT.get();
        EXPLICIT.set(scope);
        return previous;
    }

    static void restore(TenantScope previous) {
        if (previous == null) {
            EXPLICIT.remove();
        } else {
            EXPLICIT.set(previous);
        }
    }
}
