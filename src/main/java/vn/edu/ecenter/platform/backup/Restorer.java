package vn.edu.ecenter.platform.backup;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import vn.edu.ecenter.platform.backup.BackupManifest.Migration;
import vn.edu.ecenter.platform.backup.BackupManifest.SequenceValue;
import vn.edu.ecenter.platform.backup.BackupManifest.TableData;
import vn.edu.ecenter.platform.backup.Catalog.ForeignKey;
import vn.edu.ecenter.platform.backup.Catalog.Table;
import vn.edu.ecenter.platform.web.Rejected;

/**
 * Loads a verified backup into an empty database in one transaction: the same Flyway migrations up to the backup's
 * schema version, every table's rows with {@code COPY ... FROM STDIN} in foreign-key order, the sequences, then a check
 * that every table holds exactly the rows of the backup (count and SHA-256). Any failure rolls everything back.
 */
final class Restorer {

    private final Migrations migrations;

    Restorer(Migrations migrations) {
        this.migrations = migrations;
    }

    void restore(BackupFile file, Connection connection) throws SQLException, IOException {
        BackupManifest manifest = file.manifest();
        connection.setAutoCommit(false);
        try {
            refuseNonEmpty(connection);
            var dataSource = new SingleTransactionDataSource(connection);
            checkMigrations(dataSource, manifest);
            migrate(dataSource, manifest);
            Catalog.prepareSession(connection);
            Set<Table> tables = checkTables(connection, manifest);
            load(connection, file, manifest, tables);
            setSequences(connection, manifest.sequences());
            verify(connection, manifest);
            connection.commit();
        } catch (SQLException | IOException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException rollback) {
                e.addSuppressed(rollback);
            }
            throw e;
        }
    }

    private static void refuseNonEmpty(Connection connection) throws SQLException {
        List<String> found = Catalog.existingObjects(connection);
        if (!found.isEmpty()) {
            throw new Rejected("restore.target.notEmpty", String.join(", ", found));
        }
    }

    /** The backup's migrations must be this application's, unchanged, and not newer than what it knows. */
    private void checkMigrations(SingleTransactionDataSource dataSource, BackupManifest manifest) {
        Flyway flyway = migrations.configure(dataSource).load();
        Map<String, MigrationInfo> known = new HashMap<>();
        MigrationVersion newestKnown = MigrationVersion.EMPTY;
        for (MigrationInfo info : flyway.info().all()) {
            if (info.isVersioned()) {
                known.put(info.getVersion().getVersion(), info);
                if (info.getVersion().isNewerThan(newestKnown)) {
                    newestKnown = info.getVersion();
                }
            }
        }
        MigrationVersion wanted = MigrationVersion.fromVersion(manifest.schemaVersion());
        if (wanted.isNewerThan(newestKnown)) {
            throw new Rejected("restore.version.newer", manifest.schemaVersion(), newestKnown.getVersion());
        }
        for (Migration migration : manifest.migrations()) {
            MigrationInfo info =
                    known.get(MigrationVersion.fromVersion(migration.version()).getVersion());
            if (info == null) {
                throw new Rejected("restore.version.unknown", migration.version());
            }
            if (!Objects.equals(info.getChecksum(), migration.checksum())) {
                throw new Rejected("restore.migration.differs", migration.version(), migration.description());
            }
        }
    }

    private void migrate(SingleTransactionDataSource dataSource, BackupManifest manifest) {
        migrations.configure(dataSource).target(manifest.schemaVersion()).load().migrate();
        if (dataSource.rolledBack()) {
            throw new IllegalStateException("The migrations were rolled back; nothing was restored");
        }
    }

    /** After the migrations, the database must have exactly the backup's tables, with the same columns. */
    private Set<Table> checkTables(Connection connection, BackupManifest manifest) throws SQLException {
        Table history = BackupWriter.historyTable(connection, migrations);
        Set<Table> created = new LinkedHashSet<>(Catalog.tables(connection, history));
        Set<Table> tables = new LinkedHashSet<>();
        for (TableData data : manifest.tables()) {
            var table = new Table(data.schema(), data.name());
            if (!created.contains(table)) {
                throw new Rejected("restore.table.missing", data.qualifiedName());
            }
            if (!Catalog.columns(connection, table).equals(data.columns())) {
                throw new Rejected("restore.columns.differ", data.qualifiedName());
            }
            tables.add(table);
        }
        created.removeAll(tables);
        if (!created.isEmpty()) {
            throw new Rejected("restore.table.notInBackup", created.iterator().next());
        }
        return tables;
    }

    /**
     * Copies every table in foreign-key order. User triggers are switched off meanwhile (the rows are already what the
     * triggers made of them), and foreign keys that no order satisfies are dropped and added back, re-checking all rows.
     */
    private static void load(Connection connection, BackupFile file, BackupManifest manifest, Set<Table> tables)
            throws SQLException, IOException {
        Map<Table, TableData> data = new HashMap<>();
        manifest.tables().forEach(table -> data.put(new Table(table.schema(), table.name()), table));
        Catalog.LoadOrder order = Catalog.loadOrder(tables, Catalog.foreignKeys(connection));
        List<Catalog.Trigger> triggers = Catalog.enabledTriggers(connection, tables);
        try (Statement s = connection.createStatement()) {
            for (Catalog.Trigger trigger : triggers) {
                s.execute(alter(trigger.table()) + "DISABLE TRIGGER " + Catalog.quote(trigger.name()));
            }
            for (ForeignKey key : order.deferred()) {
                s.execute(alter(key.child()) + "DROP CONSTRAINT " + Catalog.quote(key.name()));
            }
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (Table table : order.tables()) {
                copyIn(copy, file, data.get(table));
            }
            for (ForeignKey key : order.deferred()) {
                s.execute(alter(key.child()) + "ADD CONSTRAINT " + Catalog.quote(key.name()) + " " + key.definition());
            }
            for (Catalog.Trigger trigger : triggers) {
                s.execute(alter(trigger.table()) + enable(trigger.enabled()) + Catalog.quote(trigger.name()));
            }
        }
    }

    private static void copyIn(CopyManager copy, BackupFile file, TableData rows) throws SQLException, IOException {
        String table = new Table(rows.schema(), rows.name()).qualified();
        try (InputStream in = file.data(rows)) {
            long loaded =
                    copy.copyIn("COPY " + table + " " + BackupWriter.columnList(rows.columns()) + " FROM STDIN", in);
            if (loaded != rows.rows()) {
                throw new Rejected("restore.verify.failed", rows.qualifiedName());
            }
        }
    }

    private static String alter(Table table) {
        return "ALTER TABLE " + table.qualified() + " ";
    }

    /** Puts a trigger back in the mode it had ('O' origin, 'A' always, 'R' replica). */
    private static String enable(char mode) {
        return switch (mode) {
            case 'A' -> "ENABLE ALWAYS TRIGGER ";
            case 'R' -> "ENABLE REPLICA TRIGGER ";
            default -> "ENABLE TRIGGER ";
        };
    }

    private static void setSequences(Connection connection, List<SequenceValue> sequences) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT setval(CAST(? AS regclass), ?, true)")) {
            for (SequenceValue sequence : sequences) {
                s.setString(1, new Table(sequence.schema(), sequence.name()).qualified());
                s.setLong(2, sequence.lastValue());
                s.execute();
            }
        }
    }

    /** Reads every table back as the backup wrote it and compares row counts and SHA-256. */
    private static void verify(Connection connection, BackupManifest manifest) throws SQLException, IOException {
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        for (TableData data : manifest.tables()) {
            var table = new Table(data.schema(), data.name());
            var check = TableStream.discarding();
            copy.copyOut(
                    "COPY " + table.qualified() + " " + BackupWriter.columnList(data.columns()) + " TO STDOUT", check);
            if (check.rows() != data.rows() || !check.sha256().equals(data.sha256())) {
                throw new Rejected("restore.verify.failed", data.qualifiedName());
            }
        }
    }
}
