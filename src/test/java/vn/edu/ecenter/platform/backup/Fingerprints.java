package vn.edu.ecenter.platform.backup;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.edu.ecenter.support.TestDatabase;

/**
 * Each table's content as one comparable value (row count and the MD5 of its rows' text in sorted order), read as the
 * superuser so that row-level security hides nothing. Written independently of the backup code on purpose.
 */
final class Fingerprints {

    private Fingerprints() {}

    static Map<String, String> of(String database) {
        Map<String, String> fingerprints = new TreeMap<>();
        try (Connection c = TestDatabase.superuser(database).getConnection();
                Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("""
                    SELECT quote_ident(table_schema) || '.' || quote_ident(table_name) FROM information_schema.tables
                    WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')
                      AND table_name <> 'flyway_schema_history'
                    """)) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) || ':' || md5(coalesce(string_agg(t::text, ',' "
                        + "ORDER BY t::text), '')) FROM " + table + " t")) {
                    rs.next();
                    fingerprints.put(table, rs.getString(1));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT string_agg(version || ':' || checksum, ',' ORDER BY "
                    + "installed_rank) FROM public.flyway_schema_history WHERE version IS NOT NULL")) {
                rs.next();
                fingerprints.put("(migrations)", rs.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return fingerprints;
    }

    /** What the database holds at all: schemas other than public and the system ones, and relations. */
    static List<String> objectsIn(String database) {
        List<String> objects = new ArrayList<>();
        try (Connection c = TestDatabase.superuser(database).getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("""
                        SELECT n.nspname || '.' || c.relname || ':' || c.relkind::text FROM pg_class c
                        JOIN pg_namespace n ON n.oid = c.relnamespace
                        WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'
                        UNION ALL
                        SELECT nspname FROM pg_namespace
                        WHERE nspname NOT IN ('pg_catalog', 'information_schema', 'public') AND nspname NOT LIKE 'pg_%'
                        ORDER BY 1
                        """)) {
            while (rs.next()) {
                objects.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return objects;
    }
}
