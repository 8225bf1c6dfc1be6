package vn.edu.ecenter.assessment.web;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.edu.ecenter.platform.web.NavigationEntry;

/** The learners' link to their tests in the menu. */
@Configuration(proxyBeanMethods = false)
class MyTestsNavigation {

    @Bean
    NavigationEntry myTestsLink() {
        return new NavigationEntry("nav.myTests", "/my/tests", Set.of("LEARNER"), 45);
    }
}
