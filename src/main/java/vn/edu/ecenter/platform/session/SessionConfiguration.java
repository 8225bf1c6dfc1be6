package vn.edu.ecenter.platform.session;

import jakarta.servlet.DispatcherType;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.config.annotation.SpringSessionTransactionManager;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * HTTP sessions stay in PostgreSQL (Spring Session JDBC, table {@code platform.spring_session}, set up by Spring
 * Boot), so any node can serve any request; this makes a signed-in page view cost one read of the session row instead
 * of three reads and a write (see {@link ThrottledSessionRepository} and docs/adr/0008-session-reads-and-writes.md).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SessionConfiguration {

    /**
     * Session rows are not centre-owned: their transactions need no tenant scope, and must not look for one — working
     * out the scope reads the signed-in user, which is what the session transaction is loading. Only the session
     * store gets this manager (it is not a default candidate for injection by type).
     */
    @Bean(defaultCandidate = false)
    @SpringSessionTransactionManager
    PlatformTransactionManager sessionTransactionManager(DataSource dataSource) {
        return new SessionTransactions(dataSource);
    }

    /**
     * Storing an attribute is an upsert: the first requests of a new session (several tabs, or a page's parallel htmx
     * requests) each create the CSRF token and store it; with the plain insert of Spring Session all but one failed with
     * a duplicate key and answered 500. The last writer wins, as with any other attribute change.
     */
    static final String UPSERT_ATTRIBUTE = """
            INSERT INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
            VALUES (?, ?, ?)
            ON CONFLICT (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) DO UPDATE SET ATTRIBUTE_BYTES = EXCLUDED.ATTRIBUTE_BYTES
            """;

    /**
     * Puts the throttling in front of the JDBC session repository that Spring Boot configures, so that Spring Session's
     * filter and whoever ends a user's sessions both go through it.
     */
    @Bean
    static BeanPostProcessor throttledSessionWrites(ObjectProvider<SessionProperties> properties) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof JdbcIndexedSessionRepository store) {
                    store.setCreateSessionAttributeQuery(UPSERT_ATTRIBUTE);
                    store.setConversionService(attributeConversion());
                    return new ThrottledSessionRepository(
                            store, properties.getObject().touchInterval());
                }
                return bean;
            }
        };
    }

    /** Java serialization, as Spring Session's default, with the values of recently read bytes remembered. */
    static ConversionService attributeConversion() {
        var conversion = new GenericConversionService();
        conversion.addConverter(Object.class, byte[].class, new SerializingConverter());
        conversion.addConverter(
                byte[].class,
                Object.class,
                new RecentAttributeValues(new DeserializingConverter(SessionConfiguration.class.getClassLoader())));
        return conversion;
    }

    @Bean
    FilterRegistrationBean<SessionReadOncePerRequest> sessionReadOncePerRequest() {
        var registration = new FilterRegistrationBean<>(new SessionReadOncePerRequest());
        // Just outside Spring Session's filter, which reads and saves the session.
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
        return registration;
    }
}
