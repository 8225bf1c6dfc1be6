package vn.edu.ecenter.identity.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import vn.edu.ecenter.identity.Identity;
import vn.edu.ecenter.platform.security.SecurityErrors;

/**
 * Two filter chains: {@code /api/**} is stateless with bearer tokens and JSON errors; everything else uses the sign-in
 * form and a server-side session. Page-level rules are declared on the controllers ({@code @PreAuthorize}); here only
 * what is public is listed, and everything else needs a signed-in user.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /** Pages satisfy it: no inline script or style; htmx's own indicator styles are switched off in the layout. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    private static final String[] PUBLIC = {
        "/login",
        "/error",
        "/webjars/**",
        "/assets/**",
        "/favicon.ico",
        "/actuator/health/**",
        "/v3/api-docs/**",
        "/swagger-ui/**",
        "/swagger-ui.html"
    };

    @Bean
    PasswordEncoder passwordEncoder() {
        var encoder = (DelegatingPasswordEncoder) PasswordEncoderFactories.createDelegatingPasswordEncoder();
        // Accounts opened in bulk hold no usable password (UnusablePassword): comparing with one costs a bcrypt check
        // like a real password, so that the sign-in form's timing does not tell which accounts have none yet.
        encoder.setDefaultPasswordEncoderForMatches(new UnusablePassword());
        return encoder;
    }

    /**
     * No Spring Security observations (a timer around every filter, authentication and authorization decision, which
     * nobody reads). The property {@code management.observations.enable.spring.security=false} only turns each such
     * observation into a no-op: the filter chain was still wrapped in the observation decorator and every filter call
     * still went through it. With these settings the plain chain is used; {@code http.server.requests} stays.
     */
    @Bean
    static SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    AuthenticationManager authenticationManager(SignInProvider provider) {
        return new ProviderManager(provider);
    }

    @Bean
    @Order(1)
    @ConditionalOnWebApplication
    SecurityFilterChain api(HttpSecurity http, Identity identity, SecurityErrors errors) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.requestMatchers("/api/v1/auth/token")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .addFilterBefore(new BearerTokenFilter(identity, errors), UsernamePasswordAuthenticationFilter.class)
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(errors::apiUnauthenticated)
                        .accessDeniedHandler(errors::apiForbidden))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'")));
        return http.build();
    }

    @Bean
    @Order(2)
    @ConditionalOnWebApplication
    SecurityFilterChain web(HttpSecurity http, SecurityErrors errors) throws Exception {
        var loopback = new IpAddressMatcher("127.0.0.1");
        var loopback6 = new IpAddressMatcher("::1");
        http.authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC)
                        .permitAll()
                        // Prometheus scrapes from the same host (or through the operator's network), not from browsers.
                        .requestMatchers("/actuator/prometheus")
                        .access((auth, context) -> new org.springframework.security.authorization.AuthorizationDecision(
                                loopback.matches(context.getRequest()) || loopback6.matches(context.getRequest())))
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .defaultSuccessUrl("/", false)
                        .failureHandler(errors::signInFailed)
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout")
                        .logoutSuccessUrl("/login?logout")
                        .permitAll())
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .addFilterAfter(
                        new FirstSignInFilter(),
                        org.springframework.security.web.access.ExceptionTranslationFilter.class)
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(errors::webUnauthenticated)
                        .accessDeniedHandler(errors::webForbidden))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(
                                permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")));
        return http.build();
    }
}
