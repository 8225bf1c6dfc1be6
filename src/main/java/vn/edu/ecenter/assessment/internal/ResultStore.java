package vn.edu.ecenter.assessment.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.edu.ecenter.assessment.EssayMarks;
import vn.edu.ecenter.assessment.TestScoresConfirmed.LearnerScore;
import vn.edu.ecenter.assessment.TestScoresTransferred;
import vn.edu.ecenter.assessment.questions.Response;

/** The results side of tests in SQL: submitted attempts with their answers, essay marks, publication, transfers. */
@Component
class ResultStore {

    /** A submitted attempt. */
    record Submitted(
            UUID id,
            UUID testId,
            UUID learnerId,
            int number,
            List<Paper.Entry> paper,
            Instant startedAt,
            Instant submittedAt,
            String how,
            BigDecimal score,
            BigDecimal maxScore,
            boolean awaitingMarking) {}

    /** A stored answer with its marks. */
    record Answered(
            Response response,
            @Nullable BigDecimal share,
            @Nullable BigDecimal points,
            @Nullable EssayMarks marks) {}

    /** A transfer as stored. */
    record TransferRow(
            UUID id,
            UUID testId,
            int semester,
            int column,
            boolean overwrite,
            List<LearnerScore> scores,
            Instant confirmedAt,
            String confirmedBy,
            @Nullable Instant answeredAt,
            @Nullable String refusal,
            List<TestScoresTransferred.Outcome> outcomes) {}

    private static final TypeReference<List<Paper.Entry>> ENTRIES = new TypeReference<>() {};
    private static final TypeReference<List<LearnerScore>> SCORES = new TypeReference<>() {};
    private static final TypeReference<List<TestScoresTransferred.Outcome>> OUTCOMES = new TypeReference<>() {};

    private static final String SUBMITTED = """
            SELECT id, test_id, learner_id, number, paper, started_at, submitted_at, submitted_how, score, max_score,
                   awaiting_marking
            FROM assessment.attempt
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    ResultStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Submitted> submittedOf(UUID testId) {
        return jdbc.sql(SUBMITTED + " WHERE test_id = ? AND submitted_at IS NOT NULL ORDER BY learner_id, number")
                .param(testId)
                .query((rs, n) -> submitted(rs))
                .list();
    }

    List<Submitted> submittedBy(Collection<UUID> learnerIds) {
        if (learnerIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SUBMITTED + " WHERE learner_id IN (:learners) AND submitted_at IS NOT NULL"
                        + " ORDER BY submitted_at DESC")
                .param("learners", learnerIds)
                .query((rs, n) -> submitted(rs))
                .list();
    }

    Optional<Submitted> submitted(UUID attemptId) {
        return jdbc.sql(SUBMITTED + " WHERE id = ? AND submitted_at IS NOT NULL")
                .param(attemptId)
                .query((rs, n) -> submitted(rs))
                .optional();
    }

    /** Locks the attempt while its essays are marked, so that two teachers' marks both count in its score. */
    void lock(UUID attemptId) {
        jdbc.sql("SELECT id FROM assessment.attempt WHERE id = ? FOR UPDATE")
                .param(attemptId)
                .query(UUID.class)
                .optional();
    }

    /** The answers of the attempts, by attempt and question. */
    Map<UUID, Map<UUID, Answered>> answersOf(Collection<UUID> attemptIds) {
        Map<UUID, Map<UUID, Answered>> answers = new HashMap<>();
        if (attemptIds.isEmpty()) {
            return answers;
        }
        jdbc.sql("""
                        SELECT attempt_id, question_id, response, share, points, marks
                        FROM assessment.answer WHERE attempt_id IN (:attempts)
                        """).param("attempts", attemptIds).query(rs -> {
            String marks = rs.getString("marks");
            answers.computeIfAbsent(rs.getObject("attempt_id", UUID.class), k -> new HashMap<>())
                    .put(
                            rs.getObject("question_id", UUID.class),
                            new Answered(
                                    QuestionJson.response(rs.getString("response")),
                                    rs.getBigDecimal("share"),
                                    rs.getBigDecimal("points"),
                                    marks == null ? null : json.readValue(marks, EssayMarks.class)));
        });
        return answers;
    }

    void markEssay(
            UUID attemptId,
            UUID questionId,
            EssayMarks marks,
            BigDecimal share,
            BigDecimal points,
            Instant at,
            String by) {
        jdbc.sql("""
                        UPDATE assessment.answer
                        SET marks = ?::jsonb, share = ?, points = ?, marked_at = ?, marked_by = ?
                        WHERE attempt_id = ? AND question_id = ?
                        """)
                .params(json.writeValueAsString(marks), share, points, Timestamp.from(at), by, attemptId, questionId)
                .update();
    }

    void rescore(UUID attemptId, BigDecimal score, boolean awaitingMarking) {
        jdbc.sql("UPDATE assessment.attempt SET score = ?, awaiting_marking = ? WHERE id = ?")
                .params(score, awaitingMarking, attemptId)
                .update();
    }

    record Publication(@Nullable Instant at, @Nullable String by) {}

    Publication publication(UUID testId) {
        return jdbc.sql("SELECT published_at, published_by FROM assessment.test WHERE id = ?")
                .param(testId)
                .query((rs, n) -> new Publication(instant(rs, "published_at"), rs.getString("published_by")))
                .single();
    }

    /** Which of the tests are published. */
    Map<UUID, Boolean> published(Collection<UUID> testIds) {
        Map<UUID, Boolean> published = new HashMap<>();
        if (testIds.isEmpty()) {
            return published;
        }
        jdbc.sql("SELECT id, published_at IS NOT NULL FROM assessment.test WHERE id IN (:tests)")
                .param("tests", testIds)
                .query(rs -> {
                    published.put(rs.getObject(1, UUID.class), rs.getBoolean(2));
                });
        return published;
    }

    void publish(UUID testId, @Nullable Instant at, @Nullable String by) {
        jdbc.sql("UPDATE assessment.test SET published_at = ?, published_by = ? WHERE id = ?")
                .params(at == null ? null : Timestamp.from(at), by, testId)
                .update();
    }

    void insertTransfer(
            UUID id,
            UUID testId,
            int semester,
            int column,
            boolean overwrite,
            List<LearnerScore> scores,
            Instant at,
            String by) {
        jdbc.sql("""
                        INSERT INTO assessment.score_transfer
                          (centre_id, id, test_id, semester, column_index, overwrite, scores, confirmed_at, confirmed_by)
                        VALUES (platform.current_centre(), ?, ?, ?, ?, ?, ?::jsonb, ?, ?)
                        """)
                .params(
                        id,
                        testId,
                        semester,
                        column,
                        overwrite,
                        json.writeValueAsString(scores),
                        Timestamp.from(at),
                        by)
                .update();
    }

    /** Records the gradebook's answer; false when the transfer is unknown or already answered. */
    boolean answer(TestScoresTransferred answer, Instant at) {
        return jdbc.sql("""
                                UPDATE assessment.score_transfer SET answered_at = ?, refusal = ?, outcomes = ?::jsonb
                                WHERE id = ? AND answered_at IS NULL
                                """)
                        .params(
                                Timestamp.from(at),
                                answer.refusal(),
                                json.writeValueAsString(answer.outcomes()),
                                answer.transferId())
                        .update()
                == 1;
    }

    Optional<TransferRow> transfer(UUID id) {
        return jdbc.sql("SELECT * FROM assessment.score_transfer WHERE id = ?")
                .param(id)
                .query((rs, n) -> transfer(rs))
                .optional();
    }

    List<TransferRow> transfersOf(UUID testId) {
        return jdbc.sql("SELECT * FROM assessment.score_transfer WHERE test_id = ? ORDER BY confirmed_at DESC")
                .param(testId)
                .query((rs, n) -> transfer(rs))
                .list();
    }

    private TransferRow transfer(ResultSet rs) throws SQLException {
        String outcomes = rs.getString("outcomes");
        return new TransferRow(
                rs.getObject("id", UUID.class),
                rs.getObject("test_id", UUID.class),
                rs.getInt("semester"),
                rs.getInt("column_index"),
                rs.getBoolean("overwrite"),
                json.readValue(rs.getString("scores"), SCORES),
                rs.getTimestamp("confirmed_at").toInstant(),
                rs.getString("confirmed_by"),
                instant(rs, "answered_at"),
                rs.getString("refusal"),
                outcomes == null ? new ArrayList<>() : json.readValue(outcomes, OUTCOMES));
    }

    private Submitted submitted(ResultSet rs) throws SQLException {
        return new Submitted(
                rs.getObject("id", UUID.class),
                rs.getObject("test_id", UUID.class),
                rs.getObject("learner_id", UUID.class),
                rs.getInt("number"),
                json.readValue(rs.getString("paper"), ENTRIES),
                rs.getTimestamp("started_at").toInstant(),
                rs.getTimestamp("submitted_at").toInstant(),
                rs.getString("submitted_how"),
                rs.getBigDecimal("score"),
                rs.getBigDecimal("max_score"),
                rs.getBoolean("awaiting_marking"));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
