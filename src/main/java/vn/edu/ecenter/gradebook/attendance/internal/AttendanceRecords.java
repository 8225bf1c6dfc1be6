package vn.edu.ecenter.gradebook.attendance.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.edu.ecenter.academics.ClassSession;
import vn.edu.ecenter.gradebook.attendance.AbsenceRule;
import vn.edu.ecenter.gradebook.attendance.AttendanceStatus;
import vn.edu.ecenter.gradebook.attendance.Correction;
import vn.edu.ecenter.gradebook.attendance.LearnerAttendance;
import vn.edu.ecenter.shared.PersonName;

/**
 * The SQL of attendance: the rows of {@code gradebook.attendance} and its log of corrections, and who is in a class on a
 * date. Who is in a class is read from module academics' enrolment table, with the learners' names from module people's
 * table, in read-only queries (as academics itself reads people's names; see docs/architecture.md).
 */
@Repository
class AttendanceRecords {

    private final JdbcClient jdbc;

    AttendanceRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A learner as a sheet shows them. */
    record Learner(UUID id, String code, PersonName name) {

        String label() {
            return code + " – " + name.fullName();
        }
    }

    /** A recorded status with who recorded or last corrected it. */
    record Recorded(AttendanceStatus status, String by, Instant at, boolean corrected) {}

    /** One session's status of a learner in a class. */
    record Mark(UUID learnerId, LocalDate day, ClassSession session, AttendanceStatus status) {}

    /** A status to write. */
    record Change(UUID learnerId, AttendanceStatus status) {}

    /** Waits until no other transaction saves the same class, date and session, so that both saves reach the log. */
    void lock(UUID classId, LocalDate date, ClassSession session) {
        jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock(hashtextextended(?, 0))")
                .param("attendance/" + classId + "/" + date + "/" + session)
                .query(Integer.class)
                .single();
    }

    void insert(
            UUID classId,
            LocalDate date,
            ClassSession session,
            UUID schoolYearId,
            List<Change> added,
            String actor,
            Instant at) {
        jdbc.sql("""
                INSERT INTO gradebook.attendance
                  (centre_id, class_id, day, session, learner_id, school_year_id, status, recorded_by, recorded_at)
                SELECT platform.current_centre(), ?, ?, ?, t.learner_id, ?, t.status, ?, ?
                FROM unnest(?::uuid[], ?::text[]) AS t(learner_id, status)
                """)
                .params(classId, date, session.name(), schoolYearId, actor, utc(at), learnerIds(added), statuses(added))
                .update();
    }

    /** Changes the statuses and adds each change, with the status it replaces, to the log. */
    void correct(
            UUID classId,
            LocalDate date,
            ClassSession session,
            List<Change> changed,
            Map<UUID, Recorded> before,
            String actor,
            Instant at) {
        jdbc.sql("""
                UPDATE gradebook.attendance a SET status = t.status, changed_by = ?, changed_at = ?
                FROM unnest(?::uuid[], ?::text[]) AS t(learner_id, status)
                WHERE a.class_id = ? AND a.day = ? AND a.session = ? AND a.learner_id = t.learner_id
                """)
                .params(actor, utc(at), learnerIds(changed), statuses(changed), classId, date, session.name())
                .update();
        jdbc.sql("""
                INSERT INTO gradebook.attendance_change
                  (centre_id, id, class_id, day, session, learner_id, old_status, new_status, changed_by, changed_at)
                SELECT platform.current_centre(), t.id, ?, ?, ?, t.learner_id, t.old_status, t.new_status, ?, ?
                FROM unnest(?::uuid[], ?::uuid[], ?::text[], ?::text[]) AS t(id, learner_id, old_status, new_status)
                """)
                .params(
                        classId,
                        date,
                        session.name(),
                        actor,
                        utc(at),
                        changed.stream().map(change -> UUID.randomUUID()).toArray(UUID[]::new),
                        learnerIds(changed),
                        changed.stream()
                                .map(change ->
                                        before.get(change.learnerId()).status().name())
                                .toArray(String[]::new),
                        statuses(changed))
                .update();
    }

    /** The statuses recorded for a class, date and session, by learner. */
    Map<UUID, Recorded> recorded(UUID classId, LocalDate date, ClassSession session) {
        Map<UUID, Recorded> statuses = new HashMap<>();
        jdbc.sql("""
                SELECT learner_id, status, coalesce(changed_by, recorded_by) AS by,
                       coalesce(changed_at, recorded_at) AS at, changed_at IS NOT NULL AS corrected
                FROM gradebook.attendance WHERE class_id = ? AND day = ? AND session = ?
                """)
                .params(classId, date, session.name())
                .query((rs, n) -> statuses.put(
                        rs.getObject("learner_id", UUID.class),
                        new Recorded(
                                AttendanceStatus.valueOf(rs.getString("status")),
                                rs.getString("by"),
                                rs.getObject("at", OffsetDateTime.class).toInstant(),
                                rs.getBoolean("corrected"))))
                .list();
        return statuses;
    }

    /** The corrections of a class's attendance on a date (every session), oldest first. */
    List<Correction> corrections(UUID classId, LocalDate date) {
        return jdbc.sql("""
                SELECT c.learner_id, l.full_name, c.session, c.old_status, c.new_status, c.changed_by, c.changed_at
                FROM gradebook.attendance_change c
                JOIN people.learner l ON l.centre_id = c.centre_id AND l.id = c.learner_id
                WHERE c.class_id = ? AND c.day = ?
                ORDER BY c.changed_at, c.session, l.full_name
                """)
                .params(classId, date)
                .query((rs, n) -> new Correction(
                        rs.getObject("learner_id", UUID.class),
                        rs.getString("full_name"),
                        ClassSession.valueOf(rs.getString("session")),
                        AttendanceStatus.valueOf(rs.getString("old_status")),
                        AttendanceStatus.valueOf(rs.getString("new_status")),
                        rs.getString("changed_by"),
                        rs.getObject("changed_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    /** Every status of a class from {@code from} to {@code to}. */
    List<Mark> marks(UUID classId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT learner_id, day, session, status FROM gradebook.attendance
                WHERE class_id = ? AND day BETWEEN ? AND ?
                """)
                .params(classId, from, to)
                .query((rs, n) -> new Mark(
                        rs.getObject("learner_id", UUID.class),
                        rs.getObject("day", LocalDate.class),
                        ClassSession.valueOf(rs.getString("session")),
                        AttendanceStatus.valueOf(rs.getString("status"))))
                .list();
    }

    /** The marks other than present of each learner in a school year, in every class of that year. */
    Map<UUID, List<AbsenceRule.Mark>> missedMarks(Collection<UUID> learnerIds, UUID schoolYearId) {
        Map<UUID, List<AbsenceRule.Mark>> marks = new HashMap<>();
        if (learnerIds.isEmpty()) {
            return marks;
        }
        jdbc.sql("""
                SELECT learner_id, day, status FROM gradebook.attendance
                WHERE school_year_id = ? AND learner_id = ANY (?) AND status <> 'PRESENT'
                """)
                .params(schoolYearId, learnerIds.toArray(UUID[]::new))
                .query((rs, n) -> marks.computeIfAbsent(rs.getObject("learner_id", UUID.class), id -> new ArrayList<>())
                        .add(new AbsenceRule.Mark(
                                rs.getObject("day", LocalDate.class),
                                AttendanceStatus.valueOf(rs.getString("status")))))
                .list();
        return marks;
    }

    /** The sessions other than present of each learner in a school year, newest first, with the class's name. */
    Map<UUID, List<LearnerAttendance.Missed>> missedSessions(Collection<UUID> learnerIds, UUID schoolYearId) {
        Map<UUID, List<LearnerAttendance.Missed>> missed = new HashMap<>();
        jdbc.sql("""
                SELECT a.learner_id, a.day, a.session, a.status, c.name FROM gradebook.attendance a
                JOIN academics.school_class c ON c.centre_id = a.centre_id AND c.id = a.class_id
                WHERE a.learner_id = ANY (?) AND a.school_year_id = ? AND a.status <> 'PRESENT'
                ORDER BY a.day DESC, a.session
                """)
                .params(learnerIds.toArray(UUID[]::new), schoolYearId)
                .query((rs, n) -> missed.computeIfAbsent(
                                rs.getObject("learner_id", UUID.class), id -> new ArrayList<>())
                        .add(new LearnerAttendance.Missed(
                                rs.getObject("day", LocalDate.class),
                                ClassSession.valueOf(rs.getString("session")),
                                AttendanceStatus.valueOf(rs.getString("status")),
                                rs.getString("name"))))
                .list();
        return missed;
    }

    /**
     * The learners enrolled in the class on some day from {@code from} to {@code to}. An enrolment runs from its first
     * day up to the day before it ends: a learner moved to another class on a date belongs to the new class that day.
     */
    Map<UUID, Learner> membersBetween(UUID classId, LocalDate from, LocalDate to) {
        Map<UUID, Learner> members = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT DISTINCT l.id, l.code, l.family_name, l.middle_name, l.given_name, l.full_name
                FROM academics.enrolment e
                JOIN people.learner l ON l.centre_id = e.centre_id AND l.id = e.learner_id
                WHERE e.class_id = ? AND e.starts_on <= ? AND (e.ends_on IS NULL OR e.ends_on > ?)
                """)
                .params(classId, to, from)
                .query((rs, n) -> learner(rs))
                .list()
                .forEach(learner -> members.put(learner.id(), learner));
        return members;
    }

    /** Every learner ever enrolled in the class. */
    List<UUID> everEnrolled(UUID classId) {
        return jdbc.sql("SELECT DISTINCT learner_id FROM academics.enrolment WHERE class_id = ?")
                .param(classId)
                .query(UUID.class)
                .list();
    }

    /** The classes a learner was enrolled in during a school year. */
    List<UUID> classesOf(UUID learnerId, UUID schoolYearId) {
        return jdbc.sql("SELECT DISTINCT class_id FROM academics.enrolment WHERE learner_id = ? AND school_year_id = ?")
                .params(learnerId, schoolYearId)
                .query(UUID.class)
                .list();
    }

    /** The name of the class each learner is active in during a school year. */
    Map<UUID, String> activeClassNames(Collection<UUID> learnerIds, UUID schoolYearId) {
        Map<UUID, String> classes = new HashMap<>();
        jdbc.sql("""
                SELECT e.learner_id, c.name FROM academics.enrolment e
                JOIN academics.school_class c ON c.centre_id = e.centre_id AND c.id = e.class_id
                WHERE e.learner_id = ANY (?) AND e.school_year_id = ? AND e.status = 'ACTIVE'
                """)
                .params(learnerIds.toArray(UUID[]::new), schoolYearId)
                .query((rs, n) -> classes.put(rs.getObject("learner_id", UUID.class), rs.getString("name")))
                .list();
        return classes;
    }

    /** Learners of the centre by id (those that exist). */
    Map<UUID, Learner> learners(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Learner> found = new HashMap<>();
        jdbc.sql("""
                SELECT id, code, family_name, middle_name, given_name, full_name
                FROM people.learner WHERE id = ANY (?)
                """)
                .param(ids.toArray(UUID[]::new))
                .query((rs, n) -> learner(rs))
                .list()
                .forEach(learner -> found.put(learner.id(), learner));
        return found;
    }

    /** vn-regulations §9.1: tên, then đệm, then họ, in Vietnamese collation; the code breaks a tie. */
    static List<Learner> inClassListOrder(Collection<Learner> learners) {
        return learners.stream()
                .sorted(Comparator.comparing(Learner::name, PersonName.CLASS_LIST_ORDER)
                        .thenComparing(Learner::code))
                .toList();
    }

    private static Learner learner(ResultSet rs) throws SQLException {
        return new Learner(
                rs.getObject("id", UUID.class),
                rs.getString("code"),
                new PersonName(
                        rs.getString("family_name"),
                        rs.getString("middle_name"),
                        rs.getString("given_name"),
                        rs.getString("full_name")));
    }

    private static UUID[] learnerIds(List<Change> changes) {
        return changes.stream().map(Change::learnerId).toArray(UUID[]::new);
    }

    private static String[] statuses(List<Change> changes) {
        return changes.stream().map(change -> change.status().name()).toArray(String[]::new);
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
