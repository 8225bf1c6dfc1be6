package vn.edu.ecenter.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.jspecify.annotations.Nullable;

/**
 * What a file's bytes are, decided from the bytes alone: magic numbers for PDF and images, the entries of the zip for
 * Office documents, and a full UTF-8 check for text. Also recognises a few kinds that are refused, so that the message
 * can say what the file really is (a program, an old .xls/.doc, text in a legacy encoding).
 */
enum Content {
    PDF(FileType.PDF),
    PNG(FileType.PNG),
    JPEG(FileType.JPEG),
    XLSX(FileType.XLSX),
    DOCX(FileType.DOCX),
    /** Valid UTF-8 without NUL: plain text or CSV, depending on the name. */
    TEXT(FileType.TEXT),
    EMPTY(null),
    /** A Windows (MZ) or Linux/Unix (ELF) program, or a Java class. */
    EXECUTABLE(null),
    /** An OLE2 compound file: Excel 97–2003 (.xls), Word 97–2003 (.doc), PowerPoint (.ppt). */
    LEGACY_OFFICE(null),
    /** A zip that is not an Office Open XML document (or a damaged one). */
    ARCHIVE(null),
    /** Text that is not UTF-8: UTF-16, or a legacy Vietnamese encoding such as TCVN3, VNI or Windows-1258. */
    NOT_UTF8_TEXT(null),
    UNKNOWN(null);

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] OLE2_MAGIC = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };
    private static final byte[] ELF_MAGIC = {0x7F, 'E', 'L', 'F'};
    private static final byte[] UTF16_LE_BOM = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] UTF16_BE_BOM = {(byte) 0xFE, (byte) 0xFF};
    private static final byte[] CLASS_MAGIC = {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE};

    private static final int BUFFER = 64 * 1024;

    private final @Nullable FileType type;

    Content(@Nullable FileType type) {
        this.type = type;
    }

    /** The accepted type of this content, or null for content that is never accepted. */
    @Nullable
    FileType type() {
        return type;
    }

    static Content of(Path file) {
        try {
            if (Files.size(file) == 0) {
                return EMPTY;
            }
            byte[] head = head(file, 8);
            return fromHead(file, head);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Content fromHead(Path file, byte[] head) throws IOException {
        if (startsWith(head, PDF_MAGIC)) {
            return PDF;
        }
        if (startsWith(head, PNG_MAGIC)) {
            return PNG;
        }
        if (startsWith(head, JPEG_MAGIC)) {
            return JPEG;
        }
        if (startsWith(head, ZIP_MAGIC)) {
            return officeDocument(file);
        }
        if (startsWith(head, OLE2_MAGIC)) {
            return LEGACY_OFFICE;
        }
        if (head.length >= 2 && head[0] == 'M' && head[1] == 'Z'
                || startsWith(head, ELF_MAGIC)
                || startsWith(head, CLASS_MAGIC)) {
            return EXECUTABLE;
        }
        return text(file);
    }

    /** An .xlsx or .docx is a zip with {@code [Content_Types].xml} and its main part. */
    private static Content officeDocument(Path file) throws IOException {
        try (var zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("[Content_Types].xml") == null) {
                return ARCHIVE;
            }
            if (zip.getEntry("xl/workbook.xml") != null) {
                return XLSX;
            }
            if (zip.getEntry("word/document.xml") != null) {
                return DOCX;
            }
            return ARCHIVE;
        } catch (ZipException e) {
            return ARCHIVE;
        }
    }

    /** Valid UTF-8 without NUL is text; a byte-order mark for UTF-16, or invalid UTF-8 without NUL, is other text. */
    private static Content text(Path file) throws IOException {
        if (startsWith(head(file, 2), UTF16_LE_BOM) || startsWith(head(file, 2), UTF16_BE_BOM)) {
            return NOT_UTF8_TEXT;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(BUFFER);
        CharBuffer out = CharBuffer.allocate(BUFFER);
        try (InputStream stream = Files.newInputStream(file)) {
            while (true) {
                int read = stream.read(in.array(), in.position(), in.remaining());
                boolean end = read == -1;
                if (!end) {
                    if (containsNul(in.array(), in.position(), read)) {
                        return UNKNOWN;
                    }
                    in.position(in.position() + read);
                }
                in.flip();
                if (decoder.decode(in, out, end).isError()) {
                    return containsNul(file) ? UNKNOWN : NOT_UTF8_TEXT;
                }
                out.clear();
                in.compact();
                if (end) {
                    return TEXT;
                }
            }
        }
    }

    /** Binary formats nearly always have a NUL in their first kilobytes; text in any 8-bit encoding has none. */
    private static boolean containsNul(Path file) throws IOException {
        byte[] start = head(file, BUFFER);
        return containsNul(start, 0, start.length);
    }

    private static boolean containsNul(byte[] bytes, int from, int length) {
        for (int i = from; i < from + length; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static byte[] head(Path file, int length) throws IOException {
        try (InputStream stream = Files.newInputStream(file)) {
            return stream.readNBytes(length);
        }
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }
}
