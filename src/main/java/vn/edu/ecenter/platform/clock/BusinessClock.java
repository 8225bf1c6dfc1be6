package vn.edu.ecenter.platform.clock;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/**
 * The centre's "today" and "now", in Asia/Ho_Chi_Minh. Everything that depends on the date (term ends, deadlines,
 * overdue loans) asks this clock, never {@code LocalDate.now()}, so that tests and rehearsals can move it.
 */
@Component
public class BusinessClock {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Clock clock;

    BusinessClock(Clock clock) {
        this.clock = clock.withZone(ZONE);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    public Instant instant() {
        return clock.instant();
    }
}
