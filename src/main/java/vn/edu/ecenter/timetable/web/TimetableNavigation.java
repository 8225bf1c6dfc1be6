package vn.edu.ecenter.timetable.web;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.edu.ecenter.platform.web.NavigationEntry;

/** The timetable's links in the menu: the timetables for everyone, the set-up for the director's office. */
@Configuration(proxyBeanMethods = false)
class TimetableNavigation {

    @Bean
    NavigationEntry timetablesLink() {
        return new NavigationEntry(
                "nav.timetable", "/timetable", Set.of("DIRECTOR", "CLERK", "TEACHER", "LEARNER", "GUARDIAN"), 40);
    }

    @Bean
    NavigationEntry timetableSetupLink() {
        return new NavigationEntry("nav.timetable.setup", "/timetable/setup", Set.of("DIRECTOR", "CLERK"), 42);
    }
}
