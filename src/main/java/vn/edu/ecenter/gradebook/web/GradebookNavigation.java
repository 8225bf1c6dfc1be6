package vn.edu.ecenter.gradebook.web;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.edu.ecenter.platform.web.NavigationEntry;

@Configuration(proxyBeanMethods = false)
class GradebookNavigation {

    @Bean
    NavigationEntry gradebookLink() {
        return new NavigationEntry("nav.gradebook", "/gradebook", Set.of("DIRECTOR", "TEACHER"), 40);
    }
}
