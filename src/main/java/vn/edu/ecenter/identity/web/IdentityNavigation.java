package vn.edu.ecenter.identity.web;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.edu.ecenter.platform.web.NavigationEntry;

@Configuration(proxyBeanMethods = false)
class IdentityNavigation {

    @Bean
    NavigationEntry accountsLink() {
        return new NavigationEntry("nav.accounts", "/admin/accounts", Set.of("DIRECTOR", "SYSTEM_ADMIN"), 80);
    }
}
