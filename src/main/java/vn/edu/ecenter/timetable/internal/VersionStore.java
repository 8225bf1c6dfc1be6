package vn.edu.ecenter.timetable.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.edu.ecenter.academics.ClassSession;
import vn.edu.ecenter.timetable.VersionStatus;
import vn.edu.ecenter.timetable.VersionView;
import vn.edu.ecenter.timetable.centre.Slot;

/** Timetable versions and their lessons in SQL. */
@Component
class VersionStore {

    /** A stored lesson: a subject's lesson (subjectId set) or a fixed activity (activity set). */
    record LessonRow(
            UUID id,
            UUID classId,
            String className,
            @Nullable UUID subjectId,
            @Nullable String subjectCode,
            @Nullable String activity,
            String title,
            @Nullable UUID staffId,
            @Nullable String teacherName,
            Slot start,
            int duration,
            @Nullable UUID roomId,
            boolean pinned) {}

    private final JdbcClient jdbc;

    VersionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<VersionView> versions(UUID schoolYearId) {
        return jdbc.sql("SELECT * FROM timetable.version WHERE school_year_id = ? ORDER BY number DESC")
                .param(schoolYearId)
                .query((rs, n) -> version(rs))
                .list();
    }

    Optional<VersionView> find(UUID id) {
        return jdbc.sql("SELECT * FROM timetable.version WHERE id = ?")
                .param(id)
                .query((rs, n) -> version(rs))
                .optional();
    }

    /** The version row locked for an edit (FOR UPDATE), so that edits of one version run one after another. */
    Optional<VersionView> lock(UUID id) {
        return jdbc.sql("SELECT * FROM timetable.version WHERE id = ? FOR UPDATE")
                .param(id)
                .query((rs, n) -> version(rs))
                .optional();
    }

    Optional<VersionView> inForce(UUID schoolYearId, LocalDate date) {
        return jdbc.sql("""
                SELECT * FROM timetable.version
                WHERE school_year_id = ? AND status = 'PUBLISHED' AND effective_from <= ?
                ORDER BY effective_from DESC, number DESC LIMIT 1
                """)
                .params(schoolYearId, date)
                .query((rs, n) -> version(rs))
                .optional();
    }

    UUID create(UUID schoolYearId, LocalDate effectiveFrom, String actor, Instant now) {
        UUID id = UUID.randomUUID();
        // The number is the year's next; the unique key refuses a second draft racing for the same number.
        jdbc.sql("""
                INSERT INTO timetable.version (centre_id, id, school_year_id, number, effective_from, status,
                                               created_at, created_by)
                SELECT platform.current_centre(), ?, ?, COALESCE(MAX(number), 0) + 1, ?, 'DRAFT', ?, ?
                FROM timetable.version WHERE school_year_id = ?
                """)
                .params(id, schoolYearId, effectiveFrom, Timestamp.from(now), actor, schoolYearId)
                .update();
        return id;
    }

    void delete(UUID id) {
        jdbc.sql("DELETE FROM timetable.version WHERE id = ?").param(id).update();
    }

    /** Records an edit: the revision goes up by one, and the measured cost is stored. */
    int edited(UUID id, long hard, long soft, int unplaced) {
        return jdbc.sql("""
                UPDATE timetable.version SET revision = revision + 1, hard_cost = ?, soft_cost = ?, unplaced = ?
                WHERE id = ? RETURNING revision
                """)
                .params(hard, soft, unplaced, id)
                .query(Integer.class)
                .single();
    }

    void solving(UUID id, UUID jobId, long seed) {
        jdbc.sql("UPDATE timetable.version SET solve_job_id = ?, seed = ? WHERE id = ?")
                .params(jobId, seed, id)
                .update();
    }

    void submitted(UUID id, String actor, Instant now) {
        jdbc.sql("UPDATE timetable.version SET status = 'SUBMITTED', submitted_at = ?, submitted_by = ? WHERE id = ?")
                .params(Timestamp.from(now), actor, id)
                .update();
    }

    void published(UUID id, String actor, Instant now) {
        jdbc.sql("UPDATE timetable.version SET status = 'PUBLISHED', published_at = ?, published_by = ? WHERE id = ?")
                .params(Timestamp.from(now), actor, id)
                .update();
    }

    void reopened(UUID id) {
        jdbc.sql("""
                UPDATE timetable.version SET status = 'DRAFT', submitted_at = NULL, submitted_by = NULL,
                                             revision = revision + 1
                WHERE id = ?
                """).param(id).update();
    }

    List<LessonRow> lessons(UUID versionId) {
        return jdbc.sql("""
                SELECT * FROM timetable.lesson WHERE version_id = ? ORDER BY day, session, period, class_name
                """).param(versionId).query((rs, n) -> lesson(rs)).list();
    }

    /** Replaces every lesson of a version. */
    void replaceLessons(UUID versionId, List<LessonRow> lessons) {
        jdbc.sql("DELETE FROM timetable.lesson WHERE version_id = ?")
                .param(versionId)
                .update();
        for (LessonRow l : lessons) {
            jdbc.sql("""
                    INSERT INTO timetable.lesson (centre_id, id, version_id, class_id, class_name, subject_id,
                                                  subject_code, activity, title, staff_id, teacher_name,
                                                  day, session, period, duration, room_id, pinned)
                    VALUES (platform.current_centre(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
                    .params(
                            l.id(),
                            versionId,
                            l.classId(),
                            l.className(),
                            l.subjectId(),
                            l.subjectCode(),
                            l.activity(),
                            l.title(),
                            l.staffId(),
                            l.teacherName(),
                            l.start().day().getValue(),
                            l.start().session().name(),
                            l.start().period(),
                            l.duration(),
                            l.roomId(),
                            l.pinned())
                    .update();
        }
    }

    /** Copies every lesson of one version into another (new ids; pins kept). */
    void copyLessons(UUID from, UUID to) {
        jdbc.sql("""
                INSERT INTO timetable.lesson (centre_id, id, version_id, class_id, class_name, subject_id, subject_code,
                                              activity, title, staff_id, teacher_name, day, session, period, duration,
                                              room_id, pinned)
                SELECT centre_id, gen_random_uuid(), ?, class_id, class_name, subject_id, subject_code, activity, title,
                       staff_id, teacher_name, day, session, period, duration, room_id, pinned
                FROM timetable.lesson WHERE version_id = ?
                """).params(to, from).update();
    }

    void moveLesson(UUID lessonId, Slot to) {
        jdbc.sql("UPDATE timetable.lesson SET day = ?, session = ?, period = ? WHERE id = ?")
                .params(to.day().getValue(), to.session().name(), to.period(), lessonId)
                .update();
    }

    void pinLesson(UUID lessonId, boolean pinned) {
        jdbc.sql("UPDATE timetable.lesson SET pinned = ? WHERE id = ?")
                .params(pinned, lessonId)
                .update();
    }

    private static LessonRow lesson(ResultSet rs) throws SQLException {
        return new LessonRow(
                rs.getObject("id", UUID.class),
                rs.getObject("class_id", UUID.class),
                rs.getString("class_name"),
                rs.getObject("subject_id", UUID.class),
                rs.getString("subject_code"),
                rs.getString("activity"),
                rs.getString("title"),
                rs.getObject("staff_id", UUID.class),
                rs.getString("teacher_name"),
                new Slot(
                        DayOfWeek.of(rs.getInt("day")),
                        ClassSession.valueOf(rs.getString("session")),
                        rs.getInt("period")),
                rs.getInt("duration"),
                rs.getObject("room_id", UUID.class),
                rs.getBoolean("pinned"));
    }

    private static VersionView version(ResultSet rs) throws SQLException {
        return new VersionView(
                rs.getObject("id", UUID.class),
                rs.getObject("school_year_id", UUID.class),
                rs.getInt("number"),
                rs.getObject("effective_from", LocalDate.class),
                VersionStatus.valueOf(rs.getString("status")),
                rs.getInt("revision"),
                (Long) rs.getObject("hard_cost"),
                (Long) rs.getObject("soft_cost"),
                (Integer) rs.getObject("unplaced"),
                (Long) rs.getObject("seed"),
                rs.getObject("solve_job_id", UUID.class),
                instant(rs, "created_at"),
                rs.getString("created_by"),
                instantOrNull(rs, "submitted_at"),
                rs.getString("submitted_by"),
                instantOrNull(rs, "published_at"),
                rs.getString("published_by"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }

    private static @Nullable Instant instantOrNull(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
