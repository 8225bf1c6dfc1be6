package vn.edu.ecenter.platform.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import vn.edu.ecenter.EcenterApplication;
import vn.edu.ecenter.platform.commands.Commands;
import vn.edu.ecenter.platform.db.EmbeddedDatabase;
import vn.edu.ecenter.platform.web.Rejected;
import vn.edu.ecenter.support.EcenterTest;
import vn.edu.ecenter.support.TestDatabase;

/** Backup of the application's own database (demo centre plus extra rows) and restore into empty databases. */
@EcenterTest
class BackupsTests {

    @Autowired
    Backups backups;

    @Autowired
    BackupCommand backupCommand;

    @Autowired
    RestoreCommand restoreCommand;

    @Autowired
    CommandSupport commandSupport;

    @Autowired
    org.springframework.core.env.Environment environment;

    @TempDir
    Path dir;

    @Test
    void restoresEveryTableOfTheApplicationIntoAnEmptyDatabase() throws Exception {
        String centre = addCentreWithRows();
        Map<String, String> before = Fingerprints.of(EmbeddedDatabase.DATABASE);
        Path file = dir.resolve("ecenter.ecb");

        BackupManifest manifest = backups.backup(file);
        Map<String, String> after = Fingerprints.of(EmbeddedDatabase.DATABASE);
        String target = TestDatabase.createScratchDatabase();
        backups.restore(file, login(target));

        Map<String, String> restored = Fingerprints.of(target);
        assertThat(restored.keySet()).isEqualTo(before.keySet());
        // Rows that the running application changed while the backup ran cannot be compared; none of ours are among
        // them.
        Map<String, String> stable = new HashMap<>(before);
        stable.entrySet().removeIf(entry -> !entry.getValue().equals(after.get(entry.getKey())));
        assertThat(stable)
                .containsKeys(
                        "centres.centre",
                        "centres.school_year",
                        "centres.semester",
                        "identity.account",
                        "identity.api_token",
                        "identity.login_throttle",
                        "platform.audit_entry",
                        "platform.audit_chain",
                        "platform.mail_outbox",
                        "(migrations)");
        assertThat(restored).containsAllEntriesOf(stable);
        assertThat(manifest.tables())
                .extracting(BackupManifest.TableData::qualifiedName)
                .contains("centres.centre", "identity.account", "platform.audit_entry")
                .doesNotContain("public.flyway_schema_history");
        assertThat(manifest.schemaVersion()).isEqualTo(newestMigration());
        assertThat(count(target, "SELECT count(*) FROM identity.account WHERE full_name LIKE 'Đỗ Thị Hằng%'"))
                .isEqualTo(1);
        assertThat(count(target, "SELECT count(*) FROM centres.centre WHERE code = '" + centre + "'"))
                .isEqualTo(1);
    }

    @Test
    void refusesADatabaseThatIsNotEmptyAndLeavesItUnchanged() throws Exception {
        Path file = dir.resolve("ecenter.ecb");
        backups.backup(file);
        String target = TestDatabase.createScratchDatabase();
        execute(target, "CREATE TABLE public.ghi_chu (id int PRIMARY KEY, noi_dung text)");
        execute(target, "INSERT INTO public.ghi_chu VALUES (1, 'Dữ liệu cũ')");
        List<String> objects = Fingerprints.objectsIn(target);

        Rejected refusal = catchThrowableOfType(Rejected.class, () -> backups.restore(file, login(target)));

        assertThat(refusal.messageKey()).isEqualTo("restore.target.notEmpty");
        assertThat(refusal.arguments()[0].toString()).contains("public.ghi_chu");
        assertThat(Fingerprints.objectsIn(target)).isEqualTo(objects);
        assertThat(count(target, "SELECT count(*) FROM public.ghi_chu")).isEqualTo(1);
    }

    @Test
    void refusesToRestoreOverTheRunningApplication() throws Exception {
        Path file = dir.resolve("ecenter.ecb");
        backups.backup(file);
        Map<String, String> before = Fingerprints.of(EmbeddedDatabase.DATABASE);

        Rejected refusal = catchThrowableOfType(Rejected.class, () -> backups.restore(file));

        assertThat(refusal.messageKey()).isEqualTo("restore.target.notEmpty");
        assertThat(Fingerprints.of(EmbeddedDatabase.DATABASE))
                .containsEntry("(migrations)", before.get("(migrations)"));
    }

    @Test
    void refusesACorruptedFileWithoutWritingAnything() throws Exception {
        Path file = dir.resolve("ecenter.ecb");
        BackupManifest manifest = backups.backup(file);
        String accounts = manifest.tables().stream()
                .filter(table -> table.qualifiedName().equals("identity.account"))
                .findFirst()
                .orElseThrow()
                .entry();
        Path corrupted = rewrite(file, accounts, text -> text.replaceFirst("giamdoc", "giamdoX"));
        String target = TestDatabase.createScratchDatabase();

        Rejected refusal = catchThrowableOfType(Rejected.class, () -> backups.restore(corrupted, login(target)));

        assertThat(refusal.messageKey()).isEqualTo("backup.file.corrupt");
        assertThat(refusal.arguments()).containsExactly("identity.account");
        assertThat(Fingerprints.objectsIn(target)).isEmpty();
    }

    @Test
    void refusesATruncatedFile() throws Exception {
        Path file = dir.resolve("ecenter.ecb");
        backups.backup(file);
        Path truncated = dir.resolve("truncated.ecb");
        byte[] bytes = Files.readAllBytes(file);
        Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 2));

        Rejected refusal = catchThrowableOfType(Rejected.class, () -> backups.inspect(truncated));

        assertThat(refusal.messageKey()).isIn("backup.file.unreadable", "backup.file.corrupt");
    }

    @Test
    void refusesABackupFromANewerSchemaVersion() throws Exception {
        Path file = dir.resolve("ecenter.ecb");
        BackupManifest manifest = backups.backup(file);
        Path newer = rewrite(
                file,
                BackupFile.MANIFEST,
                json -> json.replace(
                        "\"schemaVersion\" : \"" + manifest.schemaVersion() + "\"", "\"schemaVersion\" : \"9999.1\""));
        String target = TestDatabase.createScratchDatabase();

        Rejected refusal = catchThrowableOfType(Rejected.class, () -> backups.restore(newer, login(target)));

        assertThat(refusal.messageKey()).isEqualTo("restore.version.newer");
        assertThat(refusal.arguments()).contains("9999.1");
        assertThat(Fingerprints.objectsIn(target)).isEmpty();
    }

    @Test
    void commandsReportInVietnameseAndReturnExitCodes() throws Exception {
        var out = capture();
        Path file = dir.resolve("lenh.ecb");

        assertThat(backupCommand.run(List.of("backup"))).isEqualTo(2);
        assertThat(backupCommand.run(List.of("backup", "--file=" + file))).isZero();
        assertThat(Files.exists(file)).isTrue();
        assertThat(backupCommand.run(List.of("backup", "--file", file.toString())))
                .isEqualTo(1);
        assertThat(restoreCommand.run(List.of("restore", "--file=" + file))).isEqualTo(1);

        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("Cách dùng: java -jar ecenter.jar backup --file=")
                .contains("Đã sao lưu")
                .contains("đã tồn tại")
                .contains("Cơ sở dữ liệu đích không trống");
    }

    /**
     * The restore command as the command line runs it ({@code java -jar ecenter.jar restore --file=…}): command mode,
     * no web server, against an empty server given by the datasource settings.
     */
    @Test
    void restoreCommandStartsAgainstAnEmptyServerAndRestores() throws Exception {
        Path file = dir.resolve("ecenter.ecb");
        backups.backup(file);
        String target = TestDatabase.createScratchDatabase();

        int exit = Commands.run(EcenterApplication.class, new String[] {
            "restore",
            "--file=" + file,
            "--spring.datasource.url=" + TestDatabase.jdbcUrl(target),
            "--spring.datasource.username=" + EmbeddedDatabase.OWNER_ROLE,
            "--spring.datasource.password=",
            "--ecenter.db.app-username=" + EmbeddedDatabase.APP_ROLE,
            // With an external server the personal-data key must be given; the test profile's key
            "--ecenter.people.encryption-key=" + environment.getRequiredProperty("ecenter.people.encryption-key")
        });

        assertThat(exit).isZero();
        assertThat(count(target, "SELECT count(*) FROM identity.account WHERE username = 'giamdoc'"))
                .isEqualTo(1);
    }

    private PrintStream originalOut;

    private ByteArrayOutputStream capture() {
        var buffer = new ByteArrayOutputStream();
        var stream = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        commandSupport.out = stream;
        commandSupport.err = stream;
        return buffer;
    }

    @org.junit.jupiter.api.AfterEach
    void restoreStreams() {
        commandSupport.out = System.out;
        commandSupport.err = System.err;
    }

    private static String addCentreWithRows() throws SQLException {
        UUID centre = UUID.randomUUID();
        UUID account = UUID.randomUUID();
        UUID year = UUID.randomUUID();
        String code = "BK" + centre.toString().substring(0, 6).toUpperCase();
        execute(EmbeddedDatabase.DATABASE, """
                INSERT INTO centres.centre (id, code, name, address) VALUES ('%1$s', '%2$s', 'Trung tâm GDTX Quận 5 – thử sao lưu', E'12 Trần Hưng Đạo\\tP. 7\\nTP. HCM');
                INSERT INTO centres.school_year (centre_id, id, name, starts_on, ends_on) VALUES ('%1$s', '%3$s', '2040-2041', '2040-09-05', '2041-05-31');
                INSERT INTO centres.semester (centre_id, id, school_year_id, number, starts_on, ends_on, teaching_weeks)
                  VALUES ('%1$s', gen_random_uuid(), '%3$s', 1, '2040-09-07', '2041-01-16', 18);
                INSERT INTO identity.account (id, centre_id, username, password_hash, full_name, email, roles)
                  VALUES ('%4$s', '%1$s', 'bk.%5$s', '{noop}x', E'Đỗ Thị Hằng "Nga" \\\\ O''Brien', NULL, ARRAY['TEACHER', 'CLERK']);
                INSERT INTO identity.api_token (token_hash, account_id, created_at, expires_at)
                  VALUES ('%5$s-token', '%4$s', now(), now() + interval '1 day');
                INSERT INTO identity.login_throttle (username, failures, last_failure_at) VALUES ('bk.%5$s', 3, now());
                INSERT INTO platform.audit_entry (centre_id, seq, occurred_at, actor, action, entity_type, entity_id, old_value, new_value, prev_hash, hash)
                  VALUES ('%1$s', 1, now(), 'admin', 'TEST', 'backup', NULL, NULL, '{"điểm": 8.5}', repeat('0', 64), repeat('a', 64));
                INSERT INTO platform.audit_chain (centre_id, last_seq, last_hash) VALUES ('%1$s', 1, repeat('a', 64));
                INSERT INTO platform.mail_outbox (centre_id, id, recipient, subject, body_html, status, next_attempt_at, created_at, sent_at)
                  VALUES ('%1$s', gen_random_uuid(), 'a@b.vn', 'Thư thử', '<p>Xin chào</p>', 'SENT', now(), now(), now());
                """.formatted(centre, code, year, account, code.toLowerCase()));
        return code;
    }

    private static void execute(String database, String sql) throws SQLException {
        try (Connection c = TestDatabase.superuser(database).getConnection();
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static long count(String database, String sql) throws SQLException {
        try (Connection c = TestDatabase.superuser(database).getConnection();
                Statement s = c.createStatement();
                var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String newestMigration() throws SQLException {
        try (Connection c = TestDatabase.superuser(EmbeddedDatabase.DATABASE).getConnection();
                Statement s = c.createStatement();
                var rs = s.executeQuery("SELECT version FROM public.flyway_schema_history WHERE version IS NOT NULL "
                        + "ORDER BY installed_rank DESC LIMIT 1")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static DatabaseLogin login(String database) {
        return new DatabaseLogin(TestDatabase.jdbcUrl(database), EmbeddedDatabase.OWNER_ROLE, "");
    }

    /** A copy of the backup with one entry's text changed and everything else, the manifest included, as it was. */
    private Path rewrite(Path file, String entryName, UnaryOperator<String> change) throws IOException {
        Path copy = dir.resolve("changed-" + UUID.randomUUID() + ".ecb");
        try (var zip = new ZipFile(file.toFile());
                OutputStream out = Files.newOutputStream(copy);
                var target = new ZipOutputStream(out)) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                byte[] bytes;
                try (InputStream in = zip.getInputStream(entry)) {
                    bytes = in.readAllBytes();
                }
                if (entry.getName().equals(entryName)) {
                    String changed = change.apply(new String(bytes, StandardCharsets.UTF_8));
                    assertThat(changed).isNotEqualTo(new String(bytes, StandardCharsets.UTF_8));
                    bytes = changed.getBytes(StandardCharsets.UTF_8);
                }
                target.putNextEntry(new ZipEntry(entry.getName()));
                target.write(bytes);
                target.closeEntry();
            }
        }
        return copy;
    }
}
