package vn.edu.ecenter.gradebook.web;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.edu.ecenter.platform.web.NavigationEntry;

@Configuration(proxyBeanMethods = false)
class ResultsNavigation {

    @Bean
    NavigationEntry myResultsLink() {
        return new NavigationEntry("nav.myResults", "/my/results", Set.of("GUARDIAN", "LEARNER"), 21);
    }

    @Bean
    NavigationEntry resultsOverviewLink() {
        return new NavigationEntry("nav.resultsOverview", "/gradebook/overview", Set.of("DIRECTOR"), 41);
    }
}
