package vn.edu.ecenter.platform.db;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Without {@code spring.datasource.url}, starts the embedded PostgreSQL and points the application at it: the
 * application as {@code ecenter_app}, Flyway as the owner role. Demo data are then loaded unless switched off.
 */
public class EmbeddedDatabaseEnvironment implements EnvironmentPostProcessor, Ordered {

    static final String SOURCE_NAME = "ecenterEmbeddedDatabase";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getPropertySources().contains(SOURCE_NAME)) {
            return;
        }
        if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
            useExternalServer(environment);
            return;
        }
        Path dataDir = Path.of(environment.getProperty("ecenter.data-dir", "./data"));
        boolean durable = environment.getProperty("ecenter.db.durable", Boolean.class, true);
        EmbeddedDatabase database = EmbeddedDatabase.startIn(dataDir, durable);
        // Runs after every application context has closed, so the server outlives the connection pool.
        SpringApplication.getShutdownHandlers().add(database::stop);
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", database.jdbcUrl());
        properties.put("spring.datasource.username", EmbeddedDatabase.APP_ROLE);
        properties.put("spring.datasource.password", "");
        properties.put("spring.flyway.url", database.jdbcUrl());
        properties.put("spring.flyway.user", EmbeddedDatabase.OWNER_ROLE);
        properties.put("spring.flyway.password", "");
        properties.put("ecenter.db.embedded", "true");
        properties.put("ecenter.db.owner-username", EmbeddedDatabase.OWNER_ROLE);
        properties.put("ecenter.db.owner-password", "");
        if (environment.getProperty("ecenter.demo") == null) {
            properties.put("ecenter.demo", "true");
        }
        environment.getPropertySources().addLast(new MapPropertySource(SOURCE_NAME, properties));
    }

    /**
     * The configured account owns the schema and runs the migrations. The application connects either as the separate
     * login {@code ecenter.db.app-username}, or with the owner's login switched to the non-owner role by {@code SET
     * ROLE}, so that row-level security applies in both cases.
     */
    private void useExternalServer(ConfigurableEnvironment environment) {
        Map<String, Object> properties = new HashMap<>();
        String url = environment.getRequiredProperty("spring.datasource.url");
        String owner = environment.getProperty("spring.datasource.username", "");
        String ownerPassword = environment.getProperty("spring.datasource.password", "");
        String appRole = environment.getProperty("ecenter.db.app-role", EmbeddedDatabase.APP_ROLE);
        properties.put("spring.flyway.url", url);
        properties.put("spring.flyway.user", owner);
        properties.put("spring.flyway.password", ownerPassword);
        properties.put("ecenter.db.owner-username", owner);
        properties.put("ecenter.db.owner-password", ownerPassword);
        String appUser = environment.getProperty("ecenter.db.app-username");
        if (StringUtils.hasText(appUser)) {
            properties.put("spring.datasource.username", appUser);
            properties.put("spring.datasource.password", environment.getProperty("ecenter.db.app-password", ""));
        } else {
            properties.put("spring.datasource.hikari.connection-init-sql", "SET ROLE " + appRole);
        }
        environment.getPropertySources().addFirst(new MapPropertySource(SOURCE_NAME, properties));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
