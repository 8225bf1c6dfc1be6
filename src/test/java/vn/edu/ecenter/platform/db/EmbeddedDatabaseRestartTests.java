package vn.edu.ecenter.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * eCenter killed with {@code kill -9} leaves its PostgreSQL running on the data folder (the server is a process of
 * its own). The next start must take the folder back, with every committed row, instead of refusing to start.
 */
@DisplayName("Khởi động lại sau khi eCenter bị tắt đột ngột (kill -9): máy chủ CSDL cũ được dừng, dữ liệu còn nguyên")
class EmbeddedDatabaseRestartTests {

    /** A JVM that starts the server on the folder given, commits one row, says "ready" and waits to be killed. */
    public static void main(String[] args) throws Exception {
        EmbeddedDatabase database = EmbeddedDatabase.startIn(Path.of(args[0]), true);
        try (Connection c =
                        database.superuserDataSource(EmbeddedDatabase.DATABASE).getConnection();
                var s = c.createStatement()) {
            s.execute("CREATE TABLE kept (note text)");
            s.execute("INSERT INTO kept VALUES ('committed before the kill')");
        }
        System.out.println("ready");
        System.out.flush();
        Thread.sleep(600_000);
    }

    @Test
    @DisplayName("Máy chủ CSDL do JVM đã chết để lại được dừng; máy chủ mới chạy với dữ liệu đã ghi")
    void aServerLeftByAKilledJvmIsStoppedAndTheDataKept(@TempDir Path data) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process first = new ProcessBuilder(
                        java.toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        EmbeddedDatabaseRestartTests.class.getName(),
                        data.toString())
                .redirectErrorStream(true)
                .start();
        try (var out = new BufferedReader(new InputStreamReader(first.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.equals("ready"));
            assertThat(line).as("the first JVM started its server").isEqualTo("ready");
        }
        long leftBehind = Long.parseLong(Files.readAllLines(data.resolve("postgres/postmaster.pid"))
                .getFirst()
                .strip());

        first.destroyForcibly();
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(ProcessHandle.of(leftBehind).map(ProcessHandle::isAlive))
                .as("the server outlives the killed JVM")
                .contains(true);

        EmbeddedDatabase second = EmbeddedDatabase.startIn(data, true);
        try (Connection c =
                        second.superuserDataSource(EmbeddedDatabase.DATABASE).getConnection();
                ResultSet rs = c.createStatement().executeQuery("SELECT note FROM kept")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("committed before the kill");
        } finally {
            second.stop();
        }
        assertThat(ProcessHandle.of(leftBehind).map(ProcessHandle::isAlive).orElse(false))
                .isFalse();
    }
}
