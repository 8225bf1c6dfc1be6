package vn.edu.ecenter.assessment.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.edu.ecenter.assessment.AttemptSummary;
import vn.edu.ecenter.assessment.LearnerTest;
import vn.edu.ecenter.assessment.NewTest;
import vn.edu.ecenter.assessment.SubmitResult;
import vn.edu.ecenter.assessment.TestView;
import vn.edu.ecenter.assessment.questions.Blueprint;
import vn.edu.ecenter.assessment.questions.CognitiveLevel;
import vn.edu.ecenter.assessment.questions.Question;
import vn.edu.ecenter.assessment.questions.QuestionType;
import vn.edu.ecenter.assessment.questions.Response;

/** Tests, attempts and answers in SQL (schema {@code assessment}); the centre is the session's. */
@Component
class TestStore {

    /** A question that may be drawn, at its newest version. */
    record Drawable(Blueprint.Candidate candidate, int version) {}

    record AttemptRow(
            UUID id,
            UUID testId,
            UUID learnerId,
            int number,
            List<Paper.Entry> paper,
            Instant startedAt,
            Instant deadline,
            @Nullable Instant submittedAt,
            @Nullable BigDecimal score,
            BigDecimal maxScore,
            boolean awaitingMarking) {}

    /** What saving an answer needs of its attempt (see {@link #holdForAnswer}). */
    record AnswerHold(
            UUID learnerId, Instant deadline, @Nullable Instant submittedAt, Paper.@Nullable Entry entry) {}

    /** A learner's attempts at a test: how many were started, and the one in progress if any. */
    record LearnerAttempts(int made, Optional<AttemptRow> inProgress) {}

    /** An attempt the server must submit: its time is up. */
    record Due(UUID centreId, UUID attemptId) implements OverdueSweep.Due {}

    private static final int PARSED_TEXTS = 10_000;
    private static final TypeReference<List<Blueprint.Row>> ROWS = new TypeReference<>() {};
    private static final TypeReference<Map<QuestionType, BigDecimal>> POINTS = new TypeReference<>() {};
    private static final TypeReference<List<Paper.Entry>> ENTRIES = new TypeReference<>() {};

    private static final String ATTEMPTS = """
            SELECT id, test_id, learner_id, number, paper, started_at, deadline, submitted_at, score, max_score,
                   awaiting_marking
            FROM assessment.attempt
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<String, Object> parsedJson = new ConcurrentHashMap<>();

    TestStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertTest(UUID id, NewTest test, @Nullable String accessCode, Instant at, String by) {
        jdbc.sql("""
                        INSERT INTO assessment.test
                          (centre_id, id, bank_id, class_id, title, blueprint, points, duration_minutes, opens_at,
                           closes_at, attempts_allowed, access_code, shuffle, graded, created_at, created_by)
                        VALUES (platform.current_centre(), ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        id,
                        test.bankId(),
                        test.classId(),
                        test.title(),
                        json.writeValueAsString(test.blueprint()),
                        json.writeValueAsString(test.points()),
                        test.durationMinutes(),
                        Timestamp.from(test.opensAt()),
                        Timestamp.from(test.closesAt()),
                        test.attemptsAllowed(),
                        accessCode,
                        test.shuffle(),
                        test.graded(),
                        Timestamp.from(at),
                        by)
                .update();
    }

    /** A test and its access code (kept apart from the view, which only says whether there is one). */
    record TestRow(TestView view, @Nullable String accessCode) {}

    Optional<TestRow> test(UUID id) {
        return jdbc.sql("SELECT * FROM assessment.test WHERE id = ?")
                .param(id)
                .query((rs, n) -> new TestRow(testView(rs), rs.getString("access_code")))
                .optional();
    }

    List<TestView> testsOfClass(UUID classId) {
        return jdbc.sql("SELECT * FROM assessment.test WHERE class_id = ? ORDER BY opens_at DESC, created_at DESC")
                .param(classId)
                .query((rs, n) -> testView(rs))
                .list();
    }

    /**
     * A test's blueprint or points read from their JSON, remembered by the text itself: every start of a test reads
     * the test, and a crowd starting the same test would parse the same text a thousand times. Kept unmodifiable (in
     * the parsed order), since it is shared; the map is emptied when it grows past what a centre's tests could need.
     */
    @SuppressWarnings("unchecked")
    private <T> T parsed(String text, TypeReference<T> type) {
        if (parsedJson.size() > PARSED_TEXTS) {
            parsedJson.clear();
        }
        return (T) parsedJson.computeIfAbsent(text, t -> {
            Object value = json.readValue(t, type);
            return value instanceof List<?> list
                    ? java.util.Collections.unmodifiableList(list)
                    : java.util.Collections.unmodifiableMap((Map<?, ?>) value);
        });
    }

    private TestView testView(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new TestView(
                rs.getObject("id", UUID.class),
                rs.getObject("bank_id", UUID.class),
                rs.getObject("class_id", UUID.class),
                rs.getString("title"),
                parsed(rs.getString("blueprint"), ROWS),
                rs.getInt("duration_minutes"),
                rs.getTimestamp("opens_at").toInstant(),
                rs.getTimestamp("closes_at").toInstant(),
                rs.getInt("attempts_allowed"),
                rs.getString("access_code") != null,
                rs.getBoolean("shuffle"),
                rs.getBoolean("graded"),
                parsed(rs.getString("points"), POINTS),
                rs.getString("created_by"));
    }

    /** The tests of the classes the learner is in, with the learner's attempts on each, the newest first. */
    List<LearnerTest> testsOfLearner(UUID learnerId) {
        return jdbc.sql("""
                        SELECT t.id, t.title, c.name AS class_name, t.opens_at, t.closes_at, t.duration_minutes,
                               t.blueprint, t.access_code IS NOT NULL AS coded, t.attempts_allowed,
                               (SELECT count(*) FROM assessment.attempt a
                                 WHERE a.test_id = t.id AND a.learner_id = e.learner_id) AS used,
                               (SELECT a.id FROM assessment.attempt a
                                 WHERE a.test_id = t.id AND a.learner_id = e.learner_id AND a.submitted_at IS NULL)
                                 AS in_progress,
                               last.id AS last_id, last.score, last.max_score, last.awaiting_marking
                        FROM academics.enrolment e
                        JOIN academics.school_class c ON c.id = e.class_id
                        JOIN assessment.test t ON t.class_id = e.class_id
                        LEFT JOIN LATERAL (
                          SELECT a.id, a.score, a.max_score, a.awaiting_marking FROM assessment.attempt a
                          WHERE a.test_id = t.id AND a.learner_id = e.learner_id AND a.submitted_at IS NOT NULL
                          ORDER BY a.number DESC LIMIT 1) last ON true
                        WHERE e.learner_id = ? AND e.status = 'ACTIVE'
                        ORDER BY t.opens_at DESC, t.created_at DESC
                        """)
                .param(learnerId)
                .query((rs, n) -> {
                    BigDecimal score = rs.getBigDecimal("score");
                    return new LearnerTest(
                            rs.getObject("id", UUID.class),
                            rs.getString("title"),
                            rs.getString("class_name"),
                            rs.getTimestamp("opens_at").toInstant(),
                            rs.getTimestamp("closes_at").toInstant(),
                            rs.getInt("duration_minutes"),
                            json.readValue(rs.getString("blueprint"), ROWS).stream()
                                    .mapToInt(Blueprint.Row::count)
                                    .sum(),
                            rs.getBoolean("coded"),
                            rs.getInt("attempts_allowed"),
                            rs.getInt("used"),
                            rs.getObject("in_progress", UUID.class),
                            rs.getObject("last_id", UUID.class),
                            score == null
                                    ? null
                                    : new SubmitResult(
                                            score, rs.getBigDecimal("max_score"), rs.getBoolean("awaiting_marking")));
                })
                .list();
    }

    /** A test's paper versions: each code with its questions in print order. */
    record PaperVersion(String code, List<Paper.Entry> entries) {}

    private static final TypeReference<List<PaperVersion>> VERSIONS = new TypeReference<>() {};

    void savePaperSet(UUID testId, List<PaperVersion> versions, Instant at, String by) {
        jdbc.sql("""
                        INSERT INTO assessment.paper_set (centre_id, test_id, versions, created_at, created_by)
                        VALUES (platform.current_centre(), ?, ?::jsonb, ?, ?)
                        ON CONFLICT (centre_id, test_id) DO UPDATE
                          SET versions = EXCLUDED.versions, created_at = EXCLUDED.created_at,
                              created_by = EXCLUDED.created_by
                        """)
                .params(testId, json.writeValueAsString(versions), Timestamp.from(at), by)
                .update();
    }

    /** The versions, when made, with when and by whom. */
    record PaperSetRow(List<PaperVersion> versions, Instant createdAt, String createdBy) {}

    Optional<PaperSetRow> paperSet(UUID testId) {
        return jdbc.sql("SELECT versions, created_at, created_by FROM assessment.paper_set WHERE test_id = ?")
                .param(testId)
                .query((rs, n) -> new PaperSetRow(
                        json.readValue(rs.getString(1), VERSIONS),
                        rs.getTimestamp(2).toInstant(),
                        rs.getString(3)))
                .optional();
    }

    void setExtraTime(UUID testId, UUID learnerId, int minutes) {
        if (minutes == 0) {
            jdbc.sql("DELETE FROM assessment.extra_time WHERE test_id = ? AND learner_id = ?")
                    .params(testId, learnerId)
                    .update();
            return;
        }
        jdbc.sql("""
                        INSERT INTO assessment.extra_time (centre_id, test_id, learner_id, minutes)
                        VALUES (platform.current_centre(), ?, ?, ?)
                        ON CONFLICT (centre_id, test_id, learner_id) DO UPDATE SET minutes = EXCLUDED.minutes
                        """).params(testId, learnerId, minutes).update();
    }

    /** The extra minutes of every learner who has some on the test. */
    Map<UUID, Integer> extraTimes(UUID testId) {
        Map<UUID, Integer> minutes = new HashMap<>();
        jdbc.sql("SELECT learner_id, minutes FROM assessment.extra_time WHERE test_id = ?")
                .param(testId)
                .query(rs -> {
                    minutes.put(rs.getObject(1, UUID.class), rs.getInt(2));
                });
        return minutes;
    }

    /** Every attempt at the test, by learner and number. */
    List<AttemptSummary> attemptsOf(UUID testId) {
        return jdbc.sql("""
                        SELECT id, learner_id, number, started_at, deadline, submitted_at, score, max_score,
                               awaiting_marking
                        FROM assessment.attempt WHERE test_id = ? ORDER BY learner_id, number
                        """)
                .param(testId)
                .query((rs, n) -> {
                    Timestamp submitted = rs.getTimestamp("submitted_at");
                    return new AttemptSummary(
                            rs.getObject("id", UUID.class),
                            rs.getObject("learner_id", UUID.class),
                            rs.getInt("number"),
                            rs.getTimestamp("started_at").toInstant(),
                            rs.getTimestamp("deadline").toInstant(),
                            submitted == null ? null : submitted.toInstant(),
                            rs.getBigDecimal("score"),
                            rs.getBigDecimal("max_score"),
                            rs.getBoolean("awaiting_marking"));
                })
                .list();
    }

    int extraMinutes(UUID testId, UUID learnerId) {
        return jdbc.sql("SELECT minutes FROM assessment.extra_time WHERE test_id = ? AND learner_id = ?")
                .params(testId, learnerId)
                .query(Integer.class)
                .optional()
                .orElse(0);
    }

    /** The bank's questions that may be drawn: not retired, and approved when the test is graded. */
    List<Drawable> drawable(UUID bankId, boolean approvedOnly) {
        return jdbc.sql("""
                        SELECT q.id, q.latest, v.topic, v.level, v.type
                        FROM assessment.question q
                        JOIN assessment.question_version v ON v.question_id = q.id AND v.version = q.latest
                        WHERE q.bank_id = ? AND NOT q.retired AND (NOT ? OR v.review = 'APPROVED')
                        """)
                .params(bankId, approvedOnly)
                .query((rs, n) -> {
                    String level = rs.getString("level");
                    return new Drawable(
                            new Blueprint.Candidate(
                                    rs.getObject("id", UUID.class),
                                    rs.getString("topic"),
                                    level == null ? null : CognitiveLevel.valueOf(level),
                                    QuestionType.valueOf(rs.getString("type"))),
                            rs.getInt("latest"));
                })
                .list();
    }

    Question question(UUID questionId, int version) {
        return jdbc.sql("SELECT content FROM assessment.question_version WHERE question_id = ? AND version = ?")
                .params(questionId, version)
                .query((rs, n) -> QuestionJson.question(rs.getString(1)))
                .single();
    }

    boolean isEnrolled(UUID learnerId, UUID classId) {
        return jdbc.sql("""
                        SELECT count(*) FROM academics.enrolment
                        WHERE learner_id = ? AND class_id = ? AND status = 'ACTIVE'
                        """).params(learnerId, classId).query(Integer.class).single() > 0;
    }

    Optional<AttemptRow> inProgress(UUID testId, UUID learnerId) {
        return jdbc.sql(ATTEMPTS + " WHERE test_id = ? AND learner_id = ? AND submitted_at IS NULL")
                .params(testId, learnerId)
                .query((rs, n) -> attempt(rs))
                .optional();
    }

    /** One read for a start: the learner's attempts at the test, with the paper of the one in progress only. */
    LearnerAttempts attemptsOf(UUID testId, UUID learnerId) {
        List<AttemptRow> attempts = jdbc.sql("""
                        SELECT id, test_id, learner_id, number,
                               CASE WHEN submitted_at IS NULL THEN paper END AS paper,
                               started_at, deadline, submitted_at, score, max_score, awaiting_marking
                        FROM assessment.attempt WHERE test_id = ? AND learner_id = ?
                        """)
                .params(testId, learnerId)
                .query((rs, n) -> attempt(rs))
                .list();
        return new LearnerAttempts(
                attempts.size(),
                attempts.stream().filter(a -> a.submittedAt() == null).findFirst());
    }

    /** Inserts an attempt unless one is in progress already (two starts at once); false then. */
    boolean insertAttempt(
            UUID id,
            UUID testId,
            UUID learnerId,
            int number,
            List<Paper.Entry> paper,
            Instant startedAt,
            Instant deadline,
            BigDecimal maxScore) {
        return jdbc.sql("""
                                INSERT INTO assessment.attempt
                                  (centre_id, id, test_id, learner_id, number, paper, started_at, deadline, max_score)
                                VALUES (platform.current_centre(), ?, ?, ?, ?, ?::jsonb, ?, ?, ?)
                                ON CONFLICT DO NOTHING
                                """)
                        .params(
                                id,
                                testId,
                                learnerId,
                                number,
                                json.writeValueAsString(paper),
                                Timestamp.from(startedAt),
                                Timestamp.from(deadline),
                                maxScore)
                        .update()
                == 1;
    }

    Optional<AttemptRow> attempt(UUID attemptId) {
        return jdbc.sql(ATTEMPTS + " WHERE id = ?")
                .param(attemptId)
                .query((rs, n) -> attempt(rs))
                .optional();
    }

    /**
     * Reads what a save needs of the attempt — whose it is, its deadline, whether it is submitted, and the paper's
     * entry for the question (null when the question is not on the paper) — and holds the attempt against submission
     * until the transaction ends (saves do not wait for each other; a submission waits for them, and a save after it
     * sees it submitted). Only the one entry leaves the database, not the whole paper.
     */
    Optional<AnswerHold> holdForAnswer(UUID attemptId, UUID questionId) {
        return jdbc.sql("""
                        SELECT learner_id, deadline, submitted_at,
                               (SELECT e FROM jsonb_array_elements(paper) e WHERE e ->> 'question' = ?) AS entry
                        FROM assessment.attempt WHERE id = ? FOR KEY SHARE
                        """)
                .params(questionId.toString(), attemptId)
                .query((rs, n) -> {
                    Timestamp submitted = rs.getTimestamp("submitted_at");
                    String entry = rs.getString("entry");
                    return new AnswerHold(
                            rs.getObject("learner_id", UUID.class),
                            rs.getTimestamp("deadline").toInstant(),
                            submitted == null ? null : submitted.toInstant(),
                            entry == null ? null : json.readValue(entry, Paper.Entry.class));
                })
                .optional();
    }

    /** Reads the attempt and locks it for submission. */
    Optional<AttemptRow> lockForSubmission(UUID attemptId) {
        return jdbc.sql(ATTEMPTS + " WHERE id = ? FOR UPDATE")
                .param(attemptId)
                .query((rs, n) -> attempt(rs))
                .optional();
    }

    void saveAnswer(UUID attemptId, UUID questionId, Response response, Instant at) {
        jdbc.sql("""
                        INSERT INTO assessment.answer (centre_id, attempt_id, question_id, response, saved_at)
                        VALUES (platform.current_centre(), ?, ?, ?::jsonb, ?)
                        ON CONFLICT (centre_id, attempt_id, question_id) DO UPDATE
                          SET response = EXCLUDED.response, saved_at = EXCLUDED.saved_at, saves = answer.saves + 1
                        """)
                .params(attemptId, questionId, QuestionJson.write(response), Timestamp.from(at))
                .update();
    }

    Map<UUID, Response> answers(UUID attemptId) {
        Map<UUID, Response> answers = new HashMap<>();
        jdbc.sql("SELECT question_id, response FROM assessment.answer WHERE attempt_id = ?")
                .param(attemptId)
                .query(rs -> {
                    answers.put(rs.getObject(1, UUID.class), QuestionJson.response(rs.getString(2)));
                });
        return answers;
    }

    void markAnswer(UUID attemptId, UUID questionId, @Nullable BigDecimal share, @Nullable BigDecimal points) {
        jdbc.sql("UPDATE assessment.answer SET share = ?, points = ? WHERE attempt_id = ? AND question_id = ?")
                .params(share, points, attemptId, questionId)
                .update();
    }

    void submitted(UUID attemptId, Instant at, String how, BigDecimal score, boolean awaitingMarking) {
        jdbc.sql("""
                        UPDATE assessment.attempt
                        SET submitted_at = ?, submitted_how = ?, score = ?, awaiting_marking = ?
                        WHERE id = ?
                        """)
                .params(Timestamp.from(at), how, score, awaitingMarking, attemptId)
                .update();
    }

    /** Attempts of every centre whose deadline passed before {@code before}; read across centres (system scope). */
    List<Due> due(Instant before, int limit) {
        return jdbc.sql("""
                        SELECT centre_id, id FROM assessment.attempt
                        WHERE submitted_at IS NULL AND deadline < ? ORDER BY deadline LIMIT ?
                        """)
                .params(Timestamp.from(before), limit)
                .query((rs, n) -> new Due(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
                .list();
    }

    private AttemptRow attempt(java.sql.ResultSet rs) throws java.sql.SQLException {
        Timestamp submitted = rs.getTimestamp("submitted_at");
        String paper = rs.getString("paper");
        return new AttemptRow(
                rs.getObject("id", UUID.class),
                rs.getObject("test_id", UUID.class),
                rs.getObject("learner_id", UUID.class),
                rs.getInt("number"),
                paper == null ? List.of() : json.readValue(paper, ENTRIES),
                rs.getTimestamp("started_at").toInstant(),
                rs.getTimestamp("deadline").toInstant(),
                submitted == null ? null : submitted.toInstant(),
                rs.getBigDecimal("score"),
                rs.getBigDecimal("max_score"),
                rs.getBoolean("awaiting_marking"));
    }
}
