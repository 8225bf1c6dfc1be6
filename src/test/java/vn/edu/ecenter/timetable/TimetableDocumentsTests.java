package vn.edu.ecenter.timetable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.edu.ecenter.academics.AcademicsFixture;
import vn.edu.ecenter.identity.Role;
import vn.edu.ecenter.platform.web.Rejected;
import vn.edu.ecenter.support.EcenterTest;
import vn.edu.ecenter.timetable.TimetableDocuments.Print;
import vn.edu.ecenter.timetable.fet.CheckResult;
import vn.edu.ecenter.timetable.fet.FetChecker;
import vn.edu.ecenter.timetable.fet.FetConstraint;
import vn.edu.ecenter.timetable.fet.FetDocument;
import vn.edu.ecenter.timetable.fet.FetReader;
import vn.edu.ecenter.timetable.fet.Scope;
import vn.edu.ecenter.timetable.fet.Timetable;

/** A published timetable printed per class, teacher and room and for the whole centre, exported, and its workload. */
@EcenterTest
@DisplayName("Thời khóa biểu: in PDF, xuất Excel, định mức tiết dạy")
class TimetableDocumentsTests {

    static final Locale VI = Locale.of("vi");

    @Autowired
    TimetableDocuments documents;

    @Autowired
    Timetables timetables;

    @Autowired
    TimetableFixture timetableFixture;

    @Autowired
    AcademicsFixture fixture;

    TimetableFixture.Centre centre;
    VersionView published;

    @BeforeEach
    void publishedTimetable() {
        centre = timetableFixture.centre(2044);
        published = timetableFixture.published(centre, centre.year().startsOn(), null);
    }

    @Test
    @DisplayName("In theo lớp: mỗi lớp một trang A4 ngang, có môn, giáo viên, giờ các tiết, số TKB và ngày áp dụng")
    void printsAPagePerClassInLandscape() throws IOException {
        byte[] pdf = fixture.asDirector(() -> documents.print(published.id(), Print.CLASSES, null, VI));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            PDRectangle page = document.getPage(0).getMediaBox();
            assertThat(page.getWidth()).isGreaterThan(page.getHeight());
            String first = text(document, 1);
            assertThat(first)
                    .contains("THỜI KHÓA BIỂU LỚP 10A1")
                    .contains("Năm học " + centre.year().name())
                    .contains("TKB số " + published.number())
                    .contains("Áp dụng từ 05/09/2044")
                    .contains("Thứ 2", "Thứ 7", "Buổi sáng")
                    .contains("07:00–07:45")
                    .contains("Toán", "Ngữ văn", "Tin học")
                    .contains("Nguyễn Thị Hà", "Trần Văn Lan", "Lê Minh")
                    .doesNotContain("10A2");
            assertThat(text(document, 2)).contains("THỜI KHÓA BIỂU LỚP 10A2");
        }
    }

    @Test
    @DisplayName("In một lớp, theo giáo viên, theo phòng và toàn trường")
    void printsOneClassTeachersRoomsAndTheWholeCentre() throws IOException {
        byte[] one = fixture.asDirector(() ->
                documents.print(published.id(), Print.CLASSES, centre.a2().id().toString(), VI));
        byte[] teachers = fixture.asDirector(() -> documents.print(published.id(), Print.TEACHERS, null, VI));
        byte[] rooms = fixture.asDirector(() -> documents.print(published.id(), Print.ROOMS, null, VI));
        byte[] whole = fixture.asDirector(() -> documents.print(published.id(), Print.CENTRE, null, VI));

        try (PDDocument document = Loader.loadPDF(one)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(text(document, 1)).contains("THỜI KHÓA BIỂU LỚP 10A2").doesNotContain("10A1");
        }
        try (PDDocument document = Loader.loadPDF(teachers)) {
            assertThat(document.getNumberOfPages()).isEqualTo(3);
            String all = text(document, 1) + text(document, 2) + text(document, 3);
            assertThat(all)
                    .contains("THỜI KHÓA BIỂU GIÁO VIÊN NGUYỄN THỊ HÀ")
                    .contains("THỜI KHÓA BIỂU GIÁO VIÊN TRẦN VĂN LAN")
                    .contains("THỜI KHÓA BIỂU GIÁO VIÊN LÊ MINH")
                    .contains("P.10A1", "P.10A2");
        }
        try (PDDocument document = Loader.loadPDF(rooms)) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            assertThat(text(document, 1)).contains("THỜI KHÓA BIỂU PHÒNG P.10A1", "Nguyễn Thị Hà");
        }
        try (PDDocument document = Loader.loadPDF(whole)) {
            assertThat(text(document, 1))
                    .contains("THỜI KHÓA BIỂU TOÀN TRƯỜNG")
                    .contains("10A1", "10A2", "Toán", "Hà", "Lan", "Minh")
                    .contains("1: 07:00–07:45");
        }
    }

    @Test
    @DisplayName(
            "Xuất tệp FET: FET đọc được, đủ mọi tiết, khóa đúng chỗ, không vi phạm điều kiện bắt buộc theo cách hiểu của FET")
    void exportsAFetFileThatFetsOwnRulesAccept() {
        byte[] file = fixture.asDirector(() -> documents.fet(published.id(), VI));

        FetDocument document = FetReader.read(new ByteArrayInputStream(file));
        // Toán 3 + Ngữ văn 3 + Tin học 2 in each of the two classes, as lessons of 1 or 2 periods.
        assertThat(document.activities().stream().mapToInt(a -> a.duration()).sum())
                .isEqualTo(16);
        assertThat(document.years()).extracting(y -> y.name()).containsExactlyInAnyOrder("10A1", "10A2");
        assertThat(document.teachers()).extracting(t -> t.name()).contains("Nguyễn Thị Hà");
        CheckResult check = FetChecker.check(document, Timetable.lockedIn(document));
        assertThat(check.placed())
                .isEqualTo(check.activeActivities())
                .isEqualTo(document.activities().size());
        assertThat(check.hardViolations()).isZero();
        // A class studies in its own session only: the morning classes are not available in the afternoon.
        assertThat(document.timeConstraints())
                .filteredOn(c -> c instanceof FetConstraint.NotAvailableTimes n
                        && n.scope().equals(new Scope.OneStudentsSet("10A1")))
                .singleElement()
                .satisfies(c -> assertThat(((FetConstraint.NotAvailableTimes) c).slots())
                        .hasSize(document.days().size() * (document.hours().size() - 5)));
        assertThatThrownBy(() ->
                        fixture.as(Role.TEACHER, centre.ha().accountId(), () -> documents.fet(published.id(), VI)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @DisplayName("Giáo viên in được TKB đã công bố, không thấy bản nháp; nhân viên khác không in được")
    void teachersPrintPublishedVersionsOnly() throws IOException {
        VersionView draft =
                timetableFixture.solvedDraft(centre, centre.year().startsOn().plusWeeks(4), null);

        byte[] pdf = fixture.as(
                Role.TEACHER,
                centre.ha().accountId(),
                () -> documents.print(
                        published.id(), Print.TEACHERS, centre.ha().staffId().toString(), VI));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(text(document, 1)).contains("NGUYỄN THỊ HÀ");
        }
        assertThatThrownBy(() -> fixture.as(
                        Role.TEACHER,
                        centre.ha().accountId(),
                        () -> documents.print(draft.id(), Print.CLASSES, null, VI)))
                .isInstanceOfSatisfying(
                        Rejected.class, e -> assertThat(e.messageKey()).isEqualTo("timetable.version.notFound"));
        assertThatThrownBy(() -> fixture.as(
                        Role.ACCOUNTANT, null, () -> documents.print(published.id(), Print.CLASSES, null, VI)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() ->
                        fixture.asDirector(() -> documents.print(published.id(), Print.ROOMS, "Phòng không có", VI)))
                .isInstanceOfSatisfying(
                        Rejected.class, e -> assertThat(e.messageKey()).isEqualTo("timetable.print.notFound"));
    }

    @Test
    @DisplayName("Xuất Excel: mỗi lớp một trang tính, mỗi giáo viên một trang tính, đủ số tiết")
    void exportsASheetPerClassAndPerTeacher() throws IOException {
        byte[] xlsx = fixture.asDirector(() -> documents.workbook(published.id(), VI));

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> names = IntStream.range(0, workbook.getNumberOfSheets())
                    .mapToObj(workbook::getSheetName)
                    .toList();
            assertThat(names).containsExactly("10A1", "10A2", "GV Nguyễn Thị Hà", "GV Trần Văn Lan", "GV Lê Minh");
            Sheet a1 = workbook.getSheet("10A1");
            assertThat(a1.getRow(0).getCell(0).getStringCellValue()).startsWith("Thời khóa biểu lớp 10A1");
            assertThat(a1.getRow(1).getCell(3).getStringCellValue()).isEqualTo("Thứ 2");
            assertThat(cellsContaining(a1, "Toán")).isEqualTo(3);
            assertThat(cellsContaining(a1, "Tin học")).isEqualTo(2);
            assertThat(cellsContaining(workbook.getSheet("GV Nguyễn Thị Hà"), "10A2"))
                    .isEqualTo(3);
            assertThat(a1.getRow(2).getCell(2).getStringCellValue()).isEqualTo("07:00–07:45");
        }
    }

    @Test
    @DisplayName("Định mức: số tiết trên TKB so với phân công và định mức, thừa/thiếu; xuất Excel")
    void comparesEachTeachersTimetableWithTheNorm() throws IOException {
        List<WorkloadRow> rows = fixture.asDirector(() -> documents.workload(published.id()));

        WorkloadRow ha = row(rows, centre.ha().staffId());
        assertThat(ha.timetabled()).isEqualTo(6);
        assertThat(ha.assigned()).isEqualByComparingTo("6");
        assertThat(ha.owed()).isEqualByComparingTo("17");
        assertThat(ha.balance()).isEqualByComparingTo("-11");
        assertThat(ha.shortfall()).isTrue();
        assertThat(ha.balanceText()).isEqualTo("11");
        WorkloadRow minh = row(rows, centre.minh());
        assertThat(minh.timetabled()).isEqualTo(4);
        assertThat(minh.assignedText()).isEqualTo("3");
        assertThat(minh.notTimetabled()).isEqualByComparingTo("-1");
        assertThat(WorkloadRow.vietnamese(new BigDecimal("1.50"))).isEqualTo("1,5");
        assertThatThrownBy(() ->
                        fixture.as(Role.TEACHER, centre.ha().accountId(), () -> documents.workload(published.id())))
                .isInstanceOf(AccessDeniedException.class);

        byte[] xlsx = fixture.asDirector(() -> documents.workloadWorkbook(published.id(), VI));
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            // One row per teacher, in the page's order, under the title and the header (other tests' teachers too).
            assertThat(sheet.getLastRowNum()).isEqualTo(rows.size() + 1);
            Row found = sheet.getRow(rows.indexOf(ha) + 2);
            assertThat(found.getCell(0).getStringCellValue()).isEqualTo("Nguyễn Thị Hà");
            assertThat(found.getCell(1).getNumericCellValue()).isEqualTo(17);
            assertThat(found.getCell(5).getNumericCellValue()).isEqualTo(6);
            assertThat(found.getCell(8).getNumericCellValue()).isEqualTo(-11);
        }
    }

    private static WorkloadRow row(List<WorkloadRow> rows, java.util.UUID staffId) {
        return rows.stream()
                .filter(r -> r.staffId().equals(staffId))
                .findFirst()
                .orElseThrow();
    }

    private static int cellsContaining(Sheet sheet, String text) {
        List<String> found = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getRowNum() < 2) {
                continue;
            }
            for (Cell cell : row) {
                if (cell.getColumnIndex() >= 3 && cell.getStringCellValue().contains(text)) {
                    found.add(cell.getStringCellValue());
                }
            }
        }
        return found.size();
    }

    private static String text(PDDocument document, int page) throws IOException {
        var stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }
}
