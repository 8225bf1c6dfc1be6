package vn.edu.ecenter.platform.files;

import java.util.Set;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The kinds of file the store accepts. The kind is decided by the content (magic bytes, the entries of an Office zip,
 * valid UTF-8), never by the name; the name's extension must then agree with it.
 */
public enum FileType {
    PDF("application/pdf", "pdf"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg", "jpeg", "jpe", "jfif"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    /** UTF-8 text named .csv (comma- or semicolon-separated values, as Excel's "CSV UTF-8" writes them). */
    CSV("text/csv", "csv"),
    /** UTF-8 text without NUL characters. */
    TEXT("text/plain", "txt", "text", "log", "md", "tsv");

    public static final Set<FileType> DOCUMENTS = Set.of(PDF, DOCX, XLSX);
    public static final Set<FileType> IMAGES = Set.of(PNG, JPEG);
    public static final Set<FileType> SPREADSHEETS = Set.of(XLSX, CSV);

    private final String mediaType;
    private final Set<String> extensions;

    FileType(String mediaType, String... extensions) {
        this.mediaType = mediaType;
        this.extensions = Set.of(extensions);
    }

    public String mediaType() {
        return mediaType;
    }

    public Set<String> extensions() {
        return extensions;
    }

    /** The type's name for messages ({@code files.type.*}), resolved in the reader's language. */
    public MessageSourceResolvable label() {
        return new DefaultMessageSourceResolvable("files.type." + name());
    }
}
