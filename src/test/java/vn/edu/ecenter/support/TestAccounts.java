package vn.edu.ecenter.support;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.edu.ecenter.identity.Identity;
import vn.edu.ecenter.identity.ProvisionAccount;
import vn.edu.ecenter.identity.Role;
import vn.edu.ecenter.platform.tenancy.Tenancy;

/**
 * The demo centre's accounts, and fresh accounts opened through the {@link Identity} API the way the system
 * administrator's tools open them. Fresh accounts get random usernames, so tests that lock or reset them disturb
 * nobody else.
 */
@Component
public final class TestAccounts {

    /** The password of every demo account (demo mode only). */
    public static final String DEMO_PASSWORD = "Demo@2026";

    /** The password given to accounts opened here. */
    public static final String PASSWORD = "Thu2026hoc";

    private final Identity identity;
    private final Tenancy tenancy;
    private final JdbcClient jdbc;

    public TestAccounts(Identity identity, Tenancy tenancy, JdbcClient jdbc) {
        this.identity = identity;
        this.tenancy = tenancy;
        this.jdbc = jdbc;
    }

    /** The demo centre (code LQD). */
    public UUID demoCentre() {
        return tenancy.asSystem(() -> jdbc.sql("SELECT id FROM centres.centre WHERE code = 'LQD'")
                .query(UUID.class)
                .single());
    }

    /** Opens an account with {@link #PASSWORD} in the demo centre, with no forced password change. */
    public String open(Role role) {
        return open(role, null, false);
    }

    /** Opens an account with {@link #PASSWORD} in the demo centre; returns its username. */
    public String open(Role role, @Nullable String email, boolean mustChangePassword) {
        return open(role, demoCentre(), email, mustChangePassword);
    }

    /** Opens an account with {@link #PASSWORD} in the given centre, with no forced password change. */
    public String open(Role role, UUID centre) {
        return open(role, centre, null, false);
    }

    private String open(Role role, UUID centre, @Nullable String email, boolean mustChangePassword) {
        String username = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        asSystemAdministrator(() -> identity.provisionAccount(new ProvisionAccount(
                centre, username, "Nguyễn Văn Thử " + username, email, Set.of(role), PASSWORD, mustChangePassword)));
        return username;
    }

    public UUID idOf(String username) {
        return tenancy.asSystem(() -> jdbc.sql("SELECT id FROM identity.account WHERE username = ?")
                .param(username)
                .query(UUID.class)
                .single());
    }

    public String passwordHashOf(String username) {
        return tenancy.asSystem(() -> jdbc.sql("SELECT password_hash FROM identity.account WHERE username = ?")
                .param(username)
                .query(String.class)
                .single());
    }

    public int accountCount() {
        return count("SELECT count(*) FROM identity.account");
    }

    /** Counts rows in system scope (across centres); the query is the test's own SQL. */
    public int count(String sql, Object... parameters) {
        return tenancy.asSystem(
                () -> jdbc.sql(sql).params(parameters).query(Integer.class).single());
    }

    /** How many audit entries with the given action mention the username in their new value. */
    public int auditEntries(String action, String username) {
        return count(
                "SELECT count(*) FROM platform.audit_entry WHERE action = ? AND new_value::jsonb ->> 'username' = ?",
                action,
                username);
    }

    public Optional<String> lockedUntil(String username) {
        return tenancy.asSystem(() -> jdbc.sql(
                        "SELECT locked_until::text FROM identity.login_throttle WHERE username = ? AND locked_until > now()")
                .param(username)
                .query(String.class)
                .optional());
    }

    /** Runs work as the system administrator's tools do (the demo loader, first set-up). */
    public static <T> T asSystemAdministrator(Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "system", null, AuthorityUtils.createAuthorityList(Role.SYSTEM_ADMIN.authority())));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
