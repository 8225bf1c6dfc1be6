package vn.edu.ecenter.centres.web;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.edu.ecenter.platform.web.NavigationEntry;

@Configuration(proxyBeanMethods = false)
class CentresNavigation {

    @Bean
    NavigationEntry centresLink() {
        return new NavigationEntry("nav.centres", "/admin/centres", Set.of("SYSTEM_ADMIN"), 70);
    }
}
