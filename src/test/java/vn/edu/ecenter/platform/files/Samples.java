package vn.edu.ecenter.platform.files;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Real files of each kind, made in memory, for the content-detection tests. */
final class Samples {

    static final String CSV_TEXT =
            "Họ và tên;Ngày sinh;Điểm\nNguyễn Văn An;05/09/2009;8,5\nTrần Thị Ánh;12/01/2010;9,0\n";

    private Samples() {}

    static byte[] named(String sample) {
        return switch (sample) {
            case "pdf" -> pdf();
            case "png" -> image("png");
            case "jpeg" -> image("jpg");
            case "xlsx" -> xlsx();
            case "docx" -> docx();
            case "utf8-text" -> utf8(CSV_TEXT);
            case "utf8-text-with-bom" -> withBom(utf8(CSV_TEXT));
            case "utf8-text-long" -> utf8("Điểm trung bình môn học kỳ ".repeat(20_000));
            case "utf16-text" -> utf16le();
            case "windows-1258-text" -> CSV_TEXT.getBytes(Charset.forName("windows-1258"));
            case "utf8-cut-mid-letter" -> cutLastByte(utf8("Học lực: Khá"));
            case "text-with-nul" -> utf8("Họ tên\u0000Điểm");
            case "windows-exe" -> exe();
            case "linux-elf" -> new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0};
            case "legacy-xls" ->
                new byte[] {
                    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0
                };
            case "plain-zip" -> zip("bai-giang/slide1.txt");
            case "pptx-like-zip" -> zip("[Content_Types].xml", "ppt/presentation.xml");
            case "broken-zip" -> new byte[] {'P', 'K', 3, 4, 1, 2, 3};
            case "binary" -> new byte[] {0x1F, (byte) 0x8B, 8, 0, 0, 0, 0, 0, 0, 3};
            case "empty" -> new byte[0];
            default -> throw new IllegalArgumentException(sample);
        };
    }

    static byte[] pdf() {
        return utf8("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
    }

    /** The start of a Windows program: "MZ", the DOS header and stub, NULs included. */
    static byte[] exe() {
        byte[] bytes = new byte[256];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        bytes[2] = (byte) 0x90;
        byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(stub, 0, bytes, 78, stub.length);
        return bytes;
    }

    private static byte[] image(String format) {
        var image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0x0B5394);
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] xlsx() {
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            workbook.createSheet("Bảng điểm").createRow(0).createCell(0).setCellValue("Nguyễn Văn An");
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] docx() {
        try (var document = new XWPFDocument();
                var out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("Quyết định công nhận tốt nghiệp");
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] zip(String... entries) {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write(utf8("nội dung"));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] utf16le() {
        byte[] text = CSV_TEXT.getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[text.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(text, 0, bytes, 2, text.length);
        return bytes;
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] withBom(byte[] text) {
        byte[] bytes = new byte[text.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bytes, 3, text.length);
        return bytes;
    }

    private static byte[] cutLastByte(byte[] bytes) {
        return java.util.Arrays.copyOf(bytes, bytes.length - 1);
    }
}
