package vn.edu.ecenter.platform.clock;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    /**
     * The system clock, or — with {@code ecenter.clock.start-date} (for rehearsals such as a term end) — a clock that
     * starts at that date and then runs at normal speed.
     */
    @Bean
    Clock clock(@Value("${ecenter.clock.start-date:#{null}}") @Nullable LocalDate startDate) {
        Clock system = Clock.systemUTC();
        if (startDate == null) {
            return system;
        }
        var start = ZonedDateTime.of(startDate, LocalTime.of(7, 0), BusinessClock.ZONE)
                .toInstant();
        return Clock.offset(system, java.time.Duration.between(system.instant(), start));
    }
}
