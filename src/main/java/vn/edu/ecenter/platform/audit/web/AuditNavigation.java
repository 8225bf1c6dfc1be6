package vn.edu.ecenter.platform.audit.web;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.edu.ecenter.platform.web.NavigationEntry;

@Configuration(proxyBeanMethods = false)
class AuditNavigation {

    @Bean
    NavigationEntry auditLink() {
        return new NavigationEntry("nav.audit", "/admin/audit", Set.of("DIRECTOR", "SYSTEM_ADMIN"), 90);
    }
}
