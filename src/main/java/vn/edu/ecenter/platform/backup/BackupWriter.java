package vn.edu.ecenter.platform.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.flywaydb.core.api.MigrationVersion;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import vn.edu.ecenter.platform.backup.BackupManifest.Migration;
import vn.edu.ecenter.platform.backup.BackupManifest.SequenceValue;
import vn.edu.ecenter.platform.backup.BackupManifest.TableData;
import vn.edu.ecenter.platform.backup.Catalog.Table;
import vn.edu.ecenter.platform.web.Rejected;

/**
 * Writes a backup: one read-only REPEATABLE READ transaction (a single consistent snapshot of every table, taken while
 * the application keeps running), each table's rows streamed with {@code COPY ... TO STDOUT} into a zip entry, the
 * manifest last. The file appears under its name only when complete.
 */
final class BackupWriter {

    private final Migrations migrations;

    BackupWriter(Migrations migrations) {
        this.migrations = migrations;
    }

    BackupManifest write(Connection connection, Path file, Instant now) throws SQLException, IOException {
        if (Files.exists(file)) {
            throw new Rejected("backup.file.exists", file);
        }
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        connection.setReadOnly(true);
        try (OutputStream out = Files.newOutputStream(partial);
                var zip = new ZipOutputStream(out)) {
            Catalog.prepareSession(connection);
            Table history = historyTable(connection, migrations);
            List<Migration> applied = appliedMigrations(connection, history);
            List<TableData> tables = new ArrayList<>();
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (Table table : Catalog.tables(connection, history)) {
                tables.add(writeTable(connection, copy, table, tables.size() + 1, zip));
            }
            var manifest = new BackupManifest(
                    BackupManifest.FORMAT,
                    BackupManifest.FORMAT_VERSION,
                    newest(applied),
                    now.toString(),
                    serverVersion(connection.getMetaData()),
                    BackupManifest.COPY_FORMAT,
                    applied,
                    List.copyOf(tables),
                    sequences(connection));
            zip.putNextEntry(new ZipEntry(BackupFile.MANIFEST));
            zip.write(BackupFile.JSON.writeValueAsBytes(manifest));
            zip.closeEntry();
            zip.finish();
            connection.commit();
            out.close();
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            return manifest;
        } catch (SQLException | IOException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException rollback) {
                e.addSuppressed(rollback);
            }
            Files.deleteIfExists(partial);
            throw e;
        }
    }

    private static TableData writeTable(
            Connection connection, CopyManager copy, Table table, int index, ZipOutputStream zip)
            throws SQLException, IOException {
        List<String> columns = Catalog.columns(connection, table);
        String entry = "data/%04d-%s.%s.tsv".formatted(index, safe(table.schema()), safe(table.name()));
        zip.putNextEntry(new ZipEntry(entry));
        var stream = new TableStream(zip);
        copy.copyOut("COPY " + table.qualified() + " " + columnList(columns) + " TO STDOUT", stream);
        stream.close();
        zip.closeEntry();
        return new TableData(table.schema(), table.name(), columns, stream.rows(), stream.sha256(), entry);
    }

    static String columnList(List<String> columns) {
        return "(" + String.join(", ", columns.stream().map(Catalog::quote).toList()) + ")";
    }

    /** The schema-qualified history table, where Flyway puts it for this configuration. */
    static Table historyTable(Connection connection, Migrations migrations) throws SQLException {
        String schema = migrations.defaultSchema();
        if (schema == null) {
            try (var s = connection.createStatement();
                    ResultSet rs = s.executeQuery("SELECT current_schema()")) {
                rs.next();
                schema = rs.getString(1);
            }
        }
        return new Table(schema, migrations.table());
    }

    private static List<Migration> appliedMigrations(Connection connection, Table history) throws SQLException {
        try (PreparedStatement exists = connection.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            exists.setString(1, history.qualified());
            try (ResultSet rs = exists.executeQuery()) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    throw new Rejected("backup.source.notMigrated", history);
                }
            }
        }
        List<Migration> applied = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement("SELECT version, description, checksum, success FROM "
                        + history.qualified() + " WHERE version IS NOT NULL ORDER BY installed_rank");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                if (!rs.getBoolean(4)) {
                    throw new Rejected("backup.source.failedMigration", rs.getString(1));
                }
                int value = rs.getInt(3);
                Integer checksum = rs.wasNull() ? null : value;
                applied.add(new Migration(rs.getString(1), rs.getString(2), checksum));
            }
        }
        if (applied.isEmpty()) {
            throw new Rejected("backup.source.notMigrated", history);
        }
        return List.copyOf(applied);
    }

    private static String newest(List<Migration> applied) {
        return applied.stream()
                .map(migration -> MigrationVersion.fromVersion(migration.version()))
                .max(MigrationVersion::compareTo)
                .orElseThrow()
                .getVersion();
    }

    private static List<SequenceValue> sequences(Connection connection) throws SQLException {
        List<SequenceValue> values = new ArrayList<>();
        for (Map.Entry<Table, @Nullable Long> sequence :
                Catalog.sequences(connection).entrySet()) {
            Long value = sequence.getValue();
            if (value != null) {
                values.add(new SequenceValue(
                        sequence.getKey().schema(), sequence.getKey().name(), value));
            }
        }
        return List.copyOf(values);
    }

    private static String serverVersion(DatabaseMetaData metaData) throws SQLException {
        return metaData.getDatabaseProductName() + " " + metaData.getDatabaseProductVersion();
    }

    private static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9_]", "_");
    }
}
