package vn.edu.ecenter.assessment.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.edu.ecenter.assessment.SubmitResult;
import vn.edu.ecenter.assessment.internal.ContestStore.EntryRow;
import vn.edu.ecenter.assessment.questions.Marking;
import vn.edu.ecenter.assessment.questions.Question;
import vn.edu.ecenter.assessment.questions.Response;

/**
 * Marks and submits contest papers: by the participant, or when their time is up — then the paper counts as submitted
 * at its deadline, whenever the server got to it, so that the time on the leaderboard is the time allowed and not the
 * time until someone (or the sweep) looked.
 */
@Component
class ContestMarking {

    static final String BY_PARTICIPANT = "PARTICIPANT";
    static final String TIME_UP = "TIME_UP";

    private final ContestStore store;
    private final AttemptMarking marking;
    private final Duration grace;

    ContestMarking(
            ContestStore store,
            AttemptMarking marking,
            @Value("${ecenter.assessment.answer-grace:10s}") Duration grace) {
        this.store = store;
        this.marking = marking;
        this.grace = grace;
    }

    /** Whether the paper's time (and the grace for answers on their way) is over at {@code now}. */
    boolean timeUp(EntryRow entry, Instant now) {
        return entry.deadline() != null && now.isAfter(entry.deadline().plus(grace));
    }

    /** The entry as it is now: submitted first, when its time is up and it was still open. */
    EntryRow finishIfTimeUp(EntryRow entry, Instant now) {
        if (entry.paper() == null || entry.submittedAt() != null || !timeUp(entry, now)) {
            return entry;
        }
        EntryRow locked = store.lock(entry.id()).orElseThrow();
        if (locked.submittedAt() == null) {
            finishLate(locked, now);
        }
        return store.entry(entry.id()).orElseThrow();
    }

    /**
     * Submits a paper the caller has locked and found open, without its participant: at {@code now}, or at its
     * deadline when that is earlier (time up).
     */
    SubmitResult finishLate(EntryRow entry, Instant now) {
        Instant deadline = Objects.requireNonNull(entry.deadline());
        return finish(entry, now.isBefore(deadline) ? now : deadline, TIME_UP);
    }

    /** Submits a paper the caller has locked and found open, for its participant; never later than its deadline. */
    SubmitResult submit(EntryRow entry, Instant now) {
        Instant deadline = Objects.requireNonNull(entry.deadline());
        return finish(entry, now.isBefore(deadline) ? now : deadline, timeUp(entry, now) ? TIME_UP : BY_PARTICIPANT);
    }

    private SubmitResult finish(EntryRow entry, Instant at, String how) {
        Map<UUID, Response> answers = store.answers(entry.id());
        BigDecimal score = BigDecimal.ZERO;
        for (Paper.Entry onPaper : Objects.requireNonNull(entry.paper())) {
            Question question = marking.question(onPaper.question(), onPaper.version());
            Response response = answers.get(onPaper.question());
            Optional<BigDecimal> share = marking.marking().share(question.body(), response);
            BigDecimal points =
                    share.map(s -> Marking.points(s, onPaper.points())).orElse(null);
            if (response != null) {
                store.markAnswer(entry.id(), onPaper.question(), share.orElse(null), points);
            }
            if (points != null) {
                score = score.add(points);
            }
        }
        store.submitted(entry.id(), at, how, score);
        return new SubmitResult(score, Objects.requireNonNull(entry.maxScore()), false);
    }
}
