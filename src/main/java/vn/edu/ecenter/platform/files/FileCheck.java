package vn.edu.ecenter.platform.files;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.util.unit.DataSize;
import vn.edu.ecenter.platform.web.Rejected;

/**
 * Decides whether detected content is accepted under the name it came with, and otherwise says why not, naming the
 * file. The content decides the type; the name's extension must agree with it, so that a program renamed ".pdf" or a
 * photo renamed ".xlsx" is refused.
 */
final class FileCheck {

    private FileCheck() {}

    static FileType accept(Content content, String name, Set<FileType> allowed) {
        String extension = extensionOf(name);
        FileType type = content.type();
        if (type == FileType.TEXT && "csv".equals(extension)) {
            type = FileType.CSV;
        }
        if (type == null) {
            throw refusal(content, name, allowed);
        }
        // CSV is text: accepted wherever plain text is.
        if (!allowed.contains(type) && !(type == FileType.CSV && allowed.contains(FileType.TEXT))) {
            throw new Rejected("files.rejected.typeNotAllowed", name, type.label(), list(allowed));
        }
        if (extension.isEmpty()) {
            throw new Rejected("files.rejected.noExtension", name, type.label());
        }
        if (!type.extensions().contains(extension)) {
            throw new Rejected("files.rejected.nameMismatch", name, "." + extension, type.label());
        }
        return type;
    }

    private static Rejected refusal(Content content, String name, Set<FileType> allowed) {
        return switch (content) {
            case EMPTY -> new Rejected("files.rejected.empty", name);
            case EXECUTABLE -> new Rejected("files.rejected.executable", name, list(allowed));
            case LEGACY_OFFICE -> new Rejected("files.rejected.legacyOffice", name);
            case NOT_UTF8_TEXT ->
                allowed.contains(FileType.CSV) || allowed.contains(FileType.TEXT)
                        ? new Rejected("files.rejected.notUtf8", name)
                        : new Rejected("files.rejected.unknownContent", name, list(allowed));
            default -> new Rejected("files.rejected.unknownContent", name, list(allowed));
        };
    }

    static Rejected tooLarge(String name, DataSize limit) {
        return new Rejected("files.rejected.tooLarge", name, readable(limit));
    }

    /** The name without any folder a browser sent along ("C:\fakepath\..."), in NFC, without control characters. */
    static String cleanName(String originalName) {
        String name =
                originalName.substring(Math.max(originalName.lastIndexOf('/'), originalName.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC)
                .replaceAll("\\p{Cntrl}", "")
                .strip();
        if (name.length() > 200) {
            String extension = extensionOf(name);
            name = name.substring(0, 200 - extension.length() - 1) + "." + extension;
        }
        return name.isEmpty() ? "?" : name;
    }

    static String extensionOf(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 || dot == name.length() - 1
                ? ""
                : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** "10 MB", "512 KB". */
    static String readable(DataSize size) {
        long bytes = size.toBytes();
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        return bytes >= 1024 ? bytes / 1024 + " KB" : bytes + " B";
    }

    /** "PDF, Word (.docx) hoặc Excel (.xlsx)" in the reader's language, as nested message arguments. */
    static MessageSourceResolvable list(Set<FileType> types) {
        List<FileType> ordered = new ArrayList<>(types);
        ordered.sort(null);
        if (ordered.isEmpty()) {
            return new DefaultMessageSourceResolvable("files.typeList.none");
        }
        MessageSourceResolvable tail = ordered.getLast().label();
        for (int i = ordered.size() - 2; i >= 0; i--) {
            String key = i == ordered.size() - 2 ? "files.typeList.last" : "files.typeList.more";
            tail = new DefaultMessageSourceResolvable(
                    new String[] {key}, new Object[] {ordered.get(i).label(), tail});
        }
        return tail;
    }
}
