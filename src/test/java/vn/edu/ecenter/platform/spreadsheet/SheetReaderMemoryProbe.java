package vn.edu.ecenter.platform.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.edu.ecenter.platform.spreadsheet.SheetColumn.Kind;
import vn.edu.ecenter.platform.web.Rejected;

/**
 * Not a test: a program for {@code bench/sheet-reader.sh}, run in a JVM of a small heap ({@code -Xmx}), that writes a
 * learner sheet of the given number of rows (17 filled columns, as the learner template with a guardian) and reads it
 * with {@link SheetReader}. It prints the rows read and the time, or the refusal; an {@link OutOfMemoryError} means the
 * heap was too small for the reader.
 *
 * <p>Usage: {@code java -Xmx64m -cp … SheetReaderMemoryProbe 20000}
 */
public final class SheetReaderMemoryProbe {

    private static final String[] HEADERS = {
        "Mã học sinh", "Họ và tên", "Ngày sinh", "Giới tính", "Số định danh cá nhân", "Dân tộc", "Tôn giáo",
        "Nơi sinh", "Quê quán", "Địa chỉ (số nhà, đường)", "Phường/Xã", "Tỉnh/Thành phố", "Điện thoại", "Email",
        "Họ tên phụ huynh", "Quan hệ", "Điện thoại phụ huynh"
    };

    private SheetReaderMemoryProbe() {}

    public static void main(String[] args) throws IOException {
        int rows = Integer.parseInt(args[0]);
        byte[] file = sheet(rows);
        List<SheetColumn> columns = new ArrayList<>();
        for (int c = 0; c < HEADERS.length; c++) {
            Kind kind =
                    switch (c) {
                        case 0 -> Kind.CODE;
                        case 2 -> Kind.DATE;
                        case 4 -> Kind.ID_NUMBER;
                        case 12, 16 -> Kind.PHONE;
                        default -> Kind.TEXT;
                    };
            columns.add(SheetColumn.of("c" + c, HEADERS[c], kind, c < 4, 12));
        }
        var layout = new SheetLayout("Học viên", columns, List.of());
        long start = System.nanoTime();
        try {
            var content = SheetReader.read(file, "hoc-vien.xlsx", layout);
            System.out.printf(
                    "%d rows (%d KB file): read %d rows in %d ms%n",
                    rows, file.length / 1024, content.rows().size(), (System.nanoTime() - start) / 1_000_000);
        } catch (Rejected e) {
            System.out.printf(
                    "%d rows (%d KB file): refused (%s) in %d ms%n",
                    rows, file.length / 1024, e.messageKey(), (System.nanoTime() - start) / 1_000_000);
        }
    }

    private static byte[] sheet(int rows) throws IOException {
        try (var workbook = new SXSSFWorkbook(100);
                var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Học viên");
            var header = sheet.createRow(0);
            for (int c = 0; c < HEADERS.length; c++) {
                header.createCell(c).setCellValue(HEADERS[c]);
            }
            for (int r = 1; r <= rows; r++) {
                String[] values = {
                    "HS" + (10_000_000 + r),
                    "Nguyễn Thị Ánh Tuyết",
                    "05/09/2009",
                    "Nữ",
                    "0793090" + String.format("%05d", r % 100_000),
                    "Kinh",
                    "Không",
                    "TP. Hồ Chí Minh",
                    "Hà Nội",
                    r + " Nguyễn Trãi",
                    "Phường Bến Thành",
                    "TP. Hồ Chí Minh",
                    "09" + (10_000_000 + r),
                    "hs" + r + "@example.vn",
                    "Nguyễn Văn Bình",
                    "Cha",
                    "098" + (1_000_000 + r)
                };
                var row = sheet.createRow(r);
                for (int c = 0; c < values.length; c++) {
                    row.createCell(c).setCellValue(values[c]);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
