package vn.edu.ecenter.platform.web;

import jakarta.servlet.DispatcherType;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
class WebConfiguration implements WebMvcConfigurer {

    private final List<LayoutContribution> layout;

    WebConfiguration(List<LayoutContribution> layout) {
        this.layout = layout;
    }

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    static final List<Locale> SUPPORTED = List.of(VIETNAMESE, Locale.ENGLISH);

    /** Vietnamese first; {@code ?lang=en} switches to English and a cookie remembers the choice. */
    @Bean
    LocaleResolver localeResolver() {
        var resolver = new CookieLocaleResolver("ecenter-lang") {
            @Override
            public Locale resolveLocale(jakarta.servlet.http.HttpServletRequest request) {
                Locale resolved = super.resolveLocale(request);
                return Locale.ENGLISH.getLanguage().equals(resolved.getLanguage()) ? Locale.ENGLISH : VIETNAMESE;
            }
        };
        resolver.setDefaultLocale(VIETNAMESE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Lax");
        return resolver;
    }

    /**
     * Content-hashed links to static files only. Declared as Spring's filter type, so that Spring Boot's own
     * registration (which rewrites every link) backs off.
     */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> staticLinkEncodingFilter() {
        var registration = new FilterRegistrationBean<ResourceUrlEncodingFilter>(new StaticLinkEncodingFilter());
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
        layout.forEach(registry::addInterceptor);
    }
}
