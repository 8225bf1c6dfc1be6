package vn.edu.ecenter.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.edu.ecenter.assessment.questions.Blueprint;
import vn.edu.ecenter.assessment.questions.QuestionType;
import vn.edu.ecenter.assessment.questions.Response;

/**
 * Contests (sân chơi trí tuệ): the director sets a contest for learners or for teachers with ordered rounds — in each
 * class, in the centre, between centres — each a timed paper drawn from a bank by a blueprint. Learners (or the
 * director, for a whole class) and teachers register for the first round; later rounds are entered by those who
 * advanced: the top N of the round before (of each class, for a class round), decided when the director closes it
 * ("Chốt vòng") or, once its time is over, the first time someone enters the next round.
 *
 * <p>A round is taken like a test (server deadline, answers saved one by one, submitting twice harmless) with one
 * active session per participant: entering a round again — on another device, or the same — gives a new session token
 * and the old one's saves and submission are refused (409, "Bài thi đang mở trên thiết bị khác…").
 *
 * <p>Leaderboards rank by score (highest first), then time taken (shortest first), then who submitted first.
 *
 * <p><b>Between centres (INTER_CENTRE).</b> On a deployment that hosts several centres, a round between centres is
 * taken here too. The centre whose contest has it is the host: its own participants enter it by advancing (or
 * registering) as for any round, and its director invites other centres, whose directors nominate participants
 * ({@link InterCentreRounds}). A nominee signs in at their own centre, finds the round among their contests and enters
 * it with {@link #enter}: the paper is drawn from the host's bank and kept in the host's scope, with the same deadline,
 * saves and single session; only nominees enter (anyone else is refused, 403). Its leaderboard names each participant's
 * centre and is shown to the host's members, the invited centres' directors and the nominees; certificates name the
 * participant's centre (an invited centre's director prints its own winners'). The qualified list
 * ({@link #qualifiedWorkbook}) is still there for a Department that wants it on paper.
 */
public interface Contests {

    /** The most rows a round's blueprint may have (the round form offers as many). */
    int MOST_ROWS = 20;

    enum Audience {
        LEARNERS,
        TEACHERS
    }

    enum Level {
        CLASS,
        CENTRE,
        INTER_CENTRE
    }

    record NewContest(String name, String description, Audience audience) {}

    /**
     * A round to add after the contest's last one.
     *
     * @param points points of a question by its kind; a kind not named is worth 1 (as in {@link NewTest})
     * @param advance how many go on to the next round; for a class round, how many of each class
     */
    record NewRound(
            String name,
            Level level,
            UUID bankId,
            List<Blueprint.Row> blueprint,
            Map<QuestionType, BigDecimal> points,
            int durationMinutes,
            Instant opensAt,
            Instant closesAt,
            int advance) {

        public NewRound {
            blueprint = List.copyOf(blueprint);
            points = Map.copyOf(points);
        }
    }

    record RoundView(
            UUID id,
            UUID contestId,
            int number,
            String name,
            Level level,
            UUID bankId,
            List<Blueprint.Row> blueprint,
            Map<QuestionType, BigDecimal> points,
            int durationMinutes,
            Instant opensAt,
            Instant closesAt,
            int advance,
            @Nullable Instant closedAt,
            int entries) {

        public int questions() {
            return blueprint.stream().mapToInt(Blueprint.Row::count).sum();
        }
    }

    /**
     * A contest with its rounds in order, and the signed-in user's place in it.
     *
     * @param myEntries the signed-in participant's entry in each round they are in, by round id
     */
    record ContestView(
            UUID id,
            String name,
            String description,
            Audience audience,
            List<RoundView> rounds,
            Map<UUID, UUID> myEntries) {}

    /**
     * A participant's line on a leaderboard; {@code rank} is 0 while they have not submitted.
     *
     * @param centreId the participant's centre, in a round between centres (null in the others)
     * @param centreName that centre's name as it was when the participant entered the round
     * @param seconds the time taken, from start to submission
     */
    record Standing(
            int rank,
            UUID entryId,
            String name,
            @Nullable UUID classId,
            @Nullable String className,
            @Nullable UUID centreId,
            @Nullable String centreName,
            @Nullable BigDecimal score,
            @Nullable BigDecimal maxScore,
            long seconds,
            @Nullable Instant submittedAt) {}

    /** A participant's paper in a round, and the token of the session allowed to write to it. */
    record RoundPaper(UUID session, UUID roundId, String contestName, AttemptPaper paper) {}

    /** Sets a contest; the director. */
    ContestView createContest(NewContest contest);

    /** Adds a round after the last; the director. Refused, naming the row, when the bank cannot fill the blueprint. */
    RoundView addRound(UUID contestId, NewRound round);

    /** The centre's contests, newest first, without the signed-in user's entries. */
    List<ContestView> contests();

    ContestView contest(UUID contestId);

    /** Registers the signed-in learner or teacher (as the contest's audience says) for its first round. */
    void register(UUID contestId);

    /** Registers every learner of a class for the contest's first round; the director. Answers how many were new. */
    int registerClass(UUID contestId, UUID classId);

    /**
     * Starts the signed-in participant's paper in a round, or resumes it, with a new session token: the session that
     * held the paper before can no longer write to it. The round may be another centre's round between centres that
     * the participant's centre nominated them for.
     */
    RoundPaper enter(UUID roundId);

    /** The paper as the session sees it; refused (409) when another session holds it now. */
    RoundPaper paper(UUID entryId, UUID session);

    void answer(UUID entryId, UUID session, UUID questionId, Response response);

    /** Submits and marks the paper; a second call answers the same. */
    SubmitResult submit(UUID entryId, UUID session);

    /**
     * The round's leaderboard; for a class round, one class's when {@code classId} is given. For a round between
     * centres, also for an invited centre's director and its nominees.
     */
    List<Standing> leaderboard(UUID roundId, @Nullable UUID classId);

    /**
     * Closes the round ("Chốt vòng"): submits papers still open, and enters its top N (of each class, for a class
     * round) in the next round. Closing again changes nothing. Answers those who advanced.
     */
    List<Standing> closeRound(UUID roundId);

    /**
     * Certificates (giấy chứng nhận) of the round's top N, one A4 landscape page each; the director — for a round between
     * centres, the host's director (every winner) or an invited centre's (its own winners).
     */
    byte[] certificates(UUID roundId, Locale locale);

    /**
     * The participants qualified for a round (its entries) with their class and centre, as an Excel workbook — for a
     * round between centres, the list a Department may want on paper; the round's director.
     */
    byte[] qualifiedWorkbook(UUID roundId, Locale locale);
}
