package vn.edu.ecenter.platform.documents;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Responses that hand a generated file to the browser. The file name is given in Vietnamese; the {@code
 * Content-Disposition} header carries it as RFC 5987/6266 {@code filename*} (UTF-8) plus a plain ASCII {@code filename}
 * without diacritics for old clients ("Danh sách tài khoản.xlsx" becomes "Danh sach tai khoan.xlsx"). Exports hold
 * personal data, so no cache may keep them.
 */
public final class Downloads {

    public static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private static final String ATTR_CHARS = "!#$&+-.^_`|~";

    private Downloads() {}

    /** A PDF shown in the browser's viewer (to read or print); saving it keeps the given name. */
    public static ResponseEntity<byte[]> pdf(byte[] content, String filename) {
        return respond(content, MediaType.APPLICATION_PDF, "inline", filename);
    }

    /** An Excel workbook, downloaded. */
    public static ResponseEntity<byte[]> xlsx(byte[] content, String filename) {
        return respond(content, XLSX, "attachment", filename);
    }

    /** Any other file, downloaded (e.g. a FET file as {@code application/xml}). */
    public static ResponseEntity<byte[]> attachment(byte[] content, MediaType type, String filename) {
        return respond(content, type, "attachment", filename);
    }

    private static ResponseEntity<byte[]> respond(byte[] content, MediaType type, String disposition, String filename) {
        return ResponseEntity.ok()
                .contentType(type)
                .contentLength(content.length)
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(disposition, filename))
                .cacheControl(CacheControl.noStore())
                .body(content);
    }

    /** {@code attachment; filename="Danh sach.xlsx"; filename*=UTF-8''Danh%20s%C3%A1ch.xlsx}. */
    public static String contentDisposition(String disposition, String filename) {
        String name = Normalizer.normalize(filename, Normalizer.Form.NFC).strip();
        return disposition + "; filename=\"" + asciiFallback(name) + "\"; filename*=UTF-8''" + encode(name);
    }

    /** The name without diacritics, and without anything that is not a letter, digit, space, dot, dash or underscore. */
    static String asciiFallback(String filename) {
        String plain = Normalizer.normalize(filename.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .replaceAll("[^A-Za-z0-9 ._-]+", "_")
                .replaceAll("_{2,}", "_")
                .strip();
        return plain.isEmpty() || plain.startsWith(".") ? "download" + plain : plain;
    }

    private static String encode(String value) {
        var out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'A' && c <= 'Z')
                    || (c >= 'a' && c <= 'z')
                    || (c >= '0' && c <= '9')
                    || ATTR_CHARS.indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%')
                        .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
