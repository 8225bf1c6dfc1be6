package vn.edu.ecenter.assessment.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.edu.ecenter.assessment.QuestionView;
import vn.edu.ecenter.assessment.Review;
import vn.edu.ecenter.assessment.questions.CognitiveLevel;
import vn.edu.ecenter.assessment.questions.Difficulty;
import vn.edu.ecenter.assessment.questions.Metadata;
import vn.edu.ecenter.assessment.questions.Question;

/** Question banks, questions and their versions in SQL (schema {@code assessment}); the centre is the session's. */
@Component
class BankStore {

    record BankRow(UUID id, UUID subjectId, String name, int questions, int approved, int waiting) {}

    private static final String BANKS = """
            SELECT b.id, b.subject_id, b.name,
                   count(q.id) AS questions,
                   count(q.id) FILTER (WHERE NOT q.retired AND v.review = 'APPROVED') AS approved,
                   count(q.id) FILTER (WHERE NOT q.retired AND v.review <> 'APPROVED') AS waiting
            FROM assessment.bank b
            LEFT JOIN assessment.question q ON q.bank_id = b.id
            LEFT JOIN assessment.question_version v ON v.question_id = q.id AND v.version = q.latest
            """;

    private static final String VERSIONS = """
            SELECT q.id AS question_id, q.bank_id, q.latest, q.retired, v.version, v.content, v.name, v.grade,
                   v.topic, v.level, v.difficulty, v.tags, v.source, v.written_at, v.written_by, v.review,
                   v.reviewed_by, v.review_note
            FROM assessment.question q
            JOIN assessment.question_version v ON v.question_id = q.id
            """;

    private final JdbcClient jdbc;

    BankStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<BankRow> banks() {
        return jdbc.sql(BANKS + " GROUP BY b.id, b.subject_id, b.name")
                .query(BankStore::bank)
                .list();
    }

    Optional<BankRow> bank(UUID bankId) {
        return jdbc.sql(BANKS + " WHERE b.id = ? GROUP BY b.id, b.subject_id, b.name")
                .param(bankId)
                .query(BankStore::bank)
                .optional();
    }

    boolean nameTaken(UUID subjectId, String name) {
        return jdbc.sql("SELECT count(*) FROM assessment.bank WHERE subject_id = ? AND lower(name) = lower(?)")
                        .params(subjectId, name)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    void insertBank(UUID id, UUID subjectId, String name, Instant at, String by) {
        jdbc.sql("""
                        INSERT INTO assessment.bank (centre_id, id, subject_id, name, created_at, created_by)
                        VALUES (platform.current_centre(), ?, ?, ?, ?, ?)
                        """)
                .params(id, subjectId, name, java.sql.Timestamp.from(at), by)
                .update();
    }

    void insertQuestion(UUID id, UUID bankId, Instant at) {
        jdbc.sql("""
                        INSERT INTO assessment.question (centre_id, id, bank_id, latest, created_at)
                        VALUES (platform.current_centre(), ?, ?, 1, ?)
                        """).params(id, bankId, java.sql.Timestamp.from(at)).update();
    }

    /** Makes {@code version} the newest if {@code basedOn} still is; false when someone saved meanwhile. */
    boolean advance(UUID questionId, int basedOn, int version) {
        return jdbc.sql("UPDATE assessment.question SET latest = ? WHERE id = ? AND latest = ?")
                        .params(version, questionId, basedOn)
                        .update()
                == 1;
    }

    /** Locks the question's row for the rest of the transaction and returns its newest version number. */
    Optional<Integer> lockLatest(UUID questionId) {
        return jdbc.sql("SELECT latest FROM assessment.question WHERE id = ? FOR UPDATE")
                .param(questionId)
                .query(Integer.class)
                .optional();
    }

    void insertVersion(
            UUID questionId, int version, Question question, Metadata metadata, String source, Instant at, String by) {
        jdbc.sql("""
                        INSERT INTO assessment.question_version
                          (centre_id, question_id, version, type, content, name, grade, topic, level, difficulty,
                           tags, source, written_at, written_by)
                        VALUES (platform.current_centre(), ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        questionId,
                        version,
                        question.type().name(),
                        QuestionJson.write(question),
                        metadata.name(),
                        metadata.grade(),
                        metadata.topic(),
                        metadata.level() == null ? null : metadata.level().name(),
                        metadata.difficulty() == null
                                ? null
                                : metadata.difficulty().name(),
                        metadata.tags().toArray(String[]::new),
                        source,
                        java.sql.Timestamp.from(at),
                        by)
                .update();
    }

    void review(UUID questionId, int version, Review review, @Nullable String note, Instant at, String by) {
        jdbc.sql("""
                        UPDATE assessment.question_version
                        SET review = ?, review_note = ?, reviewed_at = ?, reviewed_by = ?
                        WHERE question_id = ? AND version = ?
                        """)
                .params(review.name(), note, java.sql.Timestamp.from(at), by, questionId, version)
                .update();
    }

    void retire(UUID questionId) {
        jdbc.sql("UPDATE assessment.question SET retired = true WHERE id = ?")
                .param(questionId)
                .update();
    }

    List<QuestionView> latestOfBank(UUID bankId) {
        return jdbc.sql(VERSIONS
                        + " WHERE q.bank_id = ? AND v.version = q.latest ORDER BY q.retired, q.created_at, q.id")
                .param(bankId)
                .query(BankStore::version)
                .list();
    }

    Optional<QuestionView> version(UUID questionId, @Nullable Integer version) {
        return jdbc.sql(VERSIONS + " WHERE q.id = ? AND v.version = coalesce(?, q.latest)")
                .params(questionId, version)
                .query(BankStore::version)
                .optional();
    }

    List<QuestionView> versions(UUID questionId) {
        return jdbc.sql(VERSIONS + " WHERE q.id = ? ORDER BY v.version DESC")
                .param(questionId)
                .query(BankStore::version)
                .list();
    }

    private static BankRow bank(ResultSet rs, int row) throws SQLException {
        return new BankRow(
                rs.getObject("id", UUID.class),
                rs.getObject("subject_id", UUID.class),
                rs.getString("name"),
                rs.getInt("questions"),
                rs.getInt("approved"),
                rs.getInt("waiting"));
    }

    private static QuestionView version(ResultSet rs, int row) throws SQLException {
        String level = rs.getString("level");
        String difficulty = rs.getString("difficulty");
        Array tags = rs.getArray("tags");
        Metadata metadata = new Metadata(
                rs.getString("name"),
                rs.getObject("grade") == null ? null : rs.getInt("grade"),
                rs.getString("topic"),
                level == null ? null : CognitiveLevel.valueOf(level),
                difficulty == null ? null : Difficulty.valueOf(difficulty),
                tags == null ? List.of() : Arrays.asList((String[]) tags.getArray()));
        return new QuestionView(
                rs.getObject("question_id", UUID.class),
                rs.getObject("bank_id", UUID.class),
                rs.getInt("version"),
                rs.getInt("latest"),
                QuestionJson.question(rs.getString("content")),
                metadata,
                rs.getString("source"),
                rs.getTimestamp("written_at").toInstant(),
                rs.getString("written_by"),
                Review.valueOf(rs.getString("review")),
                rs.getString("reviewed_by"),
                rs.getString("review_note"),
                rs.getBoolean("retired"));
    }

    /** A question picture's bank, media type and bytes. */
    record ImageRow(UUID bankId, String mediaType, byte[] content) {}

    void insertImage(UUID id, UUID bankId, String mediaType, byte[] content, Instant at, String by) {
        jdbc.sql("""
                        INSERT INTO assessment.question_image
                          (centre_id, id, bank_id, media_type, content, uploaded_at, uploaded_by)
                        VALUES (platform.current_centre(), ?, ?, ?, ?, ?, ?)
                        """)
                .params(id, bankId, mediaType, content, java.sql.Timestamp.from(at), by)
                .update();
    }

    Optional<ImageRow> image(UUID id) {
        return jdbc.sql("SELECT bank_id, media_type, content FROM assessment.question_image WHERE id = ?")
                .param(id)
                .query((rs, n) -> new ImageRow(
                        rs.getObject("bank_id", UUID.class), rs.getString("media_type"), rs.getBytes("content")))
                .optional();
    }

    /** The centres holding pictures uploaded before {@code before} (read in the system scope). */
    List<UUID> centresWithPicturesBefore(Instant before) {
        return jdbc.sql("SELECT DISTINCT centre_id FROM assessment.question_image WHERE uploaded_at < ?")
                .param(java.sql.Timestamp.from(before))
                .query(UUID.class)
                .list();
    }

    /**
     * Deletes the current centre's pictures uploaded before {@code before} that no version of any question shows (an
     * editor left without saving), at most {@code limit}; answers their ids.
     */
    List<UUID> deleteUnusedImages(Instant before, int limit) {
        return jdbc.sql("""
                        DELETE FROM assessment.question_image
                        WHERE id IN (SELECT i.id FROM assessment.question_image i
                                     WHERE i.uploaded_at < ?
                                       AND NOT EXISTS (SELECT 1 FROM assessment.question_version v
                                                       WHERE v.centre_id = i.centre_id
                                                         AND v.content ->> 'image' = i.id::text)
                                     ORDER BY i.uploaded_at
                                     LIMIT ?)
                        RETURNING id
                        """)
                .params(java.sql.Timestamp.from(before), limit)
                .query(UUID.class)
                .list();
    }

    /**
     * Whether the picture is shown by a question of a paper these learners were given (a test's attempt) or these
     * participants entered (a contest's entry).
     */
    boolean imageOnPaperOf(UUID imageId, List<UUID> learners, List<UUID> participants) {
        String shows = """
                JOIN assessment.question_version v
                  ON v.question_id = (e ->> 'question')::uuid AND v.version = (e ->> 'version')::int
                WHERE v.content ->> 'image' = ?
                """;
        boolean onTest = !learners.isEmpty()
                && jdbc.sql("SELECT EXISTS (SELECT 1 FROM assessment.attempt a"
                                + " CROSS JOIN LATERAL jsonb_array_elements(a.paper) e "
                                + shows + " AND a.learner_id = ANY (?))")
                        .params(imageId.toString(), learners.toArray(UUID[]::new))
                        .query(Boolean.class)
                        .single();
        return onTest
                || (!participants.isEmpty()
                        && jdbc.sql("SELECT EXISTS (SELECT 1 FROM assessment.contest_entry c"
                                        + " CROSS JOIN LATERAL jsonb_array_elements(c.paper) e "
                                        + shows + " AND c.participant_id = ANY (?))")
                                .params(imageId.toString(), participants.toArray(UUID[]::new))
                                .query(Boolean.class)
                                .single());
    }
}
