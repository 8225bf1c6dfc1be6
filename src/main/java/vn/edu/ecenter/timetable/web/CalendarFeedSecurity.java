package vn.edu.ecenter.timetable.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Calendar feeds ({@code /ical/**}) are read by phones' calendars, which cannot sign in: the secret in the address is
 * the key. Their own filter chain, before the application's, lets every request through to the endpoint (which
 * answers 404 to a bad secret), keeps no session and reads none, and answers only GET (nothing else is mapped there).
 */
@Configuration(proxyBeanMethods = false)
class CalendarFeedSecurity {

    @Bean
    @Order(0)
    @ConditionalOnWebApplication
    SecurityFilterChain calendarFeeds(HttpSecurity http) throws Exception {
        http.securityMatcher("/ical/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.requireExplicitSave(true))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'")));
        return http.build();
    }
}
