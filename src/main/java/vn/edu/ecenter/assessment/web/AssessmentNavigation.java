package vn.edu.ecenter.assessment.web;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.edu.ecenter.platform.web.NavigationEntry;

/** The question banks and the online tests in the menu, for the director and the teachers. */
@Configuration(proxyBeanMethods = false)
class AssessmentNavigation {

    @Bean
    NavigationEntry questionBanksLink() {
        return new NavigationEntry("nav.questionBanks", "/assessment/banks", Set.of("DIRECTOR", "TEACHER"), 45);
    }

    @Bean
    NavigationEntry onlineTestsLink() {
        return new NavigationEntry("nav.onlineTests", "/assessment/tests", Set.of("DIRECTOR", "TEACHER"), 46);
    }
}
