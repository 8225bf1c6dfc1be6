package vn.edu.ecenter.platform.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
class WebConfiguration implements WebMvcConfigurer {

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

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }
}
