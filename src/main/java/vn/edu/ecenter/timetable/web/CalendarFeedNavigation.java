package vn.edu.ecenter.timetable.web;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.edu.ecenter.platform.web.NavigationEntry;

/** The menu link to the phone calendar page, for those who have feeds (and the office, which revokes them). */
@Configuration(proxyBeanMethods = false)
class CalendarFeedNavigation {

    @Bean
    NavigationEntry calendarFeedsLink() {
        return new NavigationEntry(
                "nav.timetable.feeds",
                "/timetable/feeds",
                Set.of("DIRECTOR", "CLERK", "TEACHER", "LEARNER", "GUARDIAN"),
                41);
    }
}
