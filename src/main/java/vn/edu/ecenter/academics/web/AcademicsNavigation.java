package vn.edu.ecenter.academics.web;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.edu.ecenter.platform.web.NavigationEntry;

@Configuration(proxyBeanMethods = false)
class AcademicsNavigation {

    @Bean
    NavigationEntry classesLink() {
        return new NavigationEntry(
                "nav.academics.classes", "/academics/classes", Set.of("DIRECTOR", "CLERK", "TEACHER"), 30);
    }

    @Bean
    NavigationEntry assignmentsLink() {
        return new NavigationEntry(
                "nav.academics.assignments", "/academics/assignments", Set.of("DIRECTOR", "CLERK"), 32);
    }

    @Bean
    NavigationEntry workloadLink() {
        return new NavigationEntry("nav.academics.workload", "/academics/workload", Set.of("DIRECTOR", "CLERK"), 34);
    }

    @Bean
    NavigationEntry calendarLink() {
        return new NavigationEntry(
                "nav.academics.calendar", "/academics/calendar", Set.of("DIRECTOR", "CLERK", "TEACHER"), 36);
    }
}
