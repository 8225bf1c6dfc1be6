package vn.edu.ecenter.assessment.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.scheduling.annotation.Scheduled;
import vn.edu.ecenter.platform.clock.BusinessClock;
import vn.edu.ecenter.platform.tenancy.Tenancy;

/**
 * A scheduled sweep that submits, in every centre, papers whose time is up (the deadline and the grace for answers in
 * flight have passed), a batch at a time: found in the system scope, each submitted in its own centre under its lock.
 *
 * @param <D> what the store lists as due: which paper, in which centre
 */
abstract class OverdueSweep<D extends OverdueSweep.Due> {

    /** A paper whose time is up, of some centre. */
    interface Due {
        UUID centreId();
    }

    static final int BATCH = 100;

    private final Tenancy tenancy;
    private final BusinessClock clock;
    private final Duration grace;

    OverdueSweep(Tenancy tenancy, BusinessClock clock, Duration grace) {
        this.tenancy = tenancy;
        this.clock = clock;
        this.grace = grace;
    }

    /** Papers of every centre still open whose deadline is before {@code before}, oldest first (system scope). */
    abstract List<D> due(Instant before, int limit);

    /** Locks the paper and submits it if it is still open (inside its centre). */
    abstract void submitIfOpen(D paper, Instant now);

    @Scheduled(
            fixedDelayString = "${ecenter.assessment.sweep-interval:15s}",
            initialDelayString = "${ecenter.assessment.sweep-interval:15s}")
    void sweep() {
        int found;
        do {
            found = submitDue();
        } while (found == BATCH);
    }

    /** Submits up to a batch of papers whose deadline (and grace) has passed; returns how many it found. */
    int submitDue() {
        Instant now = clock.instant();
        List<D> due = tenancy.asSystem(() -> due(now.minus(grace), BATCH));
        for (D paper : due) {
            tenancy.inCentre(paper.centreId(), () -> submitIfOpen(paper, clock.instant()));
        }
        return due.size();
    }
}
