package vn.edu.ecenter.academics.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.edu.ecenter.academics.Academics;
import vn.edu.ecenter.academics.AcademicsFixture;
import vn.edu.ecenter.academics.ClassSession;
import vn.edu.ecenter.academics.ClassView;
import vn.edu.ecenter.academics.CreateClass;
import vn.edu.ecenter.academics.Enrol;
import vn.edu.ecenter.academics.SubjectView;
import vn.edu.ecenter.academics.WorkloadRule;
import vn.edu.ecenter.centres.SchoolYearView;
import vn.edu.ecenter.support.Browser;
import vn.edu.ecenter.support.EcenterTest;
import vn.edu.ecenter.support.Page;
import vn.edu.ecenter.support.TestAccounts;

/**
 * The programme's forms through the real server — add a subject, define a combination, change the workload rule — and
 * the Excel exports of the combinations, the calendar and the rollover preview, each with the columns and rows of its
 * page, and text that looks like a formula kept as text.
 */
@EcenterTest
@DisplayName("Môn học, tổ hợp môn, quy định định mức; xuất Excel lịch năm học và chuyển năm")
class ProgrammeFormsTests {

    @LocalServerPort
    int port;

    @Autowired
    Academics academics;

    @Autowired
    AcademicsFixture fixture;

    SchoolYearView year;

    @BeforeEach
    void theStandardProgramme() {
        year = fixture.currentYear();
        fixture.asDirector(() -> academics.installStandardProgramme());
    }

    private Browser director() {
        return Browser.signedIn(port, "giamdoc", TestAccounts.DEMO_PASSWORD);
    }

    private Browser clerk() {
        return Browser.signedIn(port, "vanthu", TestAccounts.DEMO_PASSWORD);
    }

    private Browser teacher() {
        return Browser.signedIn(port, fixture.teacherWithAccount("Cao Văn Dạy").username(), TestAccounts.PASSWORD);
    }

    private List<SubjectView> subjects() {
        return fixture.asDirector(() -> academics.subjects());
    }

    @Test
    @DisplayName("Ban giám đốc thêm môn học ở trang Môn học; mã sai thì báo lỗi tiếng Việt, không thêm gì")
    void directorAddsASubject() {
        Browser director = director();
        String code = "T" + AcademicsFixture.unique().toUpperCase();
        int before = subjects().size();

        Page added = director.post(
                "/academics/subjects",
                "code",
                code.toLowerCase(),
                "name",
                "  Giáo dục địa phương  ",
                "kind",
                "OPTIONAL",
                "scored",
                "true",
                "periodsPerYear",
                "35");

        assertThat(added.location()).isEqualTo("/academics/subjects");
        Page page = director.get("/academics/subjects");
        assertThat(page.mainText()).contains("Đã thêm môn Giáo dục địa phương.");
        Element row = page.document().select("main table").first().select("tbody tr").stream()
                .filter(r -> r.child(0).text().equals(code))
                .findFirst()
                .orElseThrow();
        assertThat(row.children())
                .extracting(Element::text)
                .containsExactly(code, "Giáo dục địa phương", "Tự chọn", "Cho điểm", "35");
        assertThat(subjects().getLast().code()).isEqualTo(code);
        assertThat(subjects()).hasSize(before + 1);

        director.post(
                "/academics/subjects", "code", "Sai mã", "name", "Môn sai", "kind", "OPTIONAL", "periodsPerYear", "35");
        assertThat(director.get("/academics/subjects").mainText()).contains("Mã môn \"Sai mã\" không hợp lệ");
        director.post("/academics/subjects", "code", code + "X", "name", "Môn sai", "periodsPerYear", "nhiều");
        assertThat(director.get("/academics/subjects").mainText())
                .contains("Số tiết/năm phải từ 0 đến 400 (đã nhập nhiều).");
        director.post("/academics/subjects", "code", code, "name", "Trùng mã", "periodsPerYear", "35");
        assertThat(director.get("/academics/subjects").mainText())
                .contains("Mã môn \"" + code + "\" đã có trong chương trình của trung tâm.");
        assertThat(clerk().post("/academics/subjects", "code", code + "Y", "name", "Văn thư", "periodsPerYear", "1")
                        .status())
                .isEqualTo(403);
        assertThat(subjects()).hasSize(before + 1);
    }

    @Test
    @DisplayName("Định nghĩa tổ hợp môn, xem danh sách và xuất Excel cùng cột; thiếu môn lựa chọn thì báo lỗi")
    void definesAndListsCombinations() throws IOException {
        Browser director = director();
        String code = "C" + AcademicsFixture.unique().toUpperCase();
        String name = "@Tự nhiên " + code;

        Page defined = director.post(
                "/academics/combinations",
                "code",
                code,
                "name",
                name,
                "subjects",
                "LY",
                "subjects",
                "HOA",
                "subjects",
                "SINH",
                "subjects",
                "TIN",
                "subjects",
                "ANH");

        assertThat(defined.location()).isEqualTo("/academics/combinations");
        Page page = director.get("/academics/combinations");
        assertThat(page.mainText()).contains("Đã thêm tổ hợp " + code + ".");
        List<List<String>> screen = rows(page.document(), "table.combinations");
        assertThat(screen).contains(List.of(code, name, "Vật lí, Hóa học, Sinh học, Tin học, Tiếng Anh"));

        HttpResponse<byte[]> excel = director.download("/academics/combinations/export.xlsx");
        assertThat(excel.statusCode()).isEqualTo(200);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(excel.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(headers(sheet)).isEqualTo(headers(page.document(), "table.combinations"));
            assertThat(cells(sheet, 3)).isEqualTo(screen);
            Cell cell = cellOf(sheet, name, 1);
            assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell.getStringCellValue()).isEqualTo(name);
        }

        int before = fixture.asDirector(() -> academics.combinations()).size();
        director.post(
                "/academics/combinations",
                "code",
                code + "B",
                "name",
                "Thiếu môn",
                "subjects",
                "LY",
                "subjects",
                "HOA",
                "subjects",
                "SINH");
        assertThat(director.get("/academics/combinations").mainText())
                .contains("Tổ hợp môn phải có đúng 4 môn lựa chọn (đang có 3).");
        director.post("/academics/combinations", "code", code + "C", "name", " ", "subjects", "LY");
        assertThat(director.get("/academics/combinations").mainText()).contains("Vui lòng nhập tên tổ hợp môn.");

        Browser teacher = teacher();
        Page read = teacher.get("/academics/combinations");
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.mainText()).contains(code);
        assertThat(read.document().select("form.combination-form")).isEmpty();
        assertThat(teacher.post("/academics/combinations", "code", code + "D", "name", "GV")
                        .status())
                .isEqualTo(403);
        assertThat(fixture.asDirector(() -> academics.combinations())).hasSize(before);
    }

    @Test
    @DisplayName("Ban giám đốc đổi mức giảm GVCN và trần giảm; số sai thì báo lỗi, giữ quy định cũ")
    void directorChangesTheWorkloadRule() {
        WorkloadRule before = fixture.asDirector(() -> academics.workloadRule());
        try {
            Browser director = director();
            Page saved =
                    director.post("/academics/workload/rule", "homeroomReduction", "3", "reductionCapPercent", "40");

            assertThat(saved.location()).isEqualTo("/academics/workload");
            assertThat(fixture.asDirector(() -> academics.workloadRule())).isEqualTo(new WorkloadRule(3, 40));
            Page page = director.get("/academics/workload");
            assertThat(page.mainText()).contains("GVCN giảm 3 tiết").contains("không quá 40 % định mức");
            assertThat(page.document().selectFirst("#homeroomReduction").val()).isEqualTo("3");

            director.post("/academics/workload/rule", "homeroomReduction", "-1", "reductionCapPercent", "40");
            assertThat(director.get("/academics/workload").mainText())
                    .contains("Mức giảm cho GVCN phải là số nguyên từ 0 trở lên")
                    .contains("đã nhập \"-1\" tiết, \"40\" %");
            director.post("/academics/workload/rule", "homeroomReduction", "4", "reductionCapPercent", "năm mươi");
            assertThat(director.get("/academics/workload").mainText()).contains("\"năm mươi\" %");
            assertThat(clerk().post("/academics/workload/rule", "homeroomReduction", "1", "reductionCapPercent", "10")
                            .status())
                    .isEqualTo(403);
            assertThat(fixture.asDirector(() -> academics.workloadRule())).isEqualTo(new WorkloadRule(3, 40));
        } finally {
            fixture.asDirector(() -> academics.setWorkloadRule(before));
        }
    }

    @Test
    @DisplayName("Xuất Excel lịch năm học: cùng cột, cùng dòng với màn hình; tên bắt đầu bằng = hay + vẫn là chữ")
    void calendarExportFollowsTheScreen() throws IOException {
        Browser director = director();
        // October holds no demo holiday, so marking and unmarking these days disturbs no other test.
        LocalDate holiday = year.startsOn().plusDays(40);
        LocalDate makeUp = holiday.plusDays(1);
        try {
            director.post("/academics/calendar", "day", holiday.toString(), "kind", "HOLIDAY", "name", "=1+1 Nghỉ");
            director.post("/academics/calendar", "day", makeUp.toString(), "kind", "MAKE_UP", "name", "+Học bù");

            Browser clerk = clerk();
            Document page = clerk.get("/academics/calendar").document();
            List<List<String>> screen = rows(page, "table.calendar-days");
            assertThat(screen)
                    .contains(
                            List.of(ClassesController.DATE.format(holiday), "Nghỉ", "=1+1 Nghỉ", ""),
                            List.of(ClassesController.DATE.format(makeUp), "Học bù", "+Học bù", ""));

            HttpResponse<byte[]> excel = clerk.download("/academics/calendar/export.xlsx");
            assertThat(excel.statusCode()).isEqualTo(200);
            assertThat(excel.headers().firstValue("Content-Disposition").orElseThrow())
                    .contains(".xlsx");
            try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(excel.body()))) {
                Sheet sheet = workbook.getSheetAt(0);
                assertThat(headers(sheet))
                        .isEqualTo(headers(page, "table.calendar-days"))
                        .containsExactly("Ngày", "Loại", "Tên", "Ghi chú");
                assertThat(cells(sheet, 4)).isEqualTo(screen);
                Row holidayRow = sheet.getRow(2
                        + screen.indexOf(screen.stream()
                                .filter(r -> r.get(2).equals("=1+1 Nghỉ"))
                                .findFirst()
                                .orElseThrow()));
                assertThat(holidayRow.getCell(0).getLocalDateTimeCellValue().toLocalDate())
                        .isEqualTo(holiday);
                assertThat(holidayRow.getCell(2).getCellType()).isEqualTo(CellType.STRING);
                assertThat(cellOf(sheet, "+Học bù", 2).getCellType()).isEqualTo(CellType.STRING);
            }
        } finally {
            director.post("/academics/calendar/unmark", "day", holiday.toString());
            director.post("/academics/calendar/unmark", "day", makeUp.toString());
        }
        assertThat(fixture.asDirector(() -> academics.calendar(year.id())))
                .noneMatch(d -> d.day().equals(holiday) || d.day().equals(makeUp));
    }

    @Test
    @DisplayName("Xuất Excel bản xem trước chuyển năm: cùng cột, cùng dòng với màn hình")
    void rolloverExportFollowsTheScreen() throws IOException {
        SchoolYearView next = fixture.schoolYear(2044);
        ClassView c11 = fixture.asDirector(() -> academics.createClass(
                new CreateClass(year.id(), "11R" + AcademicsFixture.unique(), 11, ClassSession.MORNING, null, null)));
        UUID learner = fixture.learner("Tạ Văn Lên");
        fixture.asDirector(() -> academics.enrol(new Enrol(learner, c11.id(), year.startsOn(), null)));
        Browser clerk = clerk();

        Document page = clerk.get("/academics/rollover?to=" + next.id()).document();
        List<String> screenHeaders = headers(page, "table.rollover");
        List<List<String>> screen = new ArrayList<>();
        for (Element tr : page.select("table.rollover tbody tr")) {
            List<String> cells = new ArrayList<>(texts(tr.children()));
            Element chosen = tr.child(3).selectFirst("option[selected]");
            cells.set(3, chosen == null ? tr.child(3).text() : chosen.text());
            screen.add(cells);
        }
        assertThat(screen)
                .contains(List.of(
                        c11.name(),
                        fixture.learnerCode(learner),
                        "Tạ Văn Lên",
                        "Lên lớp",
                        "12" + c11.name().substring(2),
                        "Chờ chuyển"));

        HttpResponse<byte[]> excel = clerk.download("/academics/rollover/export.xlsx?to=" + next.id());
        assertThat(excel.statusCode()).isEqualTo(200);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(excel.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(headers(sheet)).isEqualTo(screenHeaders);
            assertThat(cells(sheet, 6)).isEqualTo(screen);
        }

        assertThat(clerk.get("/academics/rollover/export.xlsx?to=" + UUID.randomUUID())
                        .status())
                .isEqualTo(404);
        assertThat(clerk.get("/academics/rollover/export.xlsx?to=" + year.id()).status())
                .isEqualTo(404);
    }

    // ---------------------------------------------------------------- reading pages and workbooks

    /** The text of each element, "" for an empty one (jsoup's eachText would leave those out). */
    private static List<String> texts(List<Element> elements) {
        return elements.stream().map(Element::text).toList();
    }

    private static List<String> headers(Document page, String table) {
        return texts(page.select(table + " thead th"));
    }

    private static List<List<String>> rows(Document page, String table) {
        return page.select(table + " tbody tr").stream()
                .map(tr -> texts(tr.children()))
                .toList();
    }

    private static List<String> headers(Sheet sheet) {
        List<String> headers = new ArrayList<>();
        sheet.getRow(1).forEach(cell -> headers.add(cell.getStringCellValue()));
        return headers;
    }

    /** The rows under the header as the reader sees them (dates dd/MM/yyyy), an empty cell as "". */
    private static List<List<String>> cells(Sheet sheet, int columns) {
        DataFormatter formatter = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        for (int r = 2; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            List<String> values = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                Cell cell = row.getCell(c);
                values.add(cell == null ? "" : formatter.formatCellValue(cell));
            }
            rows.add(values);
        }
        return rows;
    }

    private static Cell cellOf(Sheet sheet, String value, int column) {
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (row.getRowNum() > 1 && cell != null && cell.getStringCellValue().equals(value)) {
                return cell;
            }
        }
        throw new AssertionError("no cell " + value);
    }
}
