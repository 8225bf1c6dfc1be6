package vn.edu.ecenter.assessment.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.edu.ecenter.assessment.Contests.Audience;
import vn.edu.ecenter.assessment.Contests.Level;
import vn.edu.ecenter.assessment.Contests.NewRound;
import vn.edu.ecenter.assessment.Contests.RoundView;
import vn.edu.ecenter.assessment.questions.Blueprint;
import vn.edu.ecenter.assessment.questions.QuestionType;
import vn.edu.ecenter.assessment.questions.Response;

/** Contests, rounds, entries and their answers in SQL (schema {@code assessment}); the centre is the session's. */
@Component
class ContestStore {

    record ContestRow(UUID id, String name, String description, Audience audience) {}

    /**
     * Who takes part: a learner or a staff member, with the name and class shown on leaderboards; for a participant
     * nominated by another centre to a round between centres, that centre (its id and name), otherwise none.
     */
    record Participant(
            String kind,
            UUID id,
            String name,
            @Nullable UUID classId,
            @Nullable String className,
            @Nullable UUID centreId,
            @Nullable String centreName) {

        /** A participant of the round's own centre. */
        Participant(String kind, UUID id, String name, @Nullable UUID classId, @Nullable String className) {
            this(kind, id, name, classId, className, null, null);
        }

        /** The same person as coming from the given centre (a nominee of an invited centre). */
        Participant from(UUID centre, String centreNamed) {
            return new Participant(kind, id, name, classId, className, centre, centreNamed);
        }

        /** Whether the other is the same person from the same centre. */
        boolean same(Participant other) {
            return kind.equals(other.kind) && id.equals(other.id) && Objects.equals(centreId, other.centreId);
        }
    }

    record EntryRow(
            UUID id,
            UUID roundId,
            Participant participant,
            @Nullable List<Paper.Entry> paper,
            @Nullable UUID session,
            @Nullable Instant startedAt,
            @Nullable Instant deadline,
            @Nullable Instant submittedAt,
            @Nullable BigDecimal score,
            @Nullable BigDecimal maxScore) {}

    /** A paper whose time is up and that nobody submitted, with its centre (read across centres). */
    record Due(UUID centreId, UUID entryId) implements OverdueSweep.Due {}

    private static final TypeReference<List<Blueprint.Row>> ROWS = new TypeReference<>() {};
    private static final TypeReference<Map<QuestionType, BigDecimal>> POINTS = new TypeReference<>() {};
    private static final TypeReference<List<Paper.Entry>> ENTRIES = new TypeReference<>() {};
    private static final String ROUNDS = """
            SELECT r.*, (SELECT count(*) FROM assessment.contest_entry e WHERE e.round_id = r.id) AS entries
            FROM assessment.contest_round r
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    ContestStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertContest(UUID id, String name, String description, Audience audience, Instant at, String by) {
        jdbc.sql("""
                        INSERT INTO assessment.contest (centre_id, id, name, description, audience, created_at, created_by)
                        VALUES (platform.current_centre(), ?, ?, ?, ?, ?, ?)
                        """)
                .params(id, name, description, audience.name(), Timestamp.from(at), by)
                .update();
    }

    Optional<ContestRow> contest(UUID id) {
        return jdbc.sql("SELECT id, name, description, audience FROM assessment.contest WHERE id = ?")
                .param(id)
                .query((rs, n) -> contest(rs))
                .optional();
    }

    List<ContestRow> contests() {
        return jdbc.sql("SELECT id, name, description, audience FROM assessment.contest ORDER BY created_at DESC")
                .query((rs, n) -> contest(rs))
                .list();
    }

    private static ContestRow contest(ResultSet rs) throws SQLException {
        return new ContestRow(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                rs.getString("description"),
                Audience.valueOf(rs.getString("audience")));
    }

    /** Locks the contest, so that two rounds added at once get different numbers. */
    void lockContest(UUID id) {
        jdbc.sql("SELECT id FROM assessment.contest WHERE id = ? FOR UPDATE")
                .param(id)
                .query(UUID.class)
                .optional();
    }

    void insertRound(UUID id, UUID contestId, int number, String name, NewRound round) {
        jdbc.sql("""
                        INSERT INTO assessment.contest_round
                          (centre_id, id, contest_id, number, name, level, bank_id, blueprint, points, duration_minutes,
                           opens_at, closes_at, advance)
                        VALUES (platform.current_centre(), ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?)
                        """)
                .params(
                        id,
                        contestId,
                        number,
                        name,
                        round.level().name(),
                        round.bankId(),
                        json.writeValueAsString(round.blueprint()),
                        json.writeValueAsString(round.points()),
                        round.durationMinutes(),
                        Timestamp.from(round.opensAt()),
                        Timestamp.from(round.closesAt()),
                        round.advance())
                .update();
    }

    List<RoundView> rounds(UUID contestId) {
        return jdbc.sql(ROUNDS + " WHERE r.contest_id = ? ORDER BY r.number")
                .param(contestId)
                .query((rs, n) -> round(rs))
                .list();
    }

    Optional<RoundView> round(UUID roundId) {
        return jdbc.sql(ROUNDS + " WHERE r.id = ?")
                .param(roundId)
                .query((rs, n) -> round(rs))
                .optional();
    }

    /** Locks the round: closing it and entering its next round wait for each other. */
    Optional<RoundView> lockRound(UUID roundId) {
        jdbc.sql("SELECT id FROM assessment.contest_round WHERE id = ? FOR UPDATE")
                .param(roundId)
                .query(UUID.class)
                .optional();
        return round(roundId);
    }

    void closeRound(UUID roundId, Instant at) {
        jdbc.sql("UPDATE assessment.contest_round SET closed_at = ? WHERE id = ? AND closed_at IS NULL")
                .params(Timestamp.from(at), roundId)
                .update();
    }

    private RoundView round(ResultSet rs) throws SQLException {
        Timestamp closed = rs.getTimestamp("closed_at");
        return new RoundView(
                rs.getObject("id", UUID.class),
                rs.getObject("contest_id", UUID.class),
                rs.getInt("number"),
                rs.getString("name"),
                Level.valueOf(rs.getString("level")),
                rs.getObject("bank_id", UUID.class),
                json.readValue(rs.getString("blueprint"), ROWS),
                json.readValue(rs.getString("points"), POINTS),
                rs.getInt("duration_minutes"),
                rs.getTimestamp("opens_at").toInstant(),
                rs.getTimestamp("closes_at").toInstant(),
                rs.getInt("advance"),
                closed == null ? null : closed.toInstant(),
                rs.getInt("entries"));
    }

    /** Enters a participant in a round unless they are in it already; true when new. */
    boolean insertEntry(UUID roundId, Participant who, Instant at) {
        return jdbc.sql("""
                                INSERT INTO assessment.contest_entry
                                  (centre_id, id, round_id, participant_kind, participant_id, participant_name,
                                   class_id, class_name, origin_centre_id, origin_centre_name, entered_at)
                                VALUES (platform.current_centre(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                                ON CONFLICT DO NOTHING
                                """)
                        .params(
                                UUID.randomUUID(),
                                roundId,
                                who.kind(),
                                who.id(),
                                who.name(),
                                who.classId(),
                                who.className(),
                                who.centreId(),
                                who.centreName(),
                                Timestamp.from(at))
                        .update()
                == 1;
    }

    private static final String ENTRIES_SQL = "SELECT * FROM assessment.contest_entry";

    Optional<EntryRow> entry(UUID entryId) {
        return jdbc.sql(ENTRIES_SQL + " WHERE id = ?")
                .param(entryId)
                .query((rs, n) -> entry(rs))
                .optional();
    }

    Optional<EntryRow> entryOf(UUID roundId, String kind, UUID participantId) {
        return jdbc.sql(ENTRIES_SQL + " WHERE round_id = ? AND participant_kind = ? AND participant_id = ?")
                .params(roundId, kind, participantId)
                .query((rs, n) -> entry(rs))
                .optional();
    }

    /** The participant's entries in the contest's rounds, by round. */
    Map<UUID, UUID> entriesOf(UUID contestId, String kind, UUID participantId) {
        Map<UUID, UUID> entries = new HashMap<>();
        jdbc.sql("""
                        SELECT e.round_id, e.id FROM assessment.contest_entry e
                        JOIN assessment.contest_round r ON r.id = e.round_id
                        WHERE r.contest_id = ? AND e.participant_kind = ? AND e.participant_id = ?
                        """).params(contestId, kind, participantId).query(rs -> {
            entries.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class));
        });
        return entries;
    }

    List<EntryRow> entries(UUID roundId) {
        return jdbc.sql(ENTRIES_SQL + " WHERE round_id = ? ORDER BY participant_name, id")
                .param(roundId)
                .query((rs, n) -> entry(rs))
                .list();
    }

    /** Removes the entries another centre nominated for the round (none started: it has not opened); how many. */
    int deleteNominationsOf(UUID roundId, UUID originCentreId) {
        return jdbc.sql(
                        "DELETE FROM assessment.contest_entry WHERE round_id = ? AND origin_centre_id = ? AND paper IS NULL")
                .params(roundId, originCentreId)
                .update();
    }

    /** Removes an entry nobody has started (a nomination withdrawn); true when it was removed. */
    boolean deleteUnstartedEntry(UUID entryId) {
        return jdbc.sql("DELETE FROM assessment.contest_entry WHERE id = ? AND paper IS NULL")
                        .param(entryId)
                        .update()
                == 1;
    }

    /** Holds the entry against submission while an answer is saved (see {@link TestStore#holdForAnswer}). */
    Optional<EntryRow> holdForAnswer(UUID entryId) {
        return jdbc.sql(ENTRIES_SQL + " WHERE id = ? FOR KEY SHARE")
                .param(entryId)
                .query((rs, n) -> entry(rs))
                .optional();
    }

    Optional<EntryRow> lock(UUID entryId) {
        return jdbc.sql(ENTRIES_SQL + " WHERE id = ? FOR UPDATE")
                .param(entryId)
                .query((rs, n) -> entry(rs))
                .optional();
    }

    void start(UUID entryId, List<Paper.Entry> paper, Instant at, Instant deadline, BigDecimal maxScore) {
        jdbc.sql("""
                        UPDATE assessment.contest_entry
                        SET paper = ?::jsonb, started_at = ?, deadline = ?, max_score = ?
                        WHERE id = ? AND paper IS NULL
                        """)
                .params(json.writeValueAsString(paper), Timestamp.from(at), Timestamp.from(deadline), maxScore, entryId)
                .update();
    }

    void newSession(UUID entryId, UUID session) {
        jdbc.sql("UPDATE assessment.contest_entry SET session = ? WHERE id = ?")
                .params(session, entryId)
                .update();
    }

    void saveAnswer(UUID entryId, UUID questionId, Response response, Instant at) {
        jdbc.sql("""
                        INSERT INTO assessment.contest_answer (centre_id, entry_id, question_id, response, saved_at)
                        VALUES (platform.current_centre(), ?, ?, ?::jsonb, ?)
                        ON CONFLICT (centre_id, entry_id, question_id) DO UPDATE
                          SET response = EXCLUDED.response, saved_at = EXCLUDED.saved_at
                        """)
                .params(entryId, questionId, QuestionJson.write(response), Timestamp.from(at))
                .update();
    }

    Map<UUID, Response> answers(UUID entryId) {
        Map<UUID, Response> answers = new HashMap<>();
        jdbc.sql("SELECT question_id, response FROM assessment.contest_answer WHERE entry_id = ?")
                .param(entryId)
                .query(rs -> {
                    answers.put(rs.getObject(1, UUID.class), QuestionJson.response(rs.getString(2)));
                });
        return answers;
    }

    void markAnswer(UUID entryId, UUID questionId, @Nullable BigDecimal share, @Nullable BigDecimal points) {
        jdbc.sql("UPDATE assessment.contest_answer SET share = ?, points = ? WHERE entry_id = ? AND question_id = ?")
                .params(share, points, entryId, questionId)
                .update();
    }

    void submitted(UUID entryId, Instant at, String how, BigDecimal score) {
        jdbc.sql("""
                        UPDATE assessment.contest_entry SET submitted_at = ?, submitted_how = ?, score = ?
                        WHERE id = ?
                        """).params(Timestamp.from(at), how, score, entryId).update();
    }

    /**
     * Started papers of every centre, not submitted, whose deadline passed before {@code before}, earliest first; read
     * across centres (system scope).
     */
    List<Due> due(Instant before, int limit) {
        return jdbc.sql("""
                        SELECT centre_id, id FROM assessment.contest_entry
                        WHERE submitted_at IS NULL AND deadline < ? ORDER BY deadline LIMIT ?
                        """)
                .params(Timestamp.from(before), limit)
                .query((rs, n) -> new Due(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
                .list();
    }

    private EntryRow entry(ResultSet rs) throws SQLException {
        String paper = rs.getString("paper");
        return new EntryRow(
                rs.getObject("id", UUID.class),
                rs.getObject("round_id", UUID.class),
                new Participant(
                        rs.getString("participant_kind"),
                        rs.getObject("participant_id", UUID.class),
                        rs.getString("participant_name"),
                        rs.getObject("class_id", UUID.class),
                        rs.getString("class_name"),
                        rs.getObject("origin_centre_id", UUID.class),
                        rs.getString("origin_centre_name")),
                paper == null ? null : json.readValue(paper, ENTRIES),
                rs.getObject("session", UUID.class),
                instant(rs, "started_at"),
                instant(rs, "deadline"),
                instant(rs, "submitted_at"),
                rs.getBigDecimal("score"),
                rs.getBigDecimal("max_score"));
    }

    /** The class the learner is in now (active enrolment, the latest), with its name. */
    Optional<Map.Entry<UUID, String>> currentClass(UUID learnerId) {
        return jdbc.sql("""
                        SELECT e.class_id, c.name FROM academics.enrolment e
                        JOIN academics.school_class c ON c.id = e.class_id
                        WHERE e.learner_id = ? AND e.status = 'ACTIVE'
                        ORDER BY e.starts_on DESC LIMIT 1
                        """)
                .param(learnerId)
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2)))
                .optional();
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
