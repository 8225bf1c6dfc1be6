package vn.edu.ecenter.people.web;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.edu.ecenter.platform.web.NavigationEntry;

@Configuration(proxyBeanMethods = false)
class PeopleNavigation {

    private static final Set<String> STAFF =
            Set.of("SYSTEM_ADMIN", "DIRECTOR", "CLERK", "ACCOUNTANT", "LIBRARIAN", "TEACHER");

    @Bean
    NavigationEntry learnersLink() {
        return new NavigationEntry("nav.learners", "/learners", STAFF, 20);
    }

    @Bean
    NavigationEntry staffLink() {
        return new NavigationEntry("nav.staff", "/staff", STAFF, 25);
    }

    @Bean
    NavigationEntry myLearnersLink() {
        return new NavigationEntry("nav.myLearners", "/my/learners", Set.of("GUARDIAN", "LEARNER"), 20);
    }

    @Bean
    NavigationEntry dataRequestsLink() {
        return new NavigationEntry(
                "nav.dataRequests", "/admin/data-requests", Set.of("SYSTEM_ADMIN", "DIRECTOR", "CLERK"), 80);
    }

    @Bean
    NavigationEntry accessLogLink() {
        return new NavigationEntry("nav.accessLog", "/admin/access-log", Set.of("SYSTEM_ADMIN", "DIRECTOR"), 85);
    }
}
