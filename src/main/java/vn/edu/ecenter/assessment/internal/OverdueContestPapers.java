package vn.edu.ecenter.assessment.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
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
class OverdueContestPapers extends OverdueSweep<ContestStore.Due> {

    private final ContestStore store;
    private final ContestMarking marking;

    OverdueContestPapers(
            ContestStore store,
            ContestMarking marking,
            Tenancy tenancy,
            BusinessClock clock,
            @Value("${ecenter.assessment.answer-grace:10s}") Duration grace) {
        super(tenancy, clock, grace);
        this.store = store;
        this.marking = marking;
    }

    @Override
    List<ContestStore.Due> due(Instant before, int limit) {
        return store.due(before, limit);
    }

    @Override
    void submitIfOpen(ContestStore.Due paper, Instant now) {
        store.lock(paper.entryId())
                .filter(e -> e.paper() != null && e.submittedAt() == null)
                .ifPresent(e -> marking.finishLate(e, now));
    }
}
