package vn.edu.ecenter.imports.web;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.edu.ecenter.platform.web.NavigationEntry;

@Configuration(proxyBeanMethods = false)
class ImportNavigation {

    @Bean
    NavigationEntry importLink() {
        return new NavigationEntry("nav.imports", "/imports", Set.of("DIRECTOR", "CLERK"), 60);
    }
}
