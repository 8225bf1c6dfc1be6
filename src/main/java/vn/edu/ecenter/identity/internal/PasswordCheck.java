package vn.edu.ecenter.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import vn.edu.ecenter.platform.audit.AuditRecord;
import vn.edu.ecenter.platform.audit.AuditTrail;
import vn.edu.ecenter.platform.clock.BusinessClock;
import vn.edu.ecenter.platform.tenancy.Tenancy;
import vn.edu.ecenter.platform.tenancy.TenantScope;

/**
 * Checks a username and password, for the sign-in form and the token endpoint alike. An unknown username and a wrong
 * password fail the same way and take the same time; too many failures lock the username for a while, and the lock
 * is audited.
 */
@Component
class PasswordCheck {

    /** Compared against when the username is unknown, so that both failures cost one hash computation. */
    private final String unknownUserHash;

    private final Accounts accounts;
    private final PasswordEncoder encoder;
    private final SignInThrottle throttle;
    private final Tenancy tenancy;
    private final AuditTrail audit;
    private final BusinessClock clock;

    PasswordCheck(
            Accounts accounts,
            PasswordEncoder encoder,
            SignInThrottle throttle,
            Tenancy tenancy,
            AuditTrail audit,
            BusinessClock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.throttle = throttle;
        this.tenancy = tenancy;
        this.audit = audit;
        this.clock = clock;
        this.unknownUserHash = encoder.encode("not-a-password-" + System.nanoTime());
    }

    static String normalise(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    Account verify(String typedUsername, String password) {
        String username = normalise(typedUsername);
        Optional<Instant> lockedUntil = throttle.lockedUntil(username);
        if (lockedUntil.isPresent()) {
            long minutes = Math.max(
                    1, Duration.between(clock.instant(), lockedUntil.get()).toMinutes() + 1);
            throw new LockedException(Long.toString(minutes));
        }
        Optional<Account> account = tenancy.asSystem(() -> accounts.findByUsername(username));
        boolean matches =
                encoder.matches(password, account.map(Account::passwordHash).orElse(unknownUserHash));
        if (account.isPresent() && matches && account.get().enabled()) {
            throttle.reset(username);
            audit.recordAs(
                    username,
                    centreOf(account),
                    AuditRecord.of(
                            "signIn.succeeded", "account", account.get().getId().toString()));
            return account.get();
        }
        boolean locked = throttle.recordFailure(username);
        String entityId = account.map(a -> a.getId().toString()).orElse(null);
        audit.recordAs(
                ANONYMOUS,
                centreOf(account),
                new AuditRecord("signIn.failed", "account", entityId, null, Map.of("username", username), null));
        if (locked) {
            audit.recordAs(
                    ANONYMOUS,
                    centreOf(account),
                    new AuditRecord(
                            "signIn.locked",
                            "account",
                            entityId,
                            null,
                            Map.of("username", username, "minutes", lockMinutes()),
                            null));
        }
        throw new BadCredentialsException("bad credentials");
    }

    /** The actor of failed attempts: whoever typed the username, which is recorded in the entry's values. */
    private static final String ANONYMOUS = "anonymous";

    private long lockMinutes() {
        return throttle.lockMinutes();
    }

    private static java.util.UUID centreOf(Optional<Account> account) {
        return account.map(Account::centreId).orElse(TenantScope.SYSTEM_CENTRE);
    }
}
