package vn.edu.ecenter.assessment.web;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.edu.ecenter.platform.web.NavigationEntry;

/** The link to contests (sân chơi trí tuệ) in the menu. */
@Configuration(proxyBeanMethods = false)
class ContestsNavigation {

    @Bean
    NavigationEntry contestsLink() {
        return new NavigationEntry("nav.contests", "/contests", Set.of("DIRECTOR", "TEACHER", "LEARNER"), 46);
    }
}
