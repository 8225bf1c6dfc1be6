package vn.edu.ecenter.platform.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.env.MockEnvironment;
import vn.edu.ecenter.platform.db.EmbeddedDatabase;
import vn.edu.ecenter.support.TestDatabase;

/**
 * Backup and restore of tables that are hard to copy right, made by test-only migrations: identity, serial and
 * generated columns, a self-reference, a foreign-key cycle, a row-changing trigger, odd types and values.
 */
class BackupRoundTripTests {

    static final Migrations LAB = new Migrations(
            new MockEnvironment().withProperty("spring.flyway.locations", "classpath:backup-test/migration"));

    @TempDir
    Path dir;

    @Test
    void restoresAwkwardTablesExactlyAndSequencesContinue() throws Exception {
        String source = TestDatabase.createScratchDatabase();
        migrate(source, null);
        fill(source);
        Path file = dir.resolve("lab.ecb");

        BackupManifest manifest = backup(source, file);
        String target = TestDatabase.createScratchDatabase();
        restore(file, target);

        assertThat(manifest.schemaVersion()).isEqualTo("2");
        assertThat(manifest.tables())
                .extracting(BackupManifest.TableData::qualifiedName)
                .containsExactly("lab.a_child", "lab.m_later", "lab.person", "lab.team", "lab.z_parent");
        Map<String, String> restored = Fingerprints.of(target);
        assertThat(restored).isEqualTo(Fingerprints.of(source));
        assertThat(restored.get("lab.z_parent")).startsWith("20000:");
        try (Connection c = owner(target);
                Statement s = c.createStatement()) {
            assertThat(single(s, "INSERT INTO lab.person (name) VALUES ('Lê Văn Mới') RETURNING id"))
                    .isEqualTo(4);
            assertThat(single(s, "INSERT INTO lab.team (name) VALUES ('Đội B') RETURNING id"))
                    .isEqualTo(2);
            assertThat(single(s, "SELECT nextval('lab.ticket_seq')")).isEqualTo(4);
            assertThat(single(s, "SELECT count(*) FROM pg_trigger WHERE tgname = 'person_stamp' AND tgenabled = 'O'"))
                    .isEqualTo(1);
            assertThat(single(
                            s,
                            "SELECT count(*) FROM pg_constraint WHERE conrelid = 'lab.person'::regclass "
                                    + "AND contype = 'f'"))
                    .isEqualTo(2);
        }
    }

    @Test
    void restoresToTheSchemaVersionOfTheBackupNotTheNewest() throws Exception {
        String source = TestDatabase.createScratchDatabase();
        migrate(source, "1");
        Path file = dir.resolve("v1.ecb");

        BackupManifest manifest = backup(source, file);
        String target = TestDatabase.createScratchDatabase();
        restore(file, target);

        assertThat(manifest.schemaVersion()).isEqualTo("1");
        assertThat(Fingerprints.of(target)).isEqualTo(Fingerprints.of(source));
        assertThat(Fingerprints.objectsIn(target)).doesNotContain("lab.m_later:r");
    }

    static BackupManifest backup(String database, Path file) throws Exception {
        try (Connection c = owner(database)) {
            return new BackupWriter(LAB).write(c, file, Instant.now());
        }
    }

    static void restore(Path file, String database) throws Exception {
        try (BackupFile backup = BackupFile.open(file);
                Connection c = owner(database)) {
            backup.verify();
            new Restorer(LAB).restore(backup, c);
        }
    }

    static void migrate(String database, String target) {
        var configuration = LAB.configure(
                new DriverManagerDataSource(TestDatabase.jdbcUrl(database), EmbeddedDatabase.OWNER_ROLE, ""));
        if (target != null) {
            configuration.target(target);
        }
        configuration.load().migrate();
    }

    private static void fill(String database) throws SQLException {
        try (Connection c = owner(database);
                Statement s = c.createStatement()) {
            s.execute("""
                    INSERT INTO lab.person (name, photo, profile, score, born, seen_at, pause, ratio, tags, note) VALUES
                      ('Nguyễn Thị Ánh Tuyết', '\\x00ff0a5c0d09'::bytea, '{"lớp": "10A1", "điểm": [8.5, 9]}', 8.5,
                       '2009-02-28', '2026-11-28 07:30:00.123456+07', '1 day 02:03:04.5', 0.1,
                       ARRAY['a,b', 'c"d', NULL, 'đ', ''], E'tab\\there\\nnew line \\\\ backslash \\r end'),
                      ('Trần Văn Minh', NULL, 'null', NULL, NULL, NULL, NULL, 'NaN', '{}', ''),
                      ('\\N', '', '[]', -0.5, '0001-01-01', 'infinity', '-3 months', 1e-300, NULL, NULL)
                    """);
            s.execute("UPDATE lab.person SET mentor_id = 3 WHERE id = 1");
            s.execute("UPDATE lab.person SET mentor_id = 1 WHERE id = 3");
            s.execute("INSERT INTO lab.team (name, captain_id) VALUES ('Đội A', 1)");
            s.execute("UPDATE lab.person SET team_id = 1 WHERE id IN (1, 2)");
            s.execute("SELECT nextval('lab.ticket_seq'), nextval('lab.ticket_seq'), nextval('lab.ticket_seq')");
            s.execute("INSERT INTO lab.z_parent SELECT g, CASE WHEN g % 7 = 0 THEN NULL ELSE 'nhãn ' || g END "
                    + "FROM generate_series(1, 20000) g");
            s.execute("INSERT INTO lab.a_child VALUES (10, 1), (11, 20000)");
            s.execute("INSERT INTO lab.m_later VALUES (100, 10), (101, NULL)");
        }
    }

    static Connection owner(String database) throws SQLException {
        return new DatabaseLogin(TestDatabase.jdbcUrl(database), EmbeddedDatabase.OWNER_ROLE, "").open("test");
    }

    private static long single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
