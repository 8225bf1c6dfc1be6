package vn.edu.ecenter.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per typed username — existing or not, so that a lock says nothing about which usernames
 * are real — and locks the username for a while after too many.
 */
@Component
class SignInThrottle {

    private final JdbcClient jdbc;
    private final IdentityProperties properties;
    private final Clock clock;

    SignInThrottle(JdbcClient jdbc, IdentityProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** Until when the username is locked, if it is locked now. */
    @Transactional(readOnly = true)
    public Optional<Instant> lockedUntil(String username) {
        return jdbc.sql("SELECT locked_until FROM identity.login_throttle WHERE username = ? AND locked_until > ?")
                .params(username, java.sql.Timestamp.from(clock.instant()))
                .query((rs, n) -> rs.getTimestamp(1).toInstant())
                .optional();
    }

    /**
     * Counts a failure; returns true when this failure locked the username. In a transaction of its own: the failure
     * counts even though the caller's work is rolled back.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean recordFailure(String username) {
        Instant now = clock.instant();
        int failures = jdbc.sql("""
                INSERT INTO identity.login_throttle (username, failures, last_failure_at)
                VALUES (:username, 1, :now)
                ON CONFLICT (username) DO UPDATE
                  SET failures = CASE WHEN identity.login_throttle.locked_until IS NOT NULL
                                        AND identity.login_throttle.locked_until <= :now
                                      THEN 1 ELSE identity.login_throttle.failures + 1 END,
                      locked_until = CASE WHEN identity.login_throttle.locked_until <= :now
                                          THEN NULL ELSE identity.login_throttle.locked_until END,
                      last_failure_at = :now
                RETURNING failures
                """)
                .param("username", username)
                .param("now", java.sql.Timestamp.from(now))
                .query(Integer.class)
                .single();
        if (failures >= properties.maxFailedSignIns()) {
            jdbc.sql("UPDATE identity.login_throttle SET locked_until = ?, failures = 0 WHERE username = ?")
                    .params(java.sql.Timestamp.from(now.plus(properties.lockDuration())), username)
                    .update();
            return true;
        }
        return false;
    }

    @Transactional
    public void reset(String username) {
        jdbc.sql("DELETE FROM identity.login_throttle WHERE username = ?")
                .param(username)
                .update();
    }

    long lockMinutes() {
        return properties.lockDuration().toMinutes();
    }
}
