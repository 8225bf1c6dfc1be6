package vn.edu.ecenter.platform.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import vn.edu.ecenter.platform.clock.BusinessClock;

/**
 * Logical backup and restore of the whole eCenter database, without {@code pg_dump} (see ADR 0007): a backup is one zip
 * file with a manifest (schema version, tables, row counts, SHA-256 of each table's data) and every table's rows as
 * PostgreSQL COPY text; a restore recreates the schema with the application's own migrations and loads the rows into an
 * empty database, all or nothing.
 *
 * <p>Both connect as the role that owns the tables ({@code ecenter.db.owner-username}), so row-level security does not
 * hide any centre's rows. Callers check that the current user is a system administrator; the command line has no user.
 */
@Component
public class Backups {

    private static final Logger log = LoggerFactory.getLogger(Backups.class);

    private final Migrations migrations;
    private final Environment environment;
    private final BusinessClock clock;

    Backups(Migrations migrations, Environment environment, BusinessClock clock) {
        this.migrations = migrations;
        this.environment = environment;
        this.clock = clock;
    }

    /** The application's own database, reached as the owner role. */
    public DatabaseLogin applicationDatabase() {
        String url = first("spring.flyway.url", "spring.datasource.url");
        String username = first("ecenter.db.owner-username", "spring.flyway.user", "spring.datasource.username");
        String password = environment.getProperty(
                "ecenter.db.owner-password", environment.getProperty("spring.flyway.password", ""));
        return new DatabaseLogin(url, username, password);
    }

    /** Backs up the application's database into a new file; refuses to overwrite one. */
    public BackupManifest backup(Path file) {
        return backup(applicationDatabase(), file);
    }

    public BackupManifest backup(DatabaseLogin source, Path file) {
        try (Connection connection = source.open("backup")) {
            return logged(
                    "Backed up", "to", new BackupWriter(migrations).write(connection, file, clock.instant()), file);
        } catch (SQLException e) {
            throw new IllegalStateException("Backup of " + source + " failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the backup file " + file, e);
        }
    }

    /** Reads a backup file and checks every table's data against its manifest, without touching any database. */
    public BackupManifest inspect(Path file) {
        try (BackupFile backup = BackupFile.open(file)) {
            backup.verify();
            return backup.manifest();
        }
    }

    /** Restores a backup into the application's database, which must be empty. */
    public BackupManifest restore(Path file) {
        return restore(file, applicationDatabase());
    }

    public BackupManifest restore(Path file, DatabaseLogin target) {
        try (BackupFile backup = BackupFile.open(file)) {
            backup.verify();
            try (Connection connection = target.open("restore")) {
                new Restorer(migrations).restore(backup, connection);
            }
            return logged("Restored", "from", backup.manifest(), file);
        } catch (SQLException e) {
            throw new IllegalStateException("Restore into " + target + " failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the backup file " + file, e);
        }
    }

    private static BackupManifest logged(String done, String preposition, BackupManifest manifest, Path file) {
        log.info(
                "{} {} tables ({} rows, schema {}) {} {}",
                done,
                manifest.tables().size(),
                manifest.totalRows(),
                manifest.schemaVersion(),
                preposition,
                file);
        return manifest;
    }

    private String first(String... keys) {
        for (String key : keys) {
            String value = environment.getProperty(key);
            if (StringUtils.hasText(value)) {
                return value;
            }
        }
        throw new IllegalStateException("None of " + String.join(", ", keys) + " is set");
    }
}
