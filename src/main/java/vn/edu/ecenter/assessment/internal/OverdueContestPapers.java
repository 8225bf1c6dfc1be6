package vn.edu.ecenter.assessment.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.edu.ecenter.platform.clock.BusinessClock;
import vn.edu.ecenter.platform.tenancy.Tenancy;

/**
 * The server submits contest papers whose time is up (the participant closed the page, lost the connection or never
 * pressed "Nộp bài"), in every centre, a batch at a time, as {@link OverdueAttempts} does for tests: answers saved
 * before the deadline are marked, and the paper counts as submitted at its deadline. So a round's leaderboard and
 * certificates are final once its papers' time is over, without anyone opening a page.
 */
@Component
class OverdueContestPapers {

    private static final int BATCH = 100;

    private final ContestStore store;
    private final ContestMarking marking;
    private final Tenancy tenancy;
    private final BusinessClock clock;
    private final Duration grace;

    OverdueContestPapers(
            ContestStore store,
            ContestMarking marking,
            Tenancy tenancy,
            BusinessClock clock,
            @Value("${ecenter.assessment.answer-grace:10s}") Duration grace) {
        this.store = store;
        this.marking = marking;
        this.tenancy = tenancy;
        this.clock = clock;
        this.grace = grace;
    }

    @Scheduled(
            fixedDelayString = "${ecenter.assessment.sweep-interval:15s}",
            initialDelayString = "${ecenter.assessment.sweep-interval:15s}")
    void sweep() {
        int submitted;
        do {
            submitted = submitDue();
        } while (submitted == BATCH);
    }

    /** Submits up to a batch of papers whose deadline (and grace) has passed; returns how many it found. */
    int submitDue() {
        Instant now = clock.instant();
        List<ContestStore.Due> due = tenancy.asSystem(() -> store.due(now.minus(grace), BATCH));
        for (ContestStore.Due paper : due) {
            tenancy.inCentre(paper.centreId(), () -> store.lock(paper.entryId())
                    .filter(e -> e.paper() != null && e.submittedAt() == null)
                    .ifPresent(e -> marking.finishLate(e, clock.instant())));
        }
        return due.size();
    }
}
