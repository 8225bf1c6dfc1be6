package vn.edu.ecenter.platform.backup;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The table of contents of a backup file ({@code manifest.json} in the zip): which schema version the data belong to,
 * and for every table its columns, row count and the SHA-256 of its data as COPY wrote them.
 *
 * @param format always {@value #FORMAT}
 * @param formatVersion layout of the file; a restore refuses a version it does not know
 * @param schemaVersion the last Flyway migration applied to the source database
 * @param createdAt when the snapshot was taken (ISO-8601, UTC)
 * @param serverVersion the source PostgreSQL server, for the record
 * @param copyFormat how each table's rows are written ({@code text}: PostgreSQL's COPY text format, UTF-8)
 */
public record BackupManifest(
        String format,
        int formatVersion,
        String schemaVersion,
        String createdAt,
        String serverVersion,
        String copyFormat,
        List<Migration> migrations,
        List<TableData> tables,
        List<SequenceValue> sequences) {

    public static final String FORMAT = "ecenter-backup";
    public static final int FORMAT_VERSION = 1;
    public static final String COPY_FORMAT = "text";

    /** A versioned migration applied to the source, with Flyway's checksum of its file. */
    public record Migration(
            String version, String description, @Nullable Integer checksum) {}

    /** One table's data: the zip entry that holds its rows, in the order of {@code columns}. */
    public record TableData(String schema, String name, List<String> columns, long rows, String sha256, String entry) {

        public String qualifiedName() {
            return schema + "." + name;
        }
    }

    /** A sequence's position, so that new rows after a restore get fresh numbers. */
    public record SequenceValue(String schema, String name, long lastValue) {}

    public long totalRows() {
        return tables.stream().mapToLong(TableData::rows).sum();
    }
}
