package vn.edu.ecenter.gradebook.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.edu.ecenter.gradebook.GradebookRejection;
import vn.edu.ecenter.gradebook.GradebookRejection.Kind;
import vn.edu.ecenter.gradebook.LockState;
import vn.edu.ecenter.gradebook.ScoreCell;
import vn.edu.ecenter.gradebook.internal.SheetHeader.ClassHeader;
import vn.edu.ecenter.gradebook.rules.CommentLevel;
import vn.edu.ecenter.gradebook.rules.Mark;
import vn.edu.ecenter.gradebook.rules.MarkSlot;
import vn.edu.ecenter.gradebook.rules.Score;
import vn.edu.ecenter.shared.PersonName;

/**
 * The reads of the score book in SQL. The class, its school year, the subject, the teaching assignment, the enrolments
 * and the learners' names are read straight from the tables of academics, centres and people, read only and inside
 * the same row-level security, as academics reads people's (docs/architecture.md): a sheet of 45 learners is one
 * query for its header and one for its learners and their marks.
 */
@Component
class SheetReads {

    private final JdbcClient jdbc;

    SheetReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final String CLASS_COLUMNS = """
            c.id AS class_id, c.name AS class_name, c.grade, c.school_year_id, y.name AS year_name,
            y.starts_on AS year_starts_on, c.homeroom_staff_id, hs.full_name AS homeroom_name,
            (SELECT m.id FROM people.staff_member m WHERE m.centre_id = c.centre_id AND m.account_id = ? AND m.active
             ORDER BY m.id LIMIT 1) AS me,
            lk.class_id AS lock_class_id, lk.id AS lock_id, lk.locked_at, lk.locked_by
            """;

    /** The lock that applies: the whole centre's first, then the class's own. */
    private static final String CLASS_JOINS = """
            JOIN centres.school_year y ON y.centre_id = c.centre_id AND y.id = c.school_year_id
            LEFT JOIN people.staff_member hs ON hs.centre_id = c.centre_id AND hs.id = c.homeroom_staff_id
            LEFT JOIN LATERAL (
              SELECT l.id, l.class_id, l.locked_at, l.locked_by FROM gradebook.semester_lock l
              WHERE l.centre_id = c.centre_id AND l.school_year_id = c.school_year_id AND l.semester = ?
                AND (l.class_id = c.id OR l.class_id IS NULL)
              ORDER BY l.class_id NULLS FIRST LIMIT 1) lk ON true
            """;

    Optional<ClassHeader> classHeader(UUID classId, int semester, @Nullable UUID accountId) {
        return jdbc.sql("SELECT " + CLASS_COLUMNS + " FROM academics.school_class c " + CLASS_JOINS + " WHERE c.id = ?")
                .params(account(accountId), semester, classId)
                .query((rs, n) -> classHeader(rs, semester))
                .optional();
    }

    Optional<SheetHeader> header(UUID classId, UUID subjectId, int semester, @Nullable UUID accountId) {
        return jdbc.sql("SELECT " + CLASS_COLUMNS + """
                        , s.id AS subject_id, s.code AS subject_code, s.name AS subject_name, s.kind AS subject_kind,
                          s.scored, coalesce(p.periods_per_year, s.periods_per_year) AS periods,
                          t.staff_id AS teacher_id, ts.full_name AS teacher_name,
                          ARRAY(SELECT lt.name FROM academics.class_topic ct
                                JOIN academics.learning_topic lt ON lt.centre_id = ct.centre_id AND lt.id = ct.topic_id
                                WHERE ct.centre_id = c.centre_id AND ct.class_id = c.id AND lt.subject_id = s.id
                                ORDER BY lt.position, lt.code) AS topics
                        FROM academics.school_class c
                        JOIN academics.subject s ON s.centre_id = c.centre_id AND s.id = ?
                        LEFT JOIN academics.subject_periods p ON p.centre_id = s.centre_id AND p.subject_id = s.id
                          AND p.school_year_id = c.school_year_id AND p.grade = c.grade
                        LEFT JOIN academics.teaching_assignment t
                          ON t.centre_id = c.centre_id AND t.class_id = c.id AND t.subject_id = s.id
                        LEFT JOIN people.staff_member ts ON ts.centre_id = t.centre_id AND ts.id = t.staff_id
                        """ + CLASS_JOINS + " WHERE c.id = ?")
                .params(account(accountId), subjectId, semester, classId)
                .query((rs, n) -> new SheetHeader(
                        classHeader(rs, semester),
                        rs.getObject("subject_id", UUID.class),
                        rs.getString("subject_code"),
                        rs.getString("subject_name"),
                        rs.getString("subject_kind"),
                        rs.getBoolean("scored"),
                        rs.getInt("periods"),
                        rs.getObject("teacher_id", UUID.class),
                        rs.getString("teacher_name"),
                        List.of((String[]) rs.getArray("topics").getArray())))
                .optional();
    }

    // ---------------------------------------------------------------- headers, with the caller's rights

    /** A sheet's header; not found for a semester other than 1 and 2, or for an unknown class or subject. */
    SheetHeader sheet(UUID classId, UUID subjectId, int semester) {
        checkSemester(semester);
        return header(classId, subjectId, semester, Callers.accountId())
                .orElseThrow(() -> GradebookRejection.of(Kind.NOT_FOUND, "gradebook.sheet.notFound"));
    }

    /** A class's header for a semester; not found likewise. */
    ClassHeader classOf(UUID classId, int semester) {
        checkSemester(semester);
        return classHeader(classId, semester, Callers.accountId())
                .orElseThrow(() -> GradebookRejection.of(Kind.NOT_FOUND, "gradebook.class.notFound"));
    }

    /** The director, the class's homeroom teacher and the subject's assigned teacher read a sheet. */
    SheetHeader readableSheet(UUID classId, UUID subjectId, int semester) {
        SheetHeader header = sheet(classId, subjectId, semester);
        if (!header.mayRead(Callers.director())) {
            throw GradebookRejection.of(
                    Kind.FORBIDDEN,
                    "gradebook.forbidden.read",
                    header.subjectName(),
                    header.schoolClass().className());
        }
        return header;
    }

    /** Only the assigned teacher writes a sheet (marks, remarks), and only while the semester is open. */
    SheetHeader writableSheet(UUID classId, UUID subjectId, int semester) {
        SheetHeader header = sheet(classId, subjectId, semester);
        if (!header.mine()) {
            throw forbiddenWrite(header);
        }
        if (header.lock().locked()) {
            throw GradebookService.locked(header.schoolClass());
        }
        return header;
    }

    static GradebookRejection forbiddenWrite(SheetHeader header) {
        return GradebookRejection.of(
                Kind.FORBIDDEN,
                "gradebook.forbidden.write",
                header.subjectName(),
                header.schoolClass().className());
    }

    static void checkSemester(int semester) {
        if (semester != 1 && semester != 2) {
            throw GradebookRejection.of(Kind.NOT_FOUND, "gradebook.semester.unknown", semester);
        }
    }

    /** A typed null when nobody with an account is signed in (a system task), so the driver need not ask its type. */
    private static SqlParameterValue account(@Nullable UUID accountId) {
        return new SqlParameterValue(Types.OTHER, accountId);
    }

    private static ClassHeader classHeader(ResultSet rs, int semester) throws SQLException {
        LockState lock = rs.getObject("lock_id") == null
                ? LockState.open(semester)
                : new LockState(
                        semester,
                        true,
                        rs.getObject("lock_class_id") == null,
                        instant(rs, "locked_at"),
                        rs.getString("locked_by"));
        return new ClassHeader(
                rs.getObject("class_id", UUID.class),
                rs.getString("class_name"),
                rs.getInt("grade"),
                rs.getObject("school_year_id", UUID.class),
                rs.getString("year_name"),
                rs.getObject("year_starts_on", LocalDate.class),
                rs.getObject("homeroom_staff_id", UUID.class),
                rs.getString("homeroom_name"),
                rs.getObject("me", UUID.class),
                semester,
                lock);
    }

    /** A learner who takes the subject (or is in the class, for conduct), with the marks read with them. */
    record Learner(UUID id, String code, PersonName name) {}

    /** A learner with their cells of the sheet, by column. */
    record LearnerCells(Learner learner, Map<MarkSlot, ScoreCell> cells) {}

    /** The order of a class list: tên, đệm, họ in Vietnamese collation; the code breaks a tie of equal names. */
    static final Comparator<Learner> CLASS_LIST_ORDER =
            Comparator.comparing(Learner::name, PersonName.CLASS_LIST_ORDER).thenComparing(Learner::code);

    private static final String LEARNERS = """
            FROM academics.enrolment e
            JOIN people.learner l ON l.centre_id = e.centre_id AND l.id = e.learner_id
            LEFT JOIN academics.combination k ON k.centre_id = e.centre_id AND k.id = e.combination_id
            """;

    /**
     * The learners who take the subject in the class (studying there, or finished its year: the year-end rollover marks
     * their enrolment COMPLETED, and a past year's sheet keeps them), in class-list order, with their cells of the
     * semester: the whole class for a compulsory subject, else the learners whose combination (tổ hợp môn) has it.
     */
    List<LearnerCells> sheetRows(SheetHeader header) {
        Map<UUID, LearnerCells> byLearner = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT l.id, l.code, l.family_name, l.middle_name, l.given_name, l.full_name,
                               g.kind, g.idx, g.score, g.level, g.version, g.changed_at, g.changed_by
                        """ + LEARNERS + """
                        LEFT JOIN gradebook.score g ON g.centre_id = e.centre_id AND g.class_id = e.class_id
                          AND g.subject_id = ? AND g.semester = ? AND g.learner_id = e.learner_id
                        WHERE e.class_id = ? AND e.status IN ('ACTIVE', 'COMPLETED') AND (? OR ? = ANY (k.subject_codes))
                        """)
                .params(
                        header.subjectId(),
                        header.semester(),
                        header.classId(),
                        header.wholeClass(),
                        header.subjectCode())
                .query(rs -> {
                    UUID id = rs.getObject("id", UUID.class);
                    LearnerCells row = byLearner.get(id);
                    if (row == null) {
                        row = new LearnerCells(learner(rs), new HashMap<>());
                        byLearner.put(id, row);
                    }
                    if (rs.getString("kind") != null) {
                        ScoreCell cell = cell(rs);
                        row.cells().put(cell.slot(), cell);
                    }
                });
        List<LearnerCells> rows = new ArrayList<>(byLearner.values());
        rows.sort(Comparator.comparing(LearnerCells::learner, CLASS_LIST_ORDER));
        return rows;
    }

    /** The learners who take the subject in the class, as {@link #sheetRows} (without marks), by id. */
    Map<UUID, Learner> takers(SheetHeader header) {
        Map<UUID, Learner> learners = new HashMap<>();
        jdbc.sql(
                        "SELECT l.id, l.code, l.family_name, l.middle_name, l.given_name, l.full_name " + LEARNERS
                                + " WHERE e.class_id = ? AND e.status IN ('ACTIVE', 'COMPLETED') AND (? OR ? = ANY (k.subject_codes))")
                .params(header.classId(), header.wholeClass(), header.subjectCode())
                .query(rs -> {
                    Learner learner = learner(rs);
                    learners.put(learner.id(), learner);
                });
        return learners;
    }

    /** Those of the given learners who take the subject in the class, by id (what a save needs to know of them). */
    Map<UUID, Learner> takers(SheetHeader header, Collection<UUID> among) {
        Map<UUID, Learner> learners = new HashMap<>();
        jdbc.sql("SELECT l.id, l.code, l.family_name, l.middle_name, l.given_name, l.full_name " + LEARNERS + """
                        JOIN unnest(?::uuid[]) AS q(learner_id) ON q.learner_id = e.learner_id
                        WHERE e.class_id = ? AND e.status IN ('ACTIVE', 'COMPLETED') AND (? OR ? = ANY (k.subject_codes))
                        """)
                .params(among.toArray(UUID[]::new), header.classId(), header.wholeClass(), header.subjectCode())
                .query(rs -> {
                    Learner learner = learner(rs);
                    learners.put(learner.id(), learner);
                });
        return learners;
    }

    /**
     * Learners named by an input who are not on the sheet, as "full name (code)" by id, so an error can name them;
     * ids of no learner of the centre are left out.
     */
    Map<UUID, String> labels(Collection<UUID> learners) {
        Map<UUID, String> names = new HashMap<>();
        if (learners.isEmpty()) {
            return names;
        }
        jdbc.sql("SELECT id, code, full_name FROM people.learner WHERE id = ANY (?::uuid[])")
                .param(learners.toArray(UUID[]::new))
                .query(rs -> {
                    names.put(
                            rs.getObject("id", UUID.class),
                            rs.getString("full_name") + " (" + rs.getString("code") + ")");
                });
        return names;
    }

    /** A remark as stored (text null once cleared) with its version, for optimistic locking. */
    record Stored(@Nullable String text, int version) {}

    /**
     * The remarks of a class by learner: a subject's in a semester, or (subject and semester null) the homeroom
     * teacher's on the year; {@code forUpdate} locks the rows for a save.
     */
    Map<UUID, Stored> remarks(UUID classId, @Nullable UUID subjectId, @Nullable Integer semester, boolean forUpdate) {
        Map<UUID, Stored> remarks = new HashMap<>();
        String where = subjectId == null
                ? "class_id = ? AND subject_id IS NULL"
                : "class_id = ? AND subject_id = ? AND semester = ?";
        List<Object> params = new ArrayList<>();
        params.add(classId);
        if (subjectId != null) {
            params.add(subjectId);
            params.add(semester);
        }
        jdbc.sql("SELECT learner_id, body, version FROM gradebook.remark WHERE " + where
                        + (forUpdate ? " FOR UPDATE" : ""))
                .params(params)
                .query(rs -> {
                    remarks.put(
                            rs.getObject("learner_id", UUID.class),
                            new Stored(rs.getString("body"), rs.getInt("version")));
                });
        return remarks;
    }

    /** Every learner of the class (studying there or finished its year), in class-list order (for conduct). */
    List<Learner> classList(UUID classId) {
        List<Learner> learners =
                new ArrayList<>(jdbc.sql("SELECT l.id, l.code, l.family_name, l.middle_name, l.given_name, l.full_name "
                                + LEARNERS + " WHERE e.class_id = ? AND e.status IN ('ACTIVE', 'COMPLETED')")
                        .param(classId)
                        .query((rs, n) -> learner(rs))
                        .list());
        learners.sort(CLASS_LIST_ORDER);
        return learners;
    }

    static Learner learner(ResultSet rs) throws SQLException {
        return new Learner(
                rs.getObject("id", UUID.class),
                rs.getString("code"),
                new PersonName(
                        rs.getString("family_name"),
                        rs.getString("middle_name"),
                        rs.getString("given_name"),
                        rs.getString("full_name")));
    }

    static ScoreCell cell(ResultSet rs) throws SQLException {
        return new ScoreCell(
                slot(rs),
                mark(rs, "score", "level"),
                rs.getInt("version"),
                rs.getString("changed_by"),
                instant(rs, "changed_at"));
    }

    static MarkSlot slot(ResultSet rs) throws SQLException {
        return new MarkSlot(MarkSlot.Kind.valueOf(rs.getString("kind")), rs.getInt("idx"));
    }

    static @Nullable Mark mark(ResultSet rs, String scoreColumn, String levelColumn) throws SQLException {
        BigDecimal score = rs.getBigDecimal(scoreColumn);
        if (score != null) {
            return new Score(score);
        }
        String level = rs.getString(levelColumn);
        return level == null ? null : CommentLevel.valueOf(level);
    }

    static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
