package vn.edu.ecenter.platform.files;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps uploaded files (tệp đính kèm, học liệu, ảnh, bảng tính nhập liệu) by their content: identical content is stored
 * once. Every file is checked before it is kept: its size against {@code ecenter.files.max-size} and its type by
 * content against the types the caller accepts; a file that fails is refused with a {@code Rejected} that names the
 * file and the reason, in Vietnamese. Which centre uploaded what is recorded under row-level security, so a centre can
 * open only the files it uploaded itself.
 *
 * <p>Calls run in the caller's transaction and tenant scope (a centre, or system scope for deployment-wide files).
 */
public interface FileStore {

    /** Checks and keeps the content; the stream is read to its end but not closed. */
    StoredFile store(InputStream content, String originalName, Set<FileType> allowed);

    default StoredFile store(byte[] content, String originalName, Set<FileType> allowed) {
        return store(new ByteArrayInputStream(content), originalName, allowed);
    }

    /** The content of a file the current centre stored; the caller closes the stream. */
    InputStream open(String sha256);

    /** Whether the current centre stored this content. */
    boolean exists(String sha256);

    /** What the current centre recorded about this content (the name of its first upload). */
    Optional<StoredFile> find(String sha256);
}
