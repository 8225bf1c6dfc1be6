package vn.edu.ecenter.platform.clock;

import java.time.Clock;
import java.time.Instant;

/** The business clock of a test that needs "now" somewhere else: stopped at a given instant. */
public final class MovedClock {

    private MovedClock() {}

    public static BusinessClock at(Instant now) {
        return new BusinessClock(Clock.fixed(now, BusinessClock.ZONE));
    }
}
