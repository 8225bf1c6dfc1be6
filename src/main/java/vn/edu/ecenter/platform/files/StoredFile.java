package vn.edu.ecenter.platform.files;

/**
 * A file kept by the {@link FileStore}: modules keep the {@code sha256} (and the name they want to show) in their own
 * tables and open the content with it.
 *
 * @param sha256 the SHA-256 of the content in lower-case hex: the file's address
 * @param size the size in bytes
 * @param type the kind of content, as detected from the bytes
 * @param originalName the name it was uploaded with (without any folder)
 */
public record StoredFile(String sha256, long size, FileType type, String originalName) {

    public String mediaType() {
        return type.mediaType();
    }
}
