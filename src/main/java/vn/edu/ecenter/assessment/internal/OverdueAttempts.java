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
 * The server submits attempts whose time is up (the learner closed the page, lost the connection or never pressed
 * "Nộp bài"), in every centre, a batch at a time; answers given before the deadline are all marked.
 */
@Component
class OverdueAttempts {

    private static final int BATCH = 100;

    private final TestStore store;
    private final AttemptMarking marking;
    private final Tenancy tenancy;
    private final BusinessClock clock;
    private final Duration grace;

    OverdueAttempts(
            TestStore store,
            AttemptMarking marking,
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

    /** Submits up to a batch of attempts whose deadline (and grace) has passed; returns how many it found. */
    int submitDue() {
        Instant now = clock.instant();
        List<TestStore.Due> due = tenancy.asSystem(() -> store.due(now.minus(grace), BATCH));
        for (TestStore.Due attempt : due) {
            tenancy.inCentre(attempt.centreId(), () -> store.lockForSubmission(attempt.attemptId())
                    .filter(a -> a.submittedAt() == null)
                    .ifPresent(a -> marking.finish(a, clock.instant(), "TIME_UP")));
        }
        return due.size();
    }
}
