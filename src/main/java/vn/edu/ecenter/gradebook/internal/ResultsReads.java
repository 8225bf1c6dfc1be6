package vn.edu.ecenter.gradebook.internal;

import java.math.BigDecimal;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.edu.ecenter.gradebook.internal.SheetReads.Learner;
import vn.edu.ecenter.gradebook.rules.CommentLevel;
import vn.edu.ecenter.gradebook.rules.Mark;
import vn.edu.ecenter.gradebook.rules.MarkSlot;
import vn.edu.ecenter.gradebook.rules.Rating;
import vn.edu.ecenter.gradebook.rules.Score;

/**
 * The reads behind results, set-based: for any number of classes, one query each for the classes, their subjects,
 * their learners, every mark, every conduct level and every re-test, whatever the number of learners and subjects.
 * Like {@link SheetReads} it reads the tables of academics, centres and people read only, inside row-level security.
 */
@Component
class ResultsReads {

    private final JdbcClient jdbc;

    ResultsReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record ClassData(
            UUID id,
            String name,
            int grade,
            UUID schoolYearId,
            String schoolYearName,
            LocalDate schoolYearStart,
            @Nullable UUID homeroomId) {

        /** Whether this staff member (null: the reader is not staff) is the class's homeroom teacher. */
        boolean ledBy(@Nullable UUID staffId) {
            return staffId != null && staffId.equals(homeroomId);
        }
    }

    /**
     * A subject taught in a class (teaching assignment), with what its plan depends on.
     *
     * @param topics the learning topics (chuyên đề học tập) of this subject the class takes: their scores are ĐĐGtx
     */
    record SubjectData(
            UUID classId,
            UUID id,
            String code,
            String name,
            boolean compulsory,
            boolean scored,
            int periodsPerYear,
            @Nullable UUID teacherId,
            int topics) {}

    /** A learner of a class (studying there, or finished its year), with the subject codes of their combination. */
    /**
     * A learner of a class.
     *
     * @param particulars the SHA-256 of what page 1 of the học bạ prints of the learner (names, birth, sex, birthplace,
     *     ethnicity, personal ID, address, guardians; the fields {@code SchoolRecords.particulars} prints), so that a
     *     signed học bạ notices a change of them
     */
    record Member(UUID classId, Learner learner, List<String> combination, String particulars) {}

    record MarkKey(UUID classId, UUID learnerId, UUID subjectId, int semester) {}

    record ConductKey(UUID classId, UUID learnerId, int semester) {}

    record RetestKey(UUID classId, UUID learnerId, UUID subjectId) {}

    /** A remark's place: a subject's in a class, or the homeroom teacher's on the year when subjectId is null. */
    record RemarkKey(UUID classId, UUID learnerId, @Nullable UUID subjectId) {}

    /** Everything the results of some classes are computed from. */
    record Loaded(
            List<ClassData> classes,
            Map<UUID, List<SubjectData>> subjects,
            Map<UUID, List<Member>> members,
            Map<MarkKey, Map<MarkSlot, Mark>> marks,
            Map<ConductKey, Rating> conduct,
            Map<RetestKey, Mark> retests,
            Map<RemarkKey, String> remarks) {}

    Loaded load(List<UUID> classIds) {
        UUID[] ids = classIds.toArray(UUID[]::new);
        List<ClassData> classes = jdbc.sql("""
                        SELECT c.id, c.name, c.grade, c.school_year_id, y.name AS year_name, y.starts_on,
                               c.homeroom_staff_id
                        FROM academics.school_class c
                        JOIN centres.school_year y ON y.centre_id = c.centre_id AND y.id = c.school_year_id
                        WHERE c.id = ANY (?::uuid[]) ORDER BY c.grade, c.name
                        """)
                .param(ids)
                .query((rs, n) -> new ClassData(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        rs.getInt("grade"),
                        rs.getObject("school_year_id", UUID.class),
                        rs.getString("year_name"),
                        rs.getObject("starts_on", LocalDate.class),
                        rs.getObject("homeroom_staff_id", UUID.class)))
                .list();
        Map<UUID, List<SubjectData>> subjects = new HashMap<>();
        jdbc.sql("""
                        SELECT t.class_id, s.id, s.code, s.name, s.kind, s.scored, t.staff_id,
                               coalesce(p.periods_per_year, s.periods_per_year) AS periods,
                               (SELECT count(*) FROM academics.class_topic ct
                                JOIN academics.learning_topic lt ON lt.centre_id = ct.centre_id AND lt.id = ct.topic_id
                                WHERE ct.centre_id = t.centre_id AND ct.class_id = t.class_id
                                  AND lt.subject_id = s.id) AS topics
                        FROM academics.teaching_assignment t
                        JOIN academics.school_class c ON c.centre_id = t.centre_id AND c.id = t.class_id
                        JOIN academics.subject s ON s.centre_id = t.centre_id AND s.id = t.subject_id
                        LEFT JOIN academics.subject_periods p ON p.centre_id = s.centre_id AND p.subject_id = s.id
                          AND p.school_year_id = c.school_year_id AND p.grade = c.grade
                        WHERE t.class_id = ANY (?::uuid[]) AND s.kind <> 'TOPIC' ORDER BY s.position, s.code
                        """).param(ids).query(rs -> {
            SubjectData subject = new SubjectData(
                    rs.getObject("class_id", UUID.class),
                    rs.getObject("id", UUID.class),
                    rs.getString("code"),
                    rs.getString("name"),
                    "COMPULSORY".equals(rs.getString("kind")),
                    rs.getBoolean("scored"),
                    rs.getInt("periods"),
                    rs.getObject("staff_id", UUID.class),
                    rs.getInt("topics"));
            subjects.computeIfAbsent(subject.classId(), k -> new ArrayList<>()).add(subject);
        });
        Map<UUID, List<Member>> members = new HashMap<>();
        // A class's learners are those studying in it (ACTIVE) and those who finished its year there (COMPLETED by the
        // year-end rollover), so a past year keeps its results and học bạ pages; one line per learner.
        jdbc.sql("""
                        SELECT DISTINCT ON (e.class_id, l.id)
                               e.class_id, l.id, l.code, l.family_name, l.middle_name, l.given_name, l.full_name,
                               k.subject_codes,
                               encode(sha256(convert_to(concat_ws('|', l.code, l.full_name, l.birth_date, l.sex,
                                 l.birth_place, l.ethnicity, l.citizen_id_digest, l.street, l.ward, l.province,
                                 l.old_address,
                                 (SELECT string_agg(g.full_name || ':' || lg.relation, ',' ORDER BY g.full_name, lg.relation)
                                  FROM people.learner_guardian lg
                                  JOIN people.guardian g ON g.centre_id = lg.centre_id AND g.id = lg.guardian_id
                                  WHERE lg.centre_id = l.centre_id AND lg.learner_id = l.id)), 'UTF8')), 'hex')
                                 AS particulars
                        FROM academics.enrolment e
                        JOIN people.learner l ON l.centre_id = e.centre_id AND l.id = e.learner_id
                        LEFT JOIN academics.combination k ON k.centre_id = e.centre_id AND k.id = e.combination_id
                        WHERE e.class_id = ANY (?::uuid[]) AND e.status IN ('ACTIVE', 'COMPLETED')
                        ORDER BY e.class_id, l.id, e.status = 'ACTIVE' DESC, e.starts_on DESC
                        """).param(ids).query(rs -> {
            java.sql.Array codes = rs.getArray("subject_codes");
            List<String> combination = codes == null ? List.of() : List.of((String[]) codes.getArray());
            UUID classId = rs.getObject("class_id", UUID.class);
            members.computeIfAbsent(classId, k -> new ArrayList<>())
                    .add(new Member(classId, SheetReads.learner(rs), combination, rs.getString("particulars")));
        });
        members.values()
                .forEach(list ->
                        list.sort(java.util.Comparator.comparing(Member::learner, SheetReads.CLASS_LIST_ORDER)));
        Map<MarkKey, Map<MarkSlot, Mark>> marks = new HashMap<>();
        jdbc.sql("""
                        SELECT class_id, subject_id, semester, learner_id, kind, idx, score, level
                        FROM gradebook.score WHERE class_id = ANY (?::uuid[])
                          AND (score IS NOT NULL OR level IS NOT NULL)
                        """).param(ids).query(rs -> {
            Mark mark = SheetReads.mark(rs, "score", "level");
            if (mark != null) {
                marks.computeIfAbsent(
                                new MarkKey(
                                        rs.getObject("class_id", UUID.class),
                                        rs.getObject("learner_id", UUID.class),
                                        rs.getObject("subject_id", UUID.class),
                                        rs.getInt("semester")),
                                k -> new HashMap<>())
                        .put(SheetReads.slot(rs), mark);
            }
        });
        Map<ConductKey, Rating> conduct = new HashMap<>();
        jdbc.sql("""
                        SELECT class_id, semester, learner_id, rating FROM gradebook.conduct
                        WHERE class_id = ANY (?::uuid[]) AND rating IS NOT NULL
                        """).param(ids).query(rs -> {
            conduct.put(
                    new ConductKey(
                            rs.getObject("class_id", UUID.class),
                            rs.getObject("learner_id", UUID.class),
                            rs.getInt("semester")),
                    Rating.valueOf(rs.getString("rating")));
        });
        Map<RetestKey, Mark> retests = new HashMap<>();
        jdbc.sql("""
                        SELECT class_id, learner_id, subject_id, score, level FROM gradebook.retest
                        WHERE class_id = ANY (?::uuid[])
                        """).param(ids).query(rs -> {
            Mark mark = SheetReads.mark(rs, "score", "level");
            if (mark != null) {
                retests.put(
                        new RetestKey(
                                rs.getObject("class_id", UUID.class),
                                rs.getObject("learner_id", UUID.class),
                                rs.getObject("subject_id", UUID.class)),
                        mark);
            }
        });
        // The year's remark of a subject is semester II's, or semester I's when II has none.
        Map<RemarkKey, String> remarks = new HashMap<>();
        jdbc.sql("""
                        SELECT DISTINCT ON (class_id, learner_id, subject_id) class_id, learner_id, subject_id, body
                        FROM gradebook.remark WHERE class_id = ANY (?::uuid[]) AND body IS NOT NULL
                        ORDER BY class_id, learner_id, subject_id, semester DESC NULLS LAST
                        """).param(ids).query(rs -> {
            remarks.put(
                    new RemarkKey(
                            rs.getObject("class_id", UUID.class),
                            rs.getObject("learner_id", UUID.class),
                            rs.getObject("subject_id", UUID.class)),
                    rs.getString("body"));
        });
        return new Loaded(classes, subjects, members, marks, conduct, retests, remarks);
    }

    /** The signed-in user's staff record, if any. */
    Optional<UUID> staffOf(@Nullable UUID accountId) {
        if (accountId == null) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT id FROM people.staff_member WHERE account_id = ? AND active ORDER BY id LIMIT 1")
                .param(accountId)
                .query(UUID.class)
                .optional();
    }

    /** The classes of a school year. */
    List<UUID> classesOf(UUID schoolYearId) {
        return jdbc.sql("SELECT id FROM academics.school_class WHERE school_year_id = ?")
                .param(schoolYearId)
                .query(UUID.class)
                .list();
    }

    /** The learners' classes in a school year (active enrolment), by learner. */
    Map<UUID, UUID> activeClasses(List<UUID> learnerIds, UUID schoolYearId) {
        Map<UUID, UUID> classes = new HashMap<>();
        jdbc.sql("""
                        SELECT learner_id, class_id FROM academics.enrolment
                        WHERE learner_id = ANY (?::uuid[]) AND school_year_id = ? AND status = 'ACTIVE'
                        """).params(learnerIds.toArray(UUID[]::new), schoolYearId).query(rs -> {
            classes.put(rs.getObject("learner_id", UUID.class), rs.getObject("class_id", UUID.class));
        });
        return classes;
    }

    /**
     * The classes of grades 10–12 a learner studies in or completed (the year-end rollover marks a finished year
     * COMPLETED), whatever the school year: the years of their học bạ. A class left during its year is not one.
     */
    List<UUID> recordClasses(UUID learnerId) {
        return jdbc.sql("""
                        SELECT DISTINCT c.id FROM academics.enrolment e
                        JOIN academics.school_class c ON c.centre_id = e.centre_id AND c.id = e.class_id
                        WHERE e.learner_id = ? AND e.status IN ('ACTIVE', 'COMPLETED') AND c.grade BETWEEN 10 AND 12
                        """).param(learnerId).query(UUID.class).list();
    }

    /** {@link #recordClasses} of several learners at once, by learner. */
    Map<UUID, List<UUID>> recordClasses(List<UUID> learnerIds) {
        Map<UUID, List<UUID>> classes = new HashMap<>();
        jdbc.sql("""
                        SELECT DISTINCT e.learner_id, c.id FROM academics.enrolment e
                        JOIN academics.school_class c ON c.centre_id = e.centre_id AND c.id = e.class_id
                        WHERE e.learner_id = ANY (?::uuid[]) AND e.status IN ('ACTIVE', 'COMPLETED')
                          AND c.grade BETWEEN 10 AND 12
                        """).param(learnerIds.toArray(UUID[]::new)).query(rs -> {
            classes.computeIfAbsent(rs.getObject("learner_id", UUID.class), k -> new ArrayList<>())
                    .add(rs.getObject("id", UUID.class));
        });
        return classes;
    }

    /** A staff member's full name, for a signature. */
    Optional<String> staffName(@Nullable UUID staffId) {
        if (staffId == null) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT full_name FROM people.staff_member WHERE id = ?")
                .param(staffId)
                .query(String.class)
                .optional();
    }

    /** The centre's director (an active staff member in that position), for a signature. */
    Optional<String> directorName() {
        return jdbc.sql("""
                        SELECT full_name FROM people.staff_member WHERE position = 'DIRECTOR' AND active
                        ORDER BY created_at LIMIT 1
                        """).query(String.class).optional();
    }

    /** The current centre's name and address, for the heading of a print. */
    Optional<String[]> centreNameAndAddress() {
        return jdbc.sql("SELECT name, coalesce(address, '') AS address FROM centres.centre"
                        + " WHERE id = platform.current_centre()")
                .query((rs, n) -> new String[] {rs.getString("name"), rs.getString("address")})
                .optional();
    }

    /** Records, replaces or (with a null mark) removes a re-test mark. */
    void saveRetest(ClassData schoolClass, UUID learnerId, UUID subjectId, @Nullable Mark mark, String actor) {
        if (mark == null) {
            jdbc.sql("DELETE FROM gradebook.retest WHERE class_id = ? AND learner_id = ? AND subject_id = ?")
                    .params(schoolClass.id(), learnerId, subjectId)
                    .update();
            return;
        }
        BigDecimal score = mark instanceof Score s ? s.value() : null;
        String level = mark instanceof CommentLevel l ? l.name() : null;
        jdbc.sql("""
                        INSERT INTO gradebook.retest (centre_id, class_id, learner_id, subject_id, school_year_id,
                                                      score, level, recorded_at, recorded_by)
                        VALUES (platform.current_centre(), ?, ?, ?, ?, ?, ?, now(), ?)
                        ON CONFLICT (centre_id, class_id, learner_id, subject_id) DO UPDATE
                          SET score = EXCLUDED.score, level = EXCLUDED.level, recorded_at = EXCLUDED.recorded_at,
                              recorded_by = EXCLUDED.recorded_by
                        """)
                .params(
                        schoolClass.id(),
                        learnerId,
                        subjectId,
                        schoolClass.schoolYearId(),
                        new SqlParameterValue(Types.NUMERIC, score),
                        new SqlParameterValue(Types.VARCHAR, level),
                        actor)
                .update();
    }
}
