package vn.edu.ecenter.people.internal;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The log of who opened which learner record (Law 91/2025 accountability; vn-regulations §7 item 7): written in the
 * caller's transaction, so a failed opening leaves no entry.
 */
@Component
class AccessLog {

    enum Action {
        OPEN,
        REVEAL_ID,
        EXPORT,
        ID_IMAGE
    }

    private final JdbcClient jdbc;

    AccessLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(UUID learnerId, Action action, @Nullable String purpose) {
        jdbc.sql("""
                INSERT INTO people.access_log (centre_id, learner_id, actor, action, purpose)
                VALUES (platform.current_centre(), ?, ?, ?, ?)
                """).params(learnerId, Roles.actor(), action.name(), purpose).update();
    }
}
