package vn.edu.ecenter.assessment.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.edu.ecenter.platform.clock.BusinessClock;
import vn.edu.ecenter.platform.tenancy.Tenancy;

/**
 * The server submits attempts whose time is up (the learner closed the page, lost the connection or never pressed
 * "Nộp bài"), in every centre, a batch at a time; answers given before the deadline are all marked.
 */
@Component
class OverdueAttempts extends OverdueSweep<TestStore.Due> {

    private final TestStore store;
    private final AttemptMarking marking;

    OverdueAttempts(
            TestStore store,
            AttemptMarking marking,
            Tenancy tenancy,
            BusinessClock clock,
            @Value("${ecenter.assessment.answer-grace:10s}") Duration grace) {
        super(tenancy, clock, grace);
        this.store = store;
        this.marking = marking;
    }

    @Override
    List<TestStore.Due> due(Instant before, int limit) {
        return store.due(before, limit);
    }

    @Override
    void submitIfOpen(TestStore.Due paper, Instant now) {
        store.lockForSubmission(paper.attemptId())
                .filter(a -> a.submittedAt() == null)
                .ifPresent(a -> marking.finish(a, now, "TIME_UP"));
    }
}
