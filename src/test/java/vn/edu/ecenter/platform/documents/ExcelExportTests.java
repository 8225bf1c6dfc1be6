package vn.edu.ecenter.platform.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.edu.ecenter.platform.documents.ExcelExport.Column;

class ExcelExportTests {

    static final Locale VIETNAM = Locale.forLanguageTag("vi-VN");

    static final List<Column> COLUMNS = List.of(
            Column.text("Họ và tên"),
            Column.whole("Số buổi vắng"),
            Column.decimal("Điểm TB"),
            Column.date("Ngày sinh"),
            Column.money("Học phí"));

    @Test
    void writesTypedCellsThatExcelCanSortAndAddUp() throws IOException {
        byte[] xlsx = ExcelExport.titled("Danh sách học viên lớp 10A1", COLUMNS)
                .row("Nguyễn Thị Ánh Tuyết", 3, new BigDecimal("8.5"), LocalDate.of(2009, 2, 28), 2_340_000L)
                .row("=HYPERLINK(\"http://x\")", 0L, 7.25, LocalDate.of(2008, 12, 1), new BigDecimal("150000.00"))
                .row("Lê Văn Bình", null, null, null, null)
                .toBytes();

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Danh sách học viên lớp 10A1");
            Row first = sheet.getRow(2);
            assertThat(first.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("Nguyễn Thị Ánh Tuyết");
            assertThat(first.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(3.0);
            assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(8.5);
            assertThat(first.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0.0");
            assertThat(first.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(first.getCell(3))).isTrue();
            assertThat(first.getCell(3).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2009, 2, 28));
            assertThat(first.getCell(4).getNumericCellValue()).isEqualTo(2_340_000.0);

            var vietnamese = new DataFormatter(VIETNAM);
            assertThat(vietnamese.formatCellValue(first.getCell(2))).isEqualTo("8,5");
            assertThat(vietnamese.formatCellValue(first.getCell(3))).isEqualTo("28/02/2009");
            assertThat(vietnamese.formatCellValue(first.getCell(4))).isEqualTo("2.340.000 ₫");

            Row second = sheet.getRow(3);
            assertThat(second.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(second.getCell(0).getStringCellValue()).startsWith("=HYPERLINK");
            assertThat(vietnamese.formatCellValue(second.getCell(2))).isEqualTo("7,3");
            assertThat(vietnamese.formatCellValue(second.getCell(4))).isEqualTo("150.000 ₫");

            Row third = sheet.getRow(4);
            assertThat(third.getCell(1)).isNull();
            assertThat(sheet.getLastRowNum()).isEqualTo(4);
        }
    }

    @Test
    void boldsFreezesAndFiltersTheHeaderRow() throws IOException {
        byte[] xlsx = ExcelExport.titled("Danh sách", COLUMNS)
                .row("Trần Văn Minh", 1, 9, LocalDate.of(2010, 1, 1), 0)
                .toBytes();

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(1);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Họ và tên");
            assertThat(header.getCell(4).getStringCellValue()).isEqualTo("Học phí");
            assertThat(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex())
                            .getBold())
                    .isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A2:E3");
            assertThat(sheet.getColumnWidth(0))
                    .isGreaterThan(sheet.getColumnWidth(1) / 2)
                    .isLessThan(62 * 256);
        }
    }

    @Test
    void writesSeveralListsAsSheetsOfOneWorkbookWithDistinctNames() throws IOException {
        byte[] xlsx = ExcelExport.workbook(
                "Thời khóa biểu",
                List.of(
                        ExcelExport.titled("Lớp 10A1", List.of(Column.text("Tiết")))
                                .row("Toán"),
                        ExcelExport.titled("Lớp 10a1", List.of(Column.text("Tiết")))
                                .row("Ngữ văn"),
                        ExcelExport.titled("Giáo viên", List.of(Column.whole("Số tiết")))
                                .row(17)));

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            assertThat(List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2)))
                    .containsExactly("Lớp 10A1", "Lớp 10a1 (2)", "Giáo viên");
            assertThat(workbook.getSheetAt(1).getRow(2).getCell(0).getStringCellValue())
                    .isEqualTo("Ngữ văn");
            assertThat(workbook.getSheetAt(2).getRow(2).getCell(0).getNumericCellValue())
                    .isEqualTo(17);
            assertThat(workbook.getProperties().getCoreProperties().getTitle()).isEqualTo("Thời khóa biểu");
        }
    }

    @Test
    void keepsTextWithControlCharactersReadable() throws IOException {
        byte[] xlsx = ExcelExport.titled("Danh sách", List.of(Column.text("Ghi chú")))
                .row("Dòng 1\nDòng 2\tcó tab\u0007")
                .toBytes();

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var cell = workbook.getSheetAt(0).getRow(2).getCell(0);
            assertThat(cell.getStringCellValue()).startsWith("Dòng 1\nDòng 2\tcó tab");
            assertThat(cell.getCellStyle().getWrapText()).isTrue();
        }
    }

    @Test
    void rejectsValuesOfTheWrongKind() {
        var export = ExcelExport.titled("Danh sách", COLUMNS);

        assertThatThrownBy(() -> export.row("An", "ba", 8.5, LocalDate.now(), 1L))
                .hasMessageContaining("Row 1")
                .hasMessageContaining("Số buổi vắng");
        assertThatThrownBy(() -> export.row("An", 1, 8.5, "01/01/2010", 1L)).hasMessageContaining("Ngày sinh");
        assertThatThrownBy(() -> export.row("An", 1, 8.5, LocalDate.now(), new BigDecimal("1000.5")))
                .hasMessageContaining("not a whole number");
        assertThatThrownBy(() -> export.row("An", 1)).hasMessageContaining("2 values for 5 columns");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Danh sách học viên | Danh sách học viên",
                "Lớp 10/A1: học kỳ [I]? * | Lớp 10 A1 học kỳ I",
                "'Điểm' | Điểm",
                "Danh sách học viên đăng ký học nghề năm 2026 | Danh sách học viên đăng ký học",
                "History | History 1",
                "  //  | Sheet1"
            })
    void makesSheetNamesExcelAccepts(String wanted, String expected) {
        String name = ExcelExport.sheetName(wanted);

        assertThat(name).isEqualTo(expected);
        assertThat(name.length()).isLessThanOrEqualTo(31);
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(
            strings = {
                "=1+1",
                "=HYPERLINK(\"http://x\",\"Bấm\")",
                "+84912345678",
                "-2+3",
                "@SUM(A1:A2)",
                "=cmd|' /C calc'!A0"
            })
    @org.junit.jupiter.api.DisplayName("Ô bắt đầu bằng =, +, - hoặc @ được ghi dạng văn bản, không thành công thức")
    void writesFormulaLikeTextAsText(String text) throws IOException {
        byte[] xlsx = ExcelExport.titled(text, List.of(Column.text(text), Column.text(text)))
                .row(text, text)
                .toBytes();

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                for (var cell : row) {
                    assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                    assertThat(cell.getStringCellValue()).isEqualTo(text);
                }
            }
            var data = sheet.getRow(2).getCell(0);
            // text format "@": even if someone edits the cell in Excel, it stays text
            assertThat(data.getCellStyle().getDataFormatString()).isEqualTo("@");
        }
        String sheetXml = sheetXml(xlsx);
        assertThat(sheetXml).doesNotContain("<f>").doesNotContain("<f ");
    }

    private static String sheetXml(byte[] xlsx) throws IOException {
        try (var zip = new java.util.zip.ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().startsWith("xl/worksheets/")) {
                    return new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("No worksheet in the file");
    }
}
