package vn.edu.ecenter.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.env.PropertiesPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.edu.ecenter.support.TestDatabase;

/**
 * Every migration applies, in order, to an empty PostgreSQL database, with the locations and placeholders the
 * application uses; each module's folder creates the module's schema.
 */
@DisplayName("Di chuyển cơ sở dữ liệu từ đầu")
class MigrationTests {

    private static final String PLACEHOLDERS = "spring.flyway.placeholders.";

    @Test
    @DisplayName("Mọi bản di chuyển chạy được trên cơ sở dữ liệu trống")
    void appliesEveryMigrationToAnEmptyDatabase() throws IOException {
        StandardEnvironment settings = applicationSettings();
        String database = TestDatabase.createScratchDatabase();
        String[] locations =
                settings.getRequiredProperty("spring.flyway.locations").split(",");
        Flyway flyway = Flyway.configure()
                .dataSource(TestDatabase.jdbcUrl(database), EmbeddedDatabase.OWNER_ROLE, "")
                .locations(locations)
                .placeholders(placeholders(settings))
                .load();
        List<Resource> scripts = scripts(locations);

        var result = flyway.migrate();

        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).isEqualTo(scripts.size()).isPositive();
        MigrationInfo[] applied = flyway.info().all();
        assertThat(applied).allSatisfy(migration -> assertThat(migration.getState())
                .as("%s %s", migration.getVersion(), migration.getDescription())
                .isEqualTo(MigrationState.SUCCESS));
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
        assertThat(schemasOf(database)).containsAll(moduleFolders(scripts));
    }

    /** application.yml, with its ${…} placeholders resolved as Spring resolves them. */
    private static StandardEnvironment applicationSettings() {
        var yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        Properties properties = yaml.getObject();
        var environment = new StandardEnvironment();
        environment.getPropertySources().addLast(new PropertiesPropertySource("application.yml", properties));
        return environment;
    }

    private static Map<String, String> placeholders(StandardEnvironment settings) {
        var yaml = (PropertiesPropertySource) settings.getPropertySources().get("application.yml");
        Map<String, String> placeholders = Arrays.stream(yaml.getPropertyNames())
                .filter(name -> name.startsWith(PLACEHOLDERS))
                .collect(
                        Collectors.toMap(name -> name.substring(PLACEHOLDERS.length()), settings::getRequiredProperty));
        assertThat(placeholders).containsKey("appRole");
        return placeholders;
    }

    private static List<Resource> scripts(String[] locations) throws IOException {
        var resolver = new PathMatchingResourcePatternResolver();
        var scripts = new java.util.ArrayList<Resource>();
        for (String location : locations) {
            scripts.addAll(
                    List.of(resolver.getResources(location.replace("classpath:", "classpath*:") + "/**/V*.sql")));
        }
        return scripts;
    }

    /** db/migration/&lt;module&gt;/V….sql: the folder names the module, and so the schema. */
    private static Set<String> moduleFolders(List<Resource> scripts) throws IOException {
        var folders = new java.util.TreeSet<String>();
        for (Resource script : scripts) {
            String[] path = script.getURL().getPath().split("/");
            folders.add(path[path.length - 2]);
        }
        return folders;
    }

    private static List<String> schemasOf(String database) {
        return JdbcClient.create(TestDatabase.superuser(database))
                .sql("SELECT schema_name FROM information_schema.schemata")
                .query(String.class)
                .list();
    }
}
