package vn.edu.ecenter.platform.backup;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.edu.ecenter.platform.backup.BackupManifest.TableData;
import vn.edu.ecenter.platform.web.Rejected;

/** A backup file opened for reading: its manifest, and each table's data checked against it. */
final class BackupFile implements Closeable {

    static final String MANIFEST = "manifest.json";

    static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final Path path;
    private final ZipFile zip;
    private final BackupManifest manifest;

    private BackupFile(Path path, ZipFile zip, BackupManifest manifest) {
        this.path = path;
        this.zip = zip;
        this.manifest = manifest;
    }

    /** Opens the file and reads its manifest; refuses anything that is not an eCenter backup this version can read. */
    static BackupFile open(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new Rejected("backup.file.missing", path);
        }
        ZipFile zip;
        try {
            zip = new ZipFile(path.toFile());
        } catch (ZipException e) {
            throw new Rejected("backup.file.unreadable", path, e.getMessage());
        } catch (NoSuchFileException e) {
            throw new Rejected("backup.file.missing", path);
        } catch (IOException e) {
            throw new Rejected("backup.file.unreadable", path, e.getMessage());
        }
        try {
            return new BackupFile(path, zip, readManifest(path, zip));
        } catch (RuntimeException e) {
            closeQuietly(zip);
            throw e;
        }
    }

    private static BackupManifest readManifest(Path path, ZipFile zip) {
        ZipEntry entry = zip.getEntry(MANIFEST);
        if (entry == null) {
            throw new Rejected("backup.file.unreadable", path, "no " + MANIFEST);
        }
        BackupManifest manifest;
        try (InputStream in = zip.getInputStream(entry)) {
            manifest = JSON.readValue(in, BackupManifest.class);
        } catch (IOException | JacksonException e) {
            throw new Rejected("backup.file.unreadable", path, e.getMessage());
        }
        if (manifest == null || !BackupManifest.FORMAT.equals(manifest.format())) {
            throw new Rejected("backup.file.unreadable", path, "not an eCenter backup");
        }
        if (manifest.formatVersion() != BackupManifest.FORMAT_VERSION) {
            throw new Rejected("backup.file.formatVersion", manifest.formatVersion(), BackupManifest.FORMAT_VERSION);
        }
        if (!BackupManifest.COPY_FORMAT.equals(manifest.copyFormat())
                || manifest.schemaVersion() == null
                || manifest.tables() == null
                || manifest.migrations() == null
                || manifest.sequences() == null) {
            throw new Rejected("backup.file.unreadable", path, "incomplete manifest");
        }
        return manifest;
    }

    BackupManifest manifest() {
        return manifest;
    }

    /**
     * Reads every table's data once and compares its row count and SHA-256 with the manifest, before anything is
     * written anywhere.
     */
    void verify() {
        Set<String> seen = new HashSet<>();
        for (TableData table : manifest.tables()) {
            if (!seen.add(table.qualifiedName())) {
                throw new Rejected("backup.file.unreadable", path, "table " + table.qualifiedName() + " twice");
            }
            var check = TableStream.discarding();
            try (InputStream in = data(table)) {
                in.transferTo(check);
            } catch (IOException e) {
                throw new Rejected("backup.file.corrupt", table.qualifiedName());
            }
            if (check.rows() != table.rows() || !check.sha256().equals(table.sha256())) {
                throw new Rejected("backup.file.corrupt", table.qualifiedName());
            }
        }
    }

    /** The rows of one table, as COPY text. */
    InputStream data(TableData table) throws IOException {
        ZipEntry entry = zip.getEntry(table.entry());
        if (entry == null) {
            throw new Rejected("backup.file.corrupt", table.qualifiedName());
        }
        return zip.getInputStream(entry);
    }

    Path path() {
        return path;
    }

    @Override
    public void close() {
        closeQuietly(zip);
    }

    private static void closeQuietly(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException ignored) {
            // nothing was written through it
        }
    }
}
