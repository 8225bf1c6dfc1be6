package vn.edu.ecenter.platform.backup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * What the PostgreSQL catalogue says about the application's tables: every ordinary table outside the system schemas
 * (so modules added later are included without a list to maintain), its columns, its foreign keys, its triggers and the
 * sequences.
 */
final class Catalog {

    private static final String APPLICATION_SCHEMAS = """
            n.nspname NOT IN ('pg_catalog', 'information_schema')
              AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'
            """;

    record Table(String schema, String name) implements Comparable<Table> {

        String qualified() {
            return quote(schema) + "." + quote(name);
        }

        @Override
        public int compareTo(Table other) {
            return toString().compareTo(other.toString());
        }

        @Override
        public String toString() {
            return schema + "." + name;
        }
    }

    record ForeignKey(Table child, Table parent, String name, String definition) {}

    record Trigger(Table table, String name, char enabled) {}

    private Catalog() {}

    /**
     * Fixes the settings that change how COPY writes values (dates, intervals, floats, bytea, money), so that a backup
     * and the check after a restore produce the same bytes; makes row-level security an error instead of a silent
     * filter; and turns off synchronised scans, so a table is always read from its first row.
     */
    static void prepareSession(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("SET LOCAL DateStyle = 'ISO, YMD'");
            s.execute("SET LOCAL IntervalStyle = 'postgres'");
            s.execute("SET LOCAL TimeZone = 'UTC'");
            s.execute("SET LOCAL extra_float_digits = 3");
            s.execute("SET LOCAL bytea_output = 'hex'");
            s.execute("SET LOCAL lc_monetary = 'C'");
            s.execute("SET LOCAL row_security = off");
            s.execute("SET LOCAL synchronize_seqscans = off");
            s.execute("SET LOCAL statement_timeout = 0");
        }
    }

    /** The application's tables, the history table excluded. */
    static List<Table> tables(Connection connection, Table history) throws SQLException {
        List<Table> tables = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement("""
                        SELECT n.nspname, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                        WHERE c.relkind = 'r' AND %s ORDER BY 1, 2
                        """.formatted(APPLICATION_SCHEMAS));
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                var table = new Table(rs.getString(1), rs.getString(2));
                if (!table.equals(history)) {
                    tables.add(table);
                }
            }
        }
        return tables;
    }

    /** The columns COPY reads and writes: stored, not generated, in table order. */
    static List<String> columns(Connection connection, Table table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement("""
                SELECT a.attname FROM pg_attribute a
                WHERE a.attrelid = to_regclass(?) AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
                ORDER BY a.attnum
                """)) {
            s.setString(1, table.qualified());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    columns.add(rs.getString(1));
                }
            }
        }
        return columns;
    }

    /** Describes what the database holds besides nothing: its tables and other relations, and extra schemas. */
    static List<String> existingObjects(Connection connection) throws SQLException {
        List<String> found = new ArrayList<>();
        try (PreparedStatement s =
                        connection.prepareStatement("""
                        SELECT n.nspname || '.' || c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                        WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') AND %s
                        UNION ALL
                        SELECT n.nspname FROM pg_namespace n
                        WHERE %s AND n.nspname <> 'public'
                        ORDER BY 1 LIMIT 6
                        """.formatted(APPLICATION_SCHEMAS, APPLICATION_SCHEMAS));
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                found.add(rs.getString(1));
            }
        }
        return found;
    }

    static List<ForeignKey> foreignKeys(Connection connection) throws SQLException {
        List<ForeignKey> keys = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement("""
                SELECT cn.nspname, cc.relname, pn.nspname, pc.relname, k.conname, pg_get_constraintdef(k.oid)
                FROM pg_constraint k
                JOIN pg_class cc ON cc.oid = k.conrelid JOIN pg_namespace cn ON cn.oid = cc.relnamespace
                JOIN pg_class pc ON pc.oid = k.confrelid JOIN pg_namespace pn ON pn.oid = pc.relnamespace
                WHERE k.contype = 'f'
                ORDER BY 1, 2, 5
                """);
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                keys.add(new ForeignKey(
                        new Table(rs.getString(1), rs.getString(2)),
                        new Table(rs.getString(3), rs.getString(4)),
                        rs.getString(5),
                        rs.getString(6)));
            }
        }
        return keys;
    }

    /** The enabled user triggers of the given tables, with their firing mode ('O', 'A' or 'R'). */
    static List<Trigger> enabledTriggers(Connection connection, Set<Table> tables) throws SQLException {
        List<Trigger> triggers = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement("""
                SELECT n.nspname, c.relname, t.tgname, t.tgenabled FROM pg_trigger t
                JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE NOT t.tgisinternal AND t.tgenabled <> 'D' ORDER BY 1, 2, 3
                """);
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                var table = new Table(rs.getString(1), rs.getString(2));
                if (tables.contains(table)) {
                    triggers.add(
                            new Trigger(table, rs.getString(3), rs.getString(4).charAt(0)));
                }
            }
        }
        return triggers;
    }

    /** Sequence name to its last value ({@code null} when it was never used). */
    static Map<Table, @Nullable Long> sequences(Connection connection) throws SQLException {
        Map<Table, @Nullable Long> sequences = new LinkedHashMap<>();
        try (PreparedStatement s = connection.prepareStatement("""
                SELECT schemaname, sequencename, last_value FROM pg_sequences n
                WHERE n.schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1, 2
                """);
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                long value = rs.getLong(3);
                Long lastValue = rs.wasNull() ? null : value;
                sequences.put(new Table(rs.getString(1), rs.getString(2)), lastValue);
            }
        }
        return sequences;
    }

    /**
     * The order to load tables in: every table after the tables it references. Foreign keys that no order can satisfy
     * (a table referencing itself, or a cycle) are returned in {@code deferred}: the restore drops them while loading and
     * adds them back afterwards, which checks every row against them again.
     */
    record LoadOrder(List<Table> tables, List<ForeignKey> deferred) {}

    static LoadOrder loadOrder(Set<Table> tables, List<ForeignKey> keys) {
        Map<Table, Set<Table>> parents = new HashMap<>();
        tables.forEach(table -> parents.put(table, new HashSet<>()));
        List<ForeignKey> relevant = keys.stream()
                .filter(key -> tables.contains(key.child()) && tables.contains(key.parent()))
                .toList();
        List<ForeignKey> deferred = new ArrayList<>();
        for (ForeignKey key : relevant) {
            if (key.child().equals(key.parent())) {
                deferred.add(key);
            } else {
                parents.get(key.child()).add(key.parent());
            }
        }
        List<Table> order = new ArrayList<>();
        Set<Table> remaining = new TreeSet<>(tables);
        while (!remaining.isEmpty()) {
            Table next = remaining.stream()
                    .filter(table -> parents.get(table).stream().noneMatch(remaining::contains))
                    .findFirst()
                    .orElse(null);
            if (next == null) {
                // A cycle: take its smallest table first and defer its keys to tables not loaded yet.
                next = remaining.iterator().next();
                for (ForeignKey key : relevant) {
                    if (key.child().equals(next) && remaining.contains(key.parent()) && !deferred.contains(key)) {
                        deferred.add(key);
                    }
                }
            }
            order.add(next);
            remaining.remove(next);
        }
        return new LoadOrder(order, deferred);
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
