package vn.edu.ecenter.platform.files;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.edu.ecenter.platform.clock.BusinessClock;
import vn.edu.ecenter.platform.tenancy.TenantContext;
import vn.edu.ecenter.platform.tenancy.TenantScope;
import vn.edu.ecenter.platform.web.Rejected;

/**
 * Keeps files under {@code <ecenter.data-dir>/files/ab/cd/<sha256>}. Content is written to a temporary file in the same
 * folder tree while it is hashed and counted, checked, and then moved into place atomically, so that a reader never
 * sees half a file and identical content is kept once. Blobs are never rewritten; a blob whose transaction rolled
 * back stays on disk unreferenced (harmless, and identical to what a later upload would write).
 */
@Component
class FilesystemFileStore implements FileStore {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final Path root;
    private final Path temporary;
    private final FileStoreProperties properties;
    private final JdbcClient jdbc;
    private final BusinessClock clock;

    FilesystemFileStore(
            @Value("${ecenter.data-dir}") Path dataDir,
            FileStoreProperties properties,
            JdbcClient jdbc,
            BusinessClock clock) {
        this.root = dataDir.resolve("files").toAbsolutePath().normalize();
        this.temporary = root.resolve("tmp");
        this.properties = properties;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public StoredFile store(InputStream content, String originalName, Set<FileType> allowed) {
        String name = FileCheck.cleanName(originalName);
        UUID centre = centreOfScope();
        Path upload = null;
        try {
            Files.createDirectories(temporary);
            upload = Files.createTempFile(temporary, "upload-", ".part");
            var written = write(content, upload, name);
            FileType type = FileCheck.accept(Content.of(upload), name, allowed);
            keep(upload, written.sha256());
            upload = null;
            var stored = new StoredFile(written.sha256(), written.size(), type, name);
            record(centre, stored);
            return stored;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store " + name, e);
        } finally {
            deleteQuietly(upload);
        }
    }

    private Written write(InputStream content, Path target, String name) throws IOException {
        MessageDigest digest = sha256();
        long limit = properties.maxSize().toBytes();
        long size = 0;
        try (var file = new FileOutputStream(target.toFile());
                OutputStream out = new DigestOutputStream(file, digest)) {
            byte[] buffer = new byte[64 * 1024];
            int read;
            while ((read = content.read(buffer)) != -1) {
                size += read;
                if (size > limit) {
                    throw FileCheck.tooLarge(name, properties.maxSize());
                }
                out.write(buffer, 0, read);
            }
            // On disk before the database says the file exists, so that a power cut cannot leave an empty blob.
            file.getFD().sync();
        }
        return new Written(HexFormat.of().formatHex(digest.digest()), size);
    }

    private void keep(Path upload, String sha256) throws IOException {
        Path target = blob(sha256);
        if (Files.exists(target)) {
            Files.delete(upload);
            return;
        }
        Files.createDirectories(target.getParent());
        try {
            Files.move(upload, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            Files.delete(upload); // stored by a concurrent upload of the same content
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("The file store needs its temporary folder on the same file system", e);
        }
    }

    private void record(UUID centre, StoredFile file) {
        jdbc.sql("""
                INSERT INTO platform.stored_file (centre_id, sha256, size, media_type, original_name, created_at, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (centre_id, sha256) DO NOTHING
                """)
                .params(
                        centre,
                        file.sha256(),
                        file.size(),
                        file.mediaType(),
                        file.originalName(),
                        Timestamp.from(clock.instant()),
                        currentActor())
                .update();
    }

    @Override
    @Transactional(readOnly = true)
    public InputStream open(String sha256) {
        if (!exists(sha256)) {
            throw Rejected.notFound("files.notFound");
        }
        try {
            return Files.newInputStream(blob(sha256));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    @Transactional(readOnly = true)
    public boolean exists(String sha256) {
        return find(sha256).isPresent() && Files.isRegularFile(blob(sha256));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<StoredFile> find(String sha256) {
        if (!SHA256.matcher(sha256).matches()) {
            return Optional.empty();
        }
        // Row-level security limits this to the current centre's uploads; the filter keeps system scope to its own.
        return jdbc.sql("SELECT size, media_type, original_name FROM platform.stored_file "
                        + "WHERE sha256 = ? AND centre_id = ?")
                .params(sha256, centreOfScope())
                .query((rs, n) -> new StoredFile(
                        sha256, rs.getLong("size"), typeOf(rs.getString("media_type")), rs.getString("original_name")))
                .optional();
    }

    private static FileType typeOf(String mediaType) {
        for (FileType type : FileType.values()) {
            if (type.mediaType().equals(mediaType)) {
                return type;
            }
        }
        throw new IllegalStateException("Unknown media type in platform.stored_file: " + mediaType);
    }

    Path blob(String sha256) {
        return root.resolve(sha256.substring(0, 2))
                .resolve(sha256.substring(2, 4))
                .resolve(sha256);
    }

    private static UUID centreOfScope() {
        TenantScope scope = TenantContext.current();
        if (scope.centreId() != null) {
            return scope.centreId();
        }
        if (scope.system()) {
            return TenantScope.SYSTEM_CENTRE;
        }
        throw new IllegalStateException("Files are stored and opened inside a centre or in system scope");
    }

    private static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication.getName() == null ? "system" : authentication.getName();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a leftover temporary file is only wasted space
            }
        }
    }

    private record Written(String sha256, long size) {}
}
