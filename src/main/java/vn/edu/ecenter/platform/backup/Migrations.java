package vn.edu.ecenter.platform.backup;

import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The application's Flyway settings ({@code spring.flyway.*}), read from the environment rather than from Spring Boot's
 * Flyway bean: a restore starts with Boot's own migration switched off, because it must find the database empty.
 */
@Component
class Migrations {

    private final List<String> locations;
    private final Map<String, String> placeholders;
    private final String table;
    private final @Nullable String defaultSchema;

    Migrations(Environment environment) {
        Binder binder = Binder.get(environment);
        this.locations = binder.bind("spring.flyway.locations", Bindable.listOf(String.class))
                .orElse(List.of("classpath:db/migration"));
        this.placeholders = binder.bind("spring.flyway.placeholders", Bindable.mapOf(String.class, String.class))
                .orElse(Map.of());
        this.table = environment.getProperty("spring.flyway.table", "flyway_schema_history");
        String schema = environment.getProperty("spring.flyway.default-schema");
        if (schema == null) {
            List<String> schemas = binder.bind("spring.flyway.schemas", Bindable.listOf(String.class))
                    .orElse(List.of());
            schema = schemas.isEmpty() ? null : schemas.getFirst();
        }
        this.defaultSchema = schema;
    }

    FluentConfiguration configure(DataSource dataSource) {
        FluentConfiguration configuration = Flyway.configure()
                .dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                .placeholders(placeholders)
                .table(table);
        if (defaultSchema != null) {
            configuration.defaultSchema(defaultSchema);
        }
        return configuration;
    }

    String table() {
        return table;
    }

    /** The schema that holds the history table, or {@code null} for the connection's current schema. */
    @Nullable
    String defaultSchema() {
        return defaultSchema;
    }
}
