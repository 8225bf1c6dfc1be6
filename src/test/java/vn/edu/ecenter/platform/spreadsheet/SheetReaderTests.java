package vn.edu.ecenter.platform.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import vn.edu.ecenter.platform.spreadsheet.SheetColumn.Kind;
import vn.edu.ecenter.platform.web.Rejected;
import vn.edu.ecenter.support.Xlsx;
import vn.edu.ecenter.support.Xlsx.Formula;

@DisplayName("Đọc bảng tính Excel do người dùng tải lên")
class SheetReaderTests {

    static final SheetLayout LAYOUT = new SheetLayout(
            "Học viên",
            List.of(
                    SheetColumn.of("code", "Mã học sinh", Kind.CODE, true, 14).example("HS0001"),
                    SheetColumn.of("name", "Họ và tên", Kind.TEXT, true, 28).example("Nguyễn Văn An"),
                    SheetColumn.of("birth", "Ngày sinh", Kind.DATE, true, 12).example("05/09/2009"),
                    SheetColumn.of("id", "Số định danh cá nhân", Kind.ID_NUMBER, false, 16),
                    SheetColumn.of("phone", "Điện thoại", Kind.PHONE, false, 14),
                    SheetColumn.of("note", "Ghi chú", Kind.TEXT, false, 20)),
            List.of("Mỗi dòng là một học viên."));

    static final Object[] HEADER = {
        "Mã học sinh", "Họ và tên", "Ngày sinh", "Số định danh cá nhân", "Điện thoại", "Ghi chú"
    };

    static List<Object[]> rows(Object[]... data) {
        var rows = new ArrayList<Object[]>();
        rows.add(HEADER);
        rows.addAll(List.of(data));
        return rows;
    }

    static SheetContent read(byte[] xlsx) {
        return SheetReader.read(xlsx, "hoc-vien.xlsx", LAYOUT);
    }

    static Rejected refusal(byte[] content, String name) {
        try {
            SheetReader.read(content, name, LAYOUT);
        } catch (Rejected e) {
            return e;
        }
        throw new AssertionError("The file was accepted");
    }

    @Test
    @DisplayName("Đọc ngày dạng văn bản dd/MM/yyyy và ô ngày của Excel như nhau")
    void readsDatesAsTextAndAsDateCells() {
        var content = read(Xlsx.workbook()
                .sheet(
                        "Học viên",
                        rows(
                                new Object[] {"HS1", "Nguyễn Văn An", "05/09/2009"},
                                new Object[] {"HS2", "Trần Thị Bình", LocalDate.of(2009, 9, 5)},
                                new Object[] {"HS3", "Lê Hoàng Cúc", "5/9/2009"}))
                .bytes());

        assertThat(content.rows()).extracting(row -> row.date("birth")).containsOnly(LocalDate.of(2009, 9, 5));
        assertThat(content.rows()).extracting(SheetRow::number).containsExactly(2, 3, 4);
        assertThat(content.rows()).allSatisfy(row -> assertThat(row.problems()).isEmpty());
    }

    @Test
    @DisplayName("Ngày sai dạng hoặc không có thật là lỗi của dòng, nêu dòng và cột")
    void malformedDatesAreRowProblems() {
        var content = read(Xlsx.workbook()
                .sheet(
                        "Học viên",
                        rows(
                                new Object[] {"HS1", "Nguyễn Văn An", "31/02/2009"},
                                new Object[] {"HS2", "Trần Thị Bình", "2009-09-05"},
                                new Object[] {"HS3", "Lê Hoàng Cúc", 20090905}))
                .bytes());

        assertThat(content.rows()).allSatisfy(row -> {
            assertThat(row.date("birth")).isNull();
            assertThat(row.problems()).singleElement().satisfies(p -> assertThat(p.column())
                    .isEqualTo("Ngày sinh"));
        });
        assertThat(content.rows().getFirst().problems().getFirst().key()).isEqualTo("spreadsheet.date");
        assertThat(content.rows().get(2).problems().getFirst().key()).isEqualTo("spreadsheet.dateNumber");
    }

    @Test
    @DisplayName("Số định danh và số điện thoại gõ dạng số được đọc lại với số 0 ở đầu, kèm thông báo")
    void restoresLeadingZerosOfNumbersTypedAsNumbers() {
        var content = read(Xlsx.workbook()
                .sheet(
                        "Học viên",
                        rows(
                                new Object[] {12345, "Nguyễn Văn An", "05/09/2009", 79209012345L, 912345678},
                                new Object[] {"HS2", "Trần Thị Bình", "05/09/2009", "001309012345", "0987654321"}))
                .bytes());

        SheetRow typedAsNumbers = content.rows().getFirst();
        assertThat(typedAsNumbers.text("code")).isEqualTo("12345");
        assertThat(typedAsNumbers.text("id")).isEqualTo("079209012345");
        assertThat(typedAsNumbers.text("phone")).isEqualTo("0912345678");
        assertThat(typedAsNumbers.problems()).isEmpty();
        assertThat(content.notices())
                .extracting(CellProblem::key, CellProblem::column)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("spreadsheet.zerosRestored", "Số định danh cá nhân"),
                        org.assertj.core.groups.Tuple.tuple("spreadsheet.zerosRestored", "Điện thoại"));
        assertThat(content.rows().get(1).text("id")).isEqualTo("001309012345");
    }

    @Test
    @DisplayName("Ô chứa công thức bị từ chối, thông báo nêu tên ô")
    void refusesFormulasNamingTheCell() {
        var content = read(Xlsx.workbook()
                .sheet("Học viên", rows(new Object[] {"HS1", "Nguyễn Văn An", "05/09/2009"}, new Object[] {
                    "HS2", new Formula("B2&\" 2\""), "05/09/2009"
                }))
                .bytes());

        assertThat(content.rows().get(1).problems()).singleElement().satisfies(problem -> {
            assertThat(problem.key()).isEqualTo("spreadsheet.formula");
            assertThat(problem.row()).isEqualTo(3);
            assertThat(problem.column()).isEqualTo("Họ và tên");
            assertThat(problem.args()).first().isEqualTo("B3");
        });
        assertThat(content.rows().get(1).has("name")).isFalse();
    }

    @Test
    @DisplayName("10.000 dòng trống ở cuối được bỏ qua, không sinh dòng cũng không sinh lỗi")
    void ignoresTenThousandBlankRows() {
        byte[] xlsx = Xlsx.workbook()
                .sheet("Học viên", rows(new Object[] {"HS1", "Nguyễn Văn An", "05/09/2009"}), 10_000)
                .bytes();

        var content = read(xlsx);

        // Speed is for benchmarks, not tests (docs/benchmarks/learner-import.md); here: no row and no error for them.
        assertThat(content.rows()).hasSize(1);
        assertThat(content.rows().getFirst().problems()).isEmpty();
    }

    @Test
    @DisplayName("Dòng mẫu của tệp mẫu được bỏ qua nếu giữ nguyên; tệp mẫu đọc lại được")
    void theTemplateReadsBackWithItsSampleRowSkipped() throws IOException {
        byte[] template = SheetTemplate.write(LAYOUT);

        var content = SheetReader.read(template, "mau.xlsx", LAYOUT);

        assertThat(content.rows()).isEmpty();
        assertThat(content.notices()).extracting(CellProblem::key).contains("spreadsheet.sampleSkipped");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Học viên");
            assertThat(workbook.getSheet(SheetTemplate.INSTRUCTIONS_SHEET)).isNotNull();
            var header = workbook.getSheetAt(0).getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Mã học sinh *");
            assertThat(header.getCell(5).getStringCellValue()).isEqualTo("Ghi chú");
            // ID and phone columns are text, so that Excel keeps leading zeros
            assertThat(workbook.getSheetAt(0).getColumnStyle(3).getDataFormatString())
                    .isEqualTo("@");
            assertThat(workbook.getSheetAt(0).getColumnWidth(1)).isEqualTo(28 * 256);
            assertThat(workbook.getSheet(SheetTemplate.INSTRUCTIONS_SHEET)
                            .getRow(0)
                            .getCell(0)
                            .getCellType())
                    .isEqualTo(CellType.STRING);
        }
    }

    @Test
    @DisplayName("Tệp không phải .xlsx (PDF đổi tên, Excel cũ .xls, văn bản) bị từ chối theo nội dung, không theo tên")
    void refusesFilesThatAreNotXlsxWhateverTheirName() {
        byte[] pdf = "%PDF-1.7\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII);
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        byte[] csv = "Mã học sinh;Họ và tên\nHS1;An\n".getBytes(StandardCharsets.UTF_8);

        assertThat(refusal(pdf, "hoc-vien.xlsx").messageKey()).isEqualTo("files.rejected.typeNotAllowed");
        assertThat(refusal(xls, "hoc-vien.xlsx").messageKey()).isEqualTo("files.rejected.legacyOffice");
        assertThat(refusal(csv, "hoc-vien.csv").messageKey()).isEqualTo("files.rejected.typeNotAllowed");
        assertThat(refusal(new byte[0], "hoc-vien.xlsx").messageKey()).isEqualTo("files.rejected.empty");
        assertThat(refusal(pdf, "hoc-vien.xlsx").status()).isEqualTo(400);
    }

    @Test
    @DisplayName("Trang bị đổi tên hoặc trống, thiếu cột: lỗi rõ ràng nêu tên trang và các cột thiếu")
    void sheetAndHeaderProblemsAreClear() {
        Rejected renamed = refusal(
                Xlsx.workbook()
                        .sheet("Sheet1", rows(new Object[] {"HS1", "An Văn", "01/01/2009"}))
                        .bytes(),
                "hoc-vien.xlsx");
        assertThat(renamed.messageKey()).isEqualTo("spreadsheet.sheetMissing");
        assertThat(renamed.arguments()).contains("Học viên", "\"Sheet1\"");

        Rejected empty = refusal(Xlsx.workbook().sheet("Học viên", List.of()).bytes(), "hoc-vien.xlsx");
        assertThat(empty.messageKey()).isEqualTo("spreadsheet.sheetEmpty");

        Rejected missing = refusal(
                Xlsx.workbook()
                        .sheet("hoc vien", List.<Object[]>of(new Object[] {"Mã học sinh", "Ngày sinh ", "Ghi chú"}))
                        .bytes(),
                "hoc-vien.xlsx");
        assertThat(missing.messageKey()).isEqualTo("spreadsheet.missingColumns");
        assertThat(missing.arguments()).contains("Họ và tên");
        assertThat(missing.status()).isEqualTo(400);
    }

    @Test
    @DisplayName("Mọi lý do đều có câu tiếng Việt")
    void everyReasonReadsInVietnamese() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/imports", "messages/files");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        Rejected missing = refusal(
                Xlsx.workbook()
                        .sheet("Học viên", List.<Object[]>of(new Object[] {"Mã học sinh"}))
                        .bytes(),
                "a.xlsx");
        String text = messages.getMessage(missing.messageKey(), missing.arguments(), Locale.forLanguageTag("vi"));
        assertThat(text).contains("thiếu cột").contains("Họ và tên, Ngày sinh");

        var content = read(Xlsx.workbook()
                .sheet("Học viên", rows(new Object[] {"HS2", new Formula("1+1"), "05/09/2009"}))
                .bytes());
        assertThat(messages.getMessage(
                        content.rows().getFirst().problems().getFirst().resolvable(), Locale.forLanguageTag("vi")))
                .isEqualTo(
                        "Ô B2 chứa công thức (=1+1); không nhận công thức. Hãy dán giá trị (Dán đặc biệt → Giá trị).");
    }

    @Test
    @DisplayName("Tiêu đề cột khớp không phân biệt hoa thường, dấu và dấu *")
    void headersMatchIgnoringCaseDiacriticsAndStars() {
        assertThatThrownBy(
                        () -> read(Xlsx.workbook().sheet("Học viên", List.of()).bytes()))
                .isInstanceOf(Rejected.class);
        var content = read(Xlsx.workbook()
                .sheet(
                        "HỌC VIÊN",
                        List.of(
                                new Object[] {"Danh sách học viên"},
                                new Object[] {"MA HOC SINH *", "họ và tên*", "Ngày  sinh"},
                                new Object[] {"HS1", "Nguyễn Văn An", "05/09/2009"}))
                .bytes());
        assertThat(content.headerRow()).isEqualTo(2);
        assertThat(content.rows()).singleElement().satisfies(row -> assertThat(row.text("name"))
                .isEqualTo("Nguyễn Văn An"));
    }

    /**
     * A workbook written by hand, part by part, for what Apache POI's writer never produces: shared formulas (a formula
     * filled down), array formulas, inline strings, ISO date cells, rows and cells without their address, the 1904
     * date system. Style 1 is a date format (built-in format 14).
     */
    static byte[] handMade(String sheetData, List<String> sharedStrings, boolean date1904) {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            entry(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                    <Default Extension="xml" ContentType="application/xml"/>
                    <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
                    <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
                    <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
                    <Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
                    </Types>""");
            entry(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
                    </Relationships>""");
            entry(zip, "xl/workbook.xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"
                      xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
                    <workbookPr%s/><sheets><sheet name="Học viên" sheetId="1" r:id="rId1"/></sheets></workbook>""".formatted(date1904 ? " date1904=\"1\"" : ""));
            entry(zip, "xl/_rels/workbook.xml.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
                    <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
                    <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
                    </Relationships>""");
            entry(zip, "xl/styles.xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
                    <fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>
                    <fills count="1"><fill><patternFill patternType="none"/></fill></fills>
                    <borders count="1"><border/></borders>
                    <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
                    <cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
                    <xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>
                    </styleSheet>""");
            StringBuilder strings = new StringBuilder();
            sharedStrings.forEach(text -> strings.append("<si><t>").append(text).append("</t></si>"));
            entry(zip, "xl/sharedStrings.xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">%s</sst>""".formatted(sharedStrings.size(), sharedStrings.size(), strings));
            entry(zip, "xl/worksheets/sheet1.xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>""".formatted(sheetData));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.strip().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static final String HAND_MADE_HEADER = """
            <row r="1"><c r="A1" t="inlineStr"><is><t>Mã học sinh</t></is></c><c r="B1" t="s"><v>0</v></c>\
            <c r="C1" t="inlineStr"><is><r><t>Ngày </t></r><r><t>sinh</t></r></is></c>\
            <c r="D1" t="inlineStr"><is><t>Ghi chú</t></is></c></row>""";

    @Test
    @DisplayName(
            "Công thức chép xuống và công thức mảng bị từ chối, nêu tên ô; ô chuỗi trực tiếp, ngày ISO, dòng không ghi địa chỉ vẫn đọc được")
    void readsWhatExcelAndOtherProgramsWrite() {
        byte[] xlsx =
                handMade(HAND_MADE_HEADER + """
                        <row r="2"><c r="A2" t="inlineStr"><is><t>HS1</t></is></c><c r="B2" t="s"><v>1</v></c>\
                        <c r="C2" s="1"><v>40061</v></c>\
                        <c r="D2" t="str"><f t="shared" ref="D2:D3" si="0">A2&amp;"x"</f><v>HS1x</v></c></row>\
                        <row r="3"><c r="A3" t="inlineStr"><is><t>HS2</t></is></c><c r="B3" t="s"><v>2</v></c>\
                        <c r="C3" t="d"><v>2009-09-05T00:00:00</v></c>\
                        <c r="D3" t="str"><f t="shared" si="0"/><v>HS2x</v></c></row>\
                        <row><c t="inlineStr"><is><t>HS3</t></is></c><c t="s"><v>1</v></c>\
                        <c t="inlineStr"><is><t>05/09/2009</t></is></c><c r="D4"><f t="array" ref="D4:D5">1+1</f><v>2</v></c></row>\
                        <row r="5"><c r="A5" t="inlineStr"><is><t>HS4</t></is></c><c r="B5" t="s"><v>2</v></c>\
                        <c r="C5" s="1"><v>40061</v></c><c r="D5"><v>2</v></c><c r="E5" s="1"/></row>\
                        <row r="6"><c r="A6" s="1"/><c r="B6" t="s"><v>3</v></c></row>""", List.of("Họ và tên", "Nguyễn Văn An", "Trần Thị Bình", "   "), false);

        var content = read(xlsx);

        assertThat(content.rows()).extracting(SheetRow::number).containsExactly(2, 3, 4, 5);
        assertThat(content.rows()).extracting(row -> row.text("code")).containsExactly("HS1", "HS2", "HS3", "HS4");
        assertThat(content.rows()).extracting(row -> row.date("birth")).containsOnly(LocalDate.of(2009, 9, 5));
        assertThat(content.rows())
                .flatExtracting(SheetRow::problems)
                .extracting(CellProblem::row, CellProblem::column, CellProblem::key, CellProblem::args)
                .containsExactly(
                        tuple(2, "Ghi chú", "spreadsheet.formula", List.of("D2", "A2&\"x\"")),
                        tuple(3, "Ghi chú", "spreadsheet.formulaCopy", List.of("D3")),
                        tuple(4, "Ghi chú", "spreadsheet.formula", List.of("D4", "1+1")),
                        tuple(5, "Ghi chú", "spreadsheet.formulaCopy", List.of("D5")));
    }

    @Test
    @DisplayName("Ô ngày của tệp dùng hệ ngày 1904 (Excel cũ trên Mac) được đọc đúng ngày")
    void readsDatesOfThe1904DateSystem() {
        byte[] xlsx = handMade(HAND_MADE_HEADER + """
                        <row r="2"><c r="A2" t="inlineStr"><is><t>HS1</t></is></c><c r="B2" t="s"><v>1</v></c>\
                        <c r="C2" s="1"><v>38599</v></c></row>""", List.of("Họ và tên", "Nguyễn Văn An"), true);

        assertThat(read(xlsx).rows()).singleElement().satisfies(row -> assertThat(row.date("birth"))
                .isEqualTo(LocalDate.of(2009, 9, 5)));
    }

    @Test
    @DisplayName("Tệp 20.000 dòng được đọc hết (đọc dạng luồng); dòng thứ 20.001 làm cả tệp bị từ chối")
    void readsTwentyThousandRowsAndRefusesMore() throws IOException {
        byte[] full = manyRows(SheetReader.MAX_ROWS);
        var content = read(full);
        assertThat(content.rows()).hasSize(SheetReader.MAX_ROWS);
        assertThat(content.rows().getLast().number()).isEqualTo(SheetReader.MAX_ROWS + 1);
        assertThat(content.rows().getLast().text("code")).isEqualTo("HS" + SheetReader.MAX_ROWS);
        assertThat(content.rows().getLast().date("birth")).isEqualTo(LocalDate.of(2009, 9, 5));

        Rejected tooMany = refusal(manyRows(SheetReader.MAX_ROWS + 1), "hoc-vien.xlsx");
        assertThat(tooMany.messageKey()).isEqualTo("spreadsheet.tooManyRows");
    }

    /** A learner sheet of that many rows, written with POI's streaming writer. */
    private static byte[] manyRows(int count) throws IOException {
        try (var workbook = new SXSSFWorkbook(100);
                var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Học viên");
            var header = sheet.createRow(0);
            for (int c = 0; c < HEADER.length; c++) {
                header.createCell(c).setCellValue((String) HEADER[c]);
            }
            for (int r = 1; r <= count; r++) {
                var row = sheet.createRow(r);
                row.createCell(0).setCellValue("HS" + r);
                row.createCell(1).setCellValue("Nguyễn Văn An");
                row.createCell(2).setCellValue("05/09/2009");
                row.createCell(3).setCellValue("0792090" + String.format("%05d", r));
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
