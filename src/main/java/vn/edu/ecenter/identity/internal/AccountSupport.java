package vn.edu.ecenter.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import vn.edu.ecenter.platform.audit.AuditRecord;
import vn.edu.ecenter.platform.audit.AuditTrail;
import vn.edu.ecenter.platform.clock.BusinessClock;
import vn.edu.ecenter.platform.mail.MailOutbox;
import vn.edu.ecenter.platform.mail.OutgoingMail;
import vn.edu.ecenter.platform.web.Rejected;

/** What account use cases share: hashing, the password policy, throttling state, auditing and notices by e-mail. */
@Component
class AccountSupport {

    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final SignInThrottle throttle;
    private final AuditTrail audit;
    private final MailOutbox mail;
    private final BusinessClock clock;
    private final IdentityProperties properties;
    /** Absent in command mode (no web server, no sessions). */
    private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

    AccountSupport(
            PasswordEncoder encoder,
            PasswordPolicy policy,
            SignInThrottle throttle,
            AuditTrail audit,
            MailOutbox mail,
            BusinessClock clock,
            IdentityProperties properties,
            ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
        this.encoder = encoder;
        this.policy = policy;
        this.throttle = throttle;
        this.audit = audit;
        this.mail = mail;
        this.clock = clock;
        this.properties = properties;
        this.sessions = sessions;
    }

    String hash(String password) {
        return encoder.encode(password);
    }

    boolean matches(String password, String hash) {
        return encoder.matches(password, hash);
    }

    void checkPolicy(String username, String password) {
        policy.check(username, password);
    }

    boolean isLocked(String username) {
        return throttle.lockedUntil(username).isPresent();
    }

    /** Ends the user's web sessions, except the one given (the user's own, after changing their password). */
    void endSessions(String username, @Nullable String keep) {
        sessions.ifAvailable(repository -> repository.findByPrincipalName(username).keySet().stream()
                .filter(id -> !id.equals(keep))
                .forEach(repository::deleteById));
    }

    /** Counts a wrong current password like a failed sign-in; refuses while the username is locked. */
    void checkNotLocked(String username) {
        throttle.lockedUntil(username).ifPresent(until -> {
            throw new Rejected("login.locked", throttle.lockMinutes());
        });
    }

    void countFailure(String username) {
        throttle.recordFailure(username);
    }

    void unlock(String username) {
        throttle.reset(username);
    }

    void audit(AuditRecord record) {
        audit.record(record);
    }

    /** Tells the owner that an administrator reset the password (never the password itself). */
    void notifyPasswordReset(Account account) {
        if (account.email() != null) {
            mail.enqueue(OutgoingMail.of(
                    account.email(),
                    "mail.passwordReset.subject",
                    "mail/password-reset",
                    Map.of("fullName", account.fullName(), "username", account.username())));
        }
    }

    Instant now() {
        return clock.instant();
    }

    Duration tokenLifetime() {
        return properties.tokenLifetime();
    }
}
