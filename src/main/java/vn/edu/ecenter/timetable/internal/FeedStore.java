package vn.edu.ecenter.timetable.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.edu.ecenter.timetable.CalendarFeeds.Feed;
import vn.edu.ecenter.timetable.CalendarFeeds.OwnerKind;

/**
 * Calendar feeds in SQL, and the few facts of other modules a feed's calendar needs when nobody is signed in (the
 * learner's class, the classes' rooms, the holidays), read as the timetable's versions read the enrolments.
 */
@Component
class FeedStore {

    private final JdbcClient jdbc;

    FeedStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Feed feed, String tokenHash) {
        jdbc.sql("""
                INSERT INTO timetable.feed (centre_id, id, token_hash, owner_kind, owner_id, owner_name, created_at,
                                            created_by)
                VALUES (platform.current_centre(), ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(
                        feed.id(),
                        tokenHash,
                        feed.kind().name(),
                        feed.ownerId(),
                        feed.ownerName(),
                        Timestamp.from(feed.createdAt()),
                        feed.createdBy())
                .update();
    }

    /** The feed with that token's hash, unless revoked. */
    Optional<Feed> activeByHash(String tokenHash) {
        return jdbc.sql("SELECT * FROM timetable.feed WHERE token_hash = ? AND revoked_at IS NULL")
                .param(tokenHash)
                .query((rs, n) -> feed(rs))
                .optional();
    }

    /** A feed that is not revoked, locked until the transaction ends. */
    Optional<Feed> lockActive(UUID id) {
        return jdbc.sql("SELECT * FROM timetable.feed WHERE id = ? AND revoked_at IS NULL FOR UPDATE")
                .param(id)
                .query((rs, n) -> feed(rs))
                .optional();
    }

    /** Every feed of the centre that is not revoked, newest first. */
    List<Feed> active() {
        return jdbc.sql("SELECT * FROM timetable.feed WHERE revoked_at IS NULL ORDER BY created_at DESC")
                .query((rs, n) -> feed(rs))
                .list();
    }

    /** The feeds of these owners that are not revoked, newest first. */
    List<Feed> activeOf(OwnerKind kind, Collection<UUID> owners) {
        if (owners.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT * FROM timetable.feed
                WHERE owner_kind = ? AND owner_id = ANY (?) AND revoked_at IS NULL
                ORDER BY created_at DESC
                """)
                .params(kind.name(), owners.toArray(UUID[]::new))
                .query((rs, n) -> feed(rs))
                .list();
    }

    void revoke(UUID id, String actor, Instant now) {
        jdbc.sql("UPDATE timetable.feed SET revoked_at = ?, revoked_by = ? WHERE id = ?")
                .params(Timestamp.from(now), actor, id)
                .update();
    }

    /** The class a learner is enrolled in (and still learning in) in the school year. */
    Optional<UUID> classOf(UUID learnerId, UUID schoolYearId) {
        return jdbc.sql("""
                SELECT class_id FROM academics.enrolment
                WHERE learner_id = ? AND school_year_id = ? AND status = 'ACTIVE'
                """).params(learnerId, schoolYearId).query(UUID.class).optional();
    }

    /** The classes' own rooms in the school year, by class id (classes without one are left out). */
    Map<UUID, String> classRooms(UUID schoolYearId) {
        Map<UUID, String> rooms = new HashMap<>();
        jdbc.sql("SELECT id, room FROM academics.school_class WHERE school_year_id = ? AND room IS NOT NULL")
                .param(schoolYearId)
                .query(rs -> {
                    String room = rs.getString("room").strip();
                    if (!room.isEmpty()) {
                        rooms.put(rs.getObject("id", UUID.class), room);
                    }
                });
        return rooms;
    }

    /** The holidays (ngày nghỉ) of the school year. */
    Set<LocalDate> holidays(UUID schoolYearId) {
        return jdbc
                .sql("SELECT day FROM academics.calendar_day WHERE school_year_id = ? AND kind = 'HOLIDAY'")
                .param(schoolYearId)
                .query((rs, n) -> rs.getObject("day", LocalDate.class))
                .list()
                .stream()
                .collect(Collectors.toSet());
    }

    private static Feed feed(ResultSet rs) throws SQLException {
        return new Feed(
                rs.getObject("id", UUID.class),
                OwnerKind.valueOf(rs.getString("owner_kind")),
                rs.getObject("owner_id", UUID.class),
                rs.getString("owner_name"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"));
    }
}
