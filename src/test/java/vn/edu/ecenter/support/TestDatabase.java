package vn.edu.ecenter.support;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import vn.edu.ecenter.platform.db.EmbeddedDatabase;

/**
 * The embedded PostgreSQL of this test JVM: a fresh cluster under {@code target/test-db/<pid>}, shared by every
 * Spring context of the run. Also hands out empty scratch databases on the same server (migrations from zero,
 * restores) and the owner's connection (to play an attacker who edits rows behind the application's back).
 */
public final class TestDatabase {

    public static final Path DATA_DIR =
            Path.of("target", "test-db", Long.toString(ProcessHandle.current().pid()));

    static {
        System.setProperty("ecenter.data-dir", DATA_DIR.toString());
        // A throwaway cluster: commits need not reach the disk.
        System.setProperty("ecenter.db.durable", "false");
    }

    private TestDatabase() {}

    /** Makes sure the data folder property is set before any Spring context starts. */
    public static void init() {
        // the static initialiser did the work
    }

    public static EmbeddedDatabase server() {
        return EmbeddedDatabase.startIn(DATA_DIR, false);
    }

    /** A superuser connection source for the given database of the test server. */
    public static DataSource superuser(String database) {
        return server().superuserDataSource(database);
    }

    /** Creates an empty database owned by the owner role and returns its name. */
    public static String createScratchDatabase() {
        String name = "scratch_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = superuser("postgres").getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " OWNER " + EmbeddedDatabase.OWNER_ROLE
                    + " ENCODING 'UTF8' TEMPLATE template0");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return name;
    }

    public static String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + server().port() + "/" + database;
    }
}
