package vn.edu.ecenter.assessment.web;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.edu.ecenter.platform.web.NavigationEntry;

@Configuration(proxyBeanMethods = false)
class TestResultsNavigation {

    @Bean
    NavigationEntry myTestResultsLink() {
        return new NavigationEntry("nav.myTestResults", "/my/tests/results", Set.of("GUARDIAN", "LEARNER"), 23);
    }
}
