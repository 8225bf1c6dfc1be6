package vn.edu.ecenter.platform.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import javax.sql.DataSource;

/**
 * The PostgreSQL 18 server that eCenter starts by itself when no {@code SPRING_DATASOURCE_URL} is given. Its cluster
 * lives under {@code <data dir>/postgres}, so data survive restarts. One server per data folder and JVM: several Spring
 * contexts in one JVM (tests) share it.
 *
 * <p>Two login roles are created once: {@code ecenter_owner} owns the database and runs the migrations, {@code
 * ecenter_app} is what the application connects as; it owns no table, so row-level security applies to it.
 */
public final class EmbeddedDatabase {

    public static final String DATABASE = "ecenter";
    public static final String OWNER_ROLE = "ecenter_owner";
    public static final String APP_ROLE = "ecenter_app";

    private static final ConcurrentMap<Path, EmbeddedDatabase> RUNNING = new ConcurrentHashMap<>();

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts (or returns the already started) server whose cluster lives under {@code dataDir/postgres}.
     *
     * @param durable whether every commit is flushed to disk (always for real data; tests may trade it for speed)
     */
    public static EmbeddedDatabase startIn(Path dataDir, boolean durable) {
        return RUNNING.computeIfAbsent(dataDir.toAbsolutePath().normalize(), dir -> start(dir, durable));
    }

    private static EmbeddedDatabase start(Path dataDir, boolean durable) {
        try {
            Path cluster = dataDir.resolve("postgres");
            Files.createDirectories(cluster);
            stopLeftBehind(dataDir, cluster);
            var logFile = dataDir.resolve("postgres.log").toFile();
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(cluster)
                    .setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(dataDir.resolve("pg-binaries").toFile())
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("shared_buffers", "128MB")
                    .setServerConfig("timezone", "UTC")
                    // The library's defaults are tuned for throwaway test databases (no fsync); real data need them.
                    .setServerConfig("fsync", durable ? "on" : "off")
                    .setServerConfig("synchronous_commit", durable ? "on" : "off")
                    .setServerConfig("full_page_writes", durable ? "on" : "off")
                    // Stopped by stop(), after the application has closed its connections (see the environment).
                    .setRegisterShutdownHook(false)
                    .setOutputRedirector(java.lang.ProcessBuilder.Redirect.appendTo(logFile))
                    .setErrorRedirector(java.lang.ProcessBuilder.Redirect.appendTo(logFile))
                    .start();
            Files.writeString(
                    dataDir.resolve(OWNER_FILE),
                    String.valueOf(ProcessHandle.current().pid()));
            var database = new EmbeddedDatabase(postgres);
            database.prepareRolesAndDatabase();
            return database;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL under " + dataDir, e);
        } catch (IllegalStateException e) {
            if (String.valueOf(e.getMessage()).contains("could not lock")) {
                throw new IllegalStateException(
                        "Thư mục dữ liệu " + dataDir.toAbsolutePath()
                                + " đang được một phiên eCenter khác dùng. Đặt ECENTER_DATA_DIR khác cho phiên thứ hai, hoặc cho"
                                + " cả hai dùng chung một máy chủ PostgreSQL qua SPRING_DATASOURCE_URL. / The data folder is in"
                                + " use by another eCenter instance: give the second one its own ECENTER_DATA_DIR, or point both"
                                + " at one PostgreSQL server with SPRING_DATASOURCE_URL.",
                        e);
            }
            throw e;
        }
    }

    /** The file naming the process (JVM) that started the server now running on the data folder. */
    static final String OWNER_FILE = "postgres.owner";

    /**
     * A server left running by an eCenter that was killed ({@code kill -9}, a crash, the power of a container cut)
     * still holds the data folder, and a new server would refuse to start on it. When the process that started it is
     * gone, it is stopped here (as PostgreSQL's "smart" shutdown: its clients died with their JVM), and the new server
     * recovers from the write-ahead log as after any crash. A server whose owner still runs is left alone: that is
     * another eCenter using the folder, which the start then reports.
     */
    static void stopLeftBehind(Path dataDir, Path cluster) throws IOException {
        Path pidFile = cluster.resolve("postmaster.pid");
        Path ownerFile = dataDir.resolve(OWNER_FILE);
        if (!Files.exists(pidFile) || !Files.exists(ownerFile)) {
            return;
        }
        long serverPid;
        long ownerPid;
        try {
            serverPid = Long.parseLong(Files.readAllLines(pidFile).getFirst().strip());
            ownerPid = Long.parseLong(Files.readString(ownerFile).strip());
        } catch (NumberFormatException | java.util.NoSuchElementException unreadable) {
            return;
        }
        if (ownerPid == ProcessHandle.current().pid()
                || ProcessHandle.of(ownerPid).map(ProcessHandle::isAlive).orElse(false)) {
            return;
        }
        var server = ProcessHandle.of(serverPid)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
        if (server.isEmpty()) {
            return;
        }
        server.get().destroy();
        try {
            server.get().onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException slow) {
            server.get().destroyForcibly();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("Cannot stop the PostgreSQL left running under " + cluster, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping the PostgreSQL left running", e);
        }
    }

    private void prepareRolesAndDatabase() {
        DataSource superuser = postgres.getPostgresDatabase();
        try (Connection c = superuser.getConnection();
                Statement s = c.createStatement()) {
            s.execute("DO $$ BEGIN "
                    + "IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + OWNER_ROLE + "') THEN "
                    + "CREATE ROLE " + OWNER_ROLE + " LOGIN CREATEROLE; END IF; "
                    + "IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + APP_ROLE + "') THEN "
                    + "CREATE ROLE " + APP_ROLE + " LOGIN NOSUPERUSER NOBYPASSRLS; END IF; "
                    + "END $$");
            try (var rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                if (!rs.next()) {
                    s.execute("CREATE DATABASE " + DATABASE + " OWNER " + OWNER_ROLE
                            + " ENCODING 'UTF8' TEMPLATE template0");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare the eCenter database in the embedded PostgreSQL", e);
        }
    }

    /** Stops the server (fast shutdown) once nothing uses it any more. */
    public void stop() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot stop the embedded PostgreSQL", e);
        } finally {
            RUNNING.values().remove(this);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + DATABASE;
    }

    public int port() {
        return postgres.getPort();
    }

    /** A superuser data source on another database of the same server, for tests and restores. */
    public DataSource superuserDataSource(String database) {
        return postgres.getDatabase("postgres", database);
    }
}
