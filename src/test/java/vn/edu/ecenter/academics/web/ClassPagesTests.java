package vn.edu.ecenter.academics.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.edu.ecenter.academics.Academics;
import vn.edu.ecenter.academics.AcademicsFixture;
import vn.edu.ecenter.academics.Assign;
import vn.edu.ecenter.academics.ClassSession;
import vn.edu.ecenter.academics.ClassView;
import vn.edu.ecenter.academics.CreateClass;
import vn.edu.ecenter.academics.Enrol;
import vn.edu.ecenter.centres.SchoolYearView;
import vn.edu.ecenter.support.Browser;
import vn.edu.ecenter.support.EcenterTest;
import vn.edu.ecenter.support.Page;
import vn.edu.ecenter.support.TestAccounts;

/** The class list through the real server: page, API, Excel and PDF in class-list order, and who may see it. */
@EcenterTest
@DisplayName("Danh sách lớp: trang, API, Excel, PDF và quyền xem")
class ClassPagesTests {

    /** vn-regulations §9.1: tên, then đệm, then họ, in Vietnamese collation. */
    static final List<String> ORDER = List.of(
            "Lê Hoàng An",
            "Đặng Minh An",
            "Nguyễn Văn An",
            "Võ Thị Mỹ Anh",
            "Trần Thị Ánh",
            "Phạm Bình",
            "Huỳnh Văn Dũng",
            "Nguyễn Thị Đào",
            "Bùi Thị Hà",
            "Trương Thị Ngọc Hà",
            "Ông Văn Ý");

    @LocalServerPort
    int port;

    @Autowired
    Academics academics;

    @Autowired
    AcademicsFixture fixture;

    SchoolYearView year;
    ClassView schoolClass;
    AcademicsFixture.Teacher homeroom;
    AcademicsFixture.Teacher outsider;
    List<UUID> learners = new ArrayList<>();
    java.util.Map<String, UUID> byName = new java.util.HashMap<>();

    @BeforeEach
    void aClassOfElevenLearners() {
        year = fixture.currentYear();
        fixture.asDirector(() -> academics.installStandardProgramme());
        homeroom = fixture.teacherWithAccount("Nguyễn Thị Chủ Nhiệm");
        outsider = fixture.teacherWithAccount("Lê Văn Ngoài");
        schoolClass = fixture.asDirector(() -> academics.createClass(new CreateClass(
                year.id(), "W" + AcademicsFixture.unique(), 10, ClassSession.EVENING, "P.7", homeroom.staffId())));
        List<String> shuffled = new ArrayList<>(ORDER);
        Collections.shuffle(shuffled, new Random(11));
        for (String name : shuffled) {
            UUID id = fixture.learner(name);
            learners.add(id);
            byName.put(name, id);
        }
        fixture.asDirector(() -> academics.enrolAll(learners.stream()
                .map(id -> new Enrol(id, schoolClass.id(), year.startsOn(), null))
                .toList()));
        UUID toan = fixture.asDirector(() -> academics.subjects()).stream()
                .filter(s -> s.code().equals("TOAN"))
                .findFirst()
                .orElseThrow()
                .id();
        fixture.asDirector(
                () -> academics.assign(new Assign(schoolClass.id(), toan, homeroom.staffId(), new BigDecimal("3"))));
    }

    private Browser director() {
        return Browser.signedIn(port, "giamdoc", TestAccounts.DEMO_PASSWORD);
    }

    private String classPath() {
        return "/academics/classes/" + schoolClass.id();
    }

    @Test
    @DisplayName("Trang danh sách lớp xếp theo tên, đệm, họ và đánh số thứ tự")
    void pageShowsTheClassListOrder() {
        Page page = director().get(classPath());

        assertThat(page.status()).isEqualTo(200);
        List<Element> rows = page.document().select("table.class-list tbody tr");
        assertThat(rows).extracting(row -> row.child(2).text()).containsExactlyElementsOf(ORDER);
        assertThat(rows).extracting(row -> row.child(0).text()).startsWith("1", "2", "3");
        assertThat(page.document().select("table.class-list thead th"))
                .extracting(Element::text)
                .containsExactly("STT", "Mã HV", "Họ và tên", "Ngày sinh", "Giới tính", "Tổ hợp môn");
        assertThat(rows.getFirst().child(3).text()).isEqualTo("15/01/2010");
    }

    @Test
    @DisplayName("API trả học viên của lớp theo thứ tự danh sách lớp, cho GVCN dùng mã truy cập")
    void apiListsLearnersInClassListOrder() {
        Browser client = Browser.at(port);
        String token = token(client, homeroom.username(), TestAccounts.PASSWORD);

        Page page =
                client.getJson("/api/v1/classes/" + schoolClass.id() + "/learners", "Authorization", "Bearer " + token);

        assertThat(page.status()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        page.json().forEach(node -> names.add(node.get("fullName").asString()));
        assertThat(names).containsExactlyElementsOf(ORDER);
        JsonNode first = page.json().get(0);
        assertThat(first.get("familyName").asString()).isEqualTo("Lê");
        assertThat(first.get("middleName").asString()).isEqualTo("Hoàng");
        assertThat(first.get("givenName").asString()).isEqualTo("An");
        assertThat(first.get("birthDate").asString()).isEqualTo("2010-01-15");
        assertThat(first.get("code").asString()).isEqualTo(fixture.learnerCode(byName.get("Lê Hoàng An")));
        assertThat(first.get("id").asString())
                .isEqualTo(byName.get("Lê Hoàng An").toString());

        Page classes = client.getJson("/api/v1/classes", "Authorization", "Bearer " + token);
        JsonNode mine = find(classes.json(), schoolClass.id());
        assertThat(mine.get("homeroomTeacher").asString()).isEqualTo(homeroom.username());
        assertThat(mine.get("session").asString()).isEqualTo("EVENING");
        assertThat(mine.get("grade").asInt()).isEqualTo(10);

        Page assignments = client.getJson(
                "/api/v1/classes/" + schoolClass.id() + "/assignments", "Authorization", "Bearer " + token);
        assertThat(assignments.json().get(0).get("subjectCode").asString()).isEqualTo("TOAN");
        assertThat(assignments.json().get(0).get("teacher").asString()).isEqualTo(homeroom.username());
        assertThat(assignments.json().get(0).get("periodsPerWeek").decimalValue())
                .isEqualByComparingTo("3");

        Page subjects = client.getJson("/api/v1/subjects", "Authorization", "Bearer " + token);
        assertThat(subjects.json().get(0).get("code").asString()).isEqualTo("VAN");
        assertThat(subjects.json().get(0).get("periodsPerYear").asInt()).isEqualTo(105);
    }

    @Test
    @DisplayName("Giáo viên không dạy lớp thì không xem được danh sách lớp")
    void otherTeachersMayNotSeeTheClass() {
        Browser teacher = Browser.signedIn(port, outsider.username(), TestAccounts.PASSWORD);
        assertThat(teacher.get(classPath()).status()).isEqualTo(404);
        assertThat(teacher.get("/academics/classes").mainText()).doesNotContain(schoolClass.name());

        Browser client = Browser.at(port);
        String token = token(client, outsider.username(), TestAccounts.PASSWORD);
        Page api =
                client.getJson("/api/v1/classes/" + schoolClass.id() + "/learners", "Authorization", "Bearer " + token);
        assertThat(api.status()).isEqualTo(404);
        assertThat(api.json().get("message").asString()).contains("Không tìm thấy lớp");

        Browser own = Browser.signedIn(port, homeroom.username(), TestAccounts.PASSWORD);
        assertThat(own.get("/academics/classes").mainText()).contains(schoolClass.name());
        assertThat(own.get(classPath()).status()).isEqualTo(200);
    }

    @Test
    @DisplayName("Xuất Excel cùng cột và cùng thứ tự với màn hình; in PDF khổ A4")
    void excelAndPdfFollowTheScreen() throws Exception {
        Browser director = director();
        HttpResponse<byte[]> excel = download(director, classPath() + "/export.xlsx");
        assertThat(excel.statusCode()).isEqualTo(200);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(excel.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo(schoolClass.name());
            List<String> headers = new ArrayList<>();
            sheet.getRow(1).forEach(cell -> headers.add(cell.getStringCellValue()));
            assertThat(headers).containsExactly("STT", "Mã HV", "Họ và tên", "Ngày sinh", "Giới tính", "Tổ hợp môn");
            List<String> names = new ArrayList<>();
            for (Row row : sheet) {
                if (row.getRowNum() > 1) {
                    names.add(row.getCell(2).getStringCellValue());
                }
            }
            assertThat(names).containsExactlyElementsOf(ORDER);
            assertThat(sheet.getRow(2).getCell(0).getNumericCellValue()).isEqualTo(1.0);
        }

        HttpResponse<byte[]> pdf = download(director, classPath() + "/export.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (var document = Loader.loadPDF(pdf.body())) {
            var stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = Normalizer.normalize(stripper.getText(document), Normalizer.Form.NFC);
            assertThat(text).contains(("DANH SÁCH LỚP " + schoolClass.name()).toUpperCase());
            int previous = -1;
            for (String name : ORDER) {
                int at = text.indexOf(name);
                assertThat(at).as(name).isGreaterThan(previous);
                previous = at;
            }
            assertThat(document.getPage(0).getMediaBox().getHeight()).isGreaterThan(800);
        }
    }

    @Test
    @DisplayName("Chuyển lớp trên trang học viên; thiếu lý do thì báo lỗi tiếng Việt, không đổi gì")
    void enrolmentActionsOnTheLearnerPage() {
        Browser director = director();
        UUID learner = learners.getFirst();
        ClassView other = fixture.asDirector(() -> academics.createClass(
                new CreateClass(year.id(), "X" + AcademicsFixture.unique(), 10, ClassSession.MORNING, null, null)));
        String path = "/academics/learners/" + learner;

        Page rejected = director.post(
                path + "/drop-out", "on", year.startsOn().plusDays(3).toString(), "reason", "");
        assertThat(rejected.status()).isEqualTo(302);
        assertThat(director.get(path).mainText()).contains("Vui lòng ghi lý do.");

        Page moved = director.post(
                path + "/transfer",
                "classId",
                other.id().toString(),
                "on",
                year.startsOn().plusDays(5).toString(),
                "reason",
                "Đổi giờ học");
        assertThat(moved.location()).isEqualTo(path);
        String page = director.get(path).mainText();
        assertThat(page)
                .contains("Đang học lớp " + other.name())
                .contains("Đổi giờ học")
                .contains("Chuyển lớp");
        assertThat(fixture.asDirector(() -> academics.classList(schoolClass.id())))
                .hasSize(ORDER.size() - 1);
    }

    @Test
    @DisplayName("Lưới phân công, báo cáo định mức, lịch, chuyển năm mở được và có số liệu")
    void managementPages() {
        Browser director = director();
        Page grid = director.get("/academics/assignments");
        assertThat(grid.status()).isEqualTo(200);
        assertThat(grid.mainText()).contains(schoolClass.name()).contains("Nguyễn Thị Chủ Nhiệm");

        Page workload = director.get("/academics/workload");
        assertThat(workload.status()).isEqualTo(200);
        Element row = workload.document().select("table.workload tbody tr").stream()
                .filter(r -> r.text().contains(schoolClass.name()))
                .findFirst()
                .orElseThrow();
        assertThat(row.text()).contains("Nguyễn Thị Chủ Nhiệm").contains("Thiếu 10");

        assertThat(director.get("/academics/calendar?date=2026-09-14").mainText())
                .contains("thuộc tuần 2 của học kỳ 1");
        assertThat(director.get("/academics/rollover").status()).isEqualTo(200);
        assertThat(download(director, "/academics/workload/export.xlsx").statusCode())
                .isEqualTo(200);
        assertThat(download(director, "/academics/assignments/export.xlsx").statusCode())
                .isEqualTo(200);
        assertThat(download(director, "/academics/classes/export.xlsx").statusCode())
                .isEqualTo(200);
        assertThat(download(director, "/academics/subjects/export.xlsx").statusCode())
                .isEqualTo(200);
    }

    @Test
    @DisplayName("Ban giám đốc đổi số tiết/năm của một môn cho một khối trong năm học hiện tại")
    void directorChangesPeriodsPerYearForAGrade() {
        Browser director = director();
        UUID su = fixture.asDirector(() -> academics.subjects()).stream()
                .filter(s -> s.code().equals("SU"))
                .findFirst()
                .orElseThrow()
                .id();

        Page saved = director.post(
                "/academics/subjects/periods", "subjectId", su.toString(), "grade", "12", "periodsPerYear", "53");
        assertThat(saved.location()).isEqualTo("/academics/subjects");
        Element row = director.get("/academics/subjects").document().select("table.periods tbody tr").stream()
                .filter(r -> r.child(0).text().equals("Lịch sử"))
                .findFirst()
                .orElseThrow();
        assertThat(row.children()).extracting(Element::text).containsExactly("Lịch sử", "52", "52", "53");

        director.post(
                "/academics/subjects/periods", "subjectId", su.toString(), "grade", "12", "periodsPerYear", "999");
        assertThat(director.get("/academics/subjects").mainText()).contains("Số tiết/năm phải từ 0 đến 400");
        assertThat(fixture.asDirector(() -> academics.periodsPerYear(su, year.id(), 12)))
                .isEqualTo(53);
    }

    private static JsonNode find(JsonNode array, UUID id) {
        for (JsonNode node : array) {
            if (node.get("id").asString().equals(id.toString())) {
                return node;
            }
        }
        throw new AssertionError("no class " + id);
    }

    private static String token(Browser client, String username, String password) {
        Page token = client.postJson(
                "/api/v1/auth/token", "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
        assertThat(token.status()).isEqualTo(200);
        return token.json().get("access_token").asString();
    }

    private static HttpResponse<byte[]> download(Browser browser, String path) {
        return browser.download(path);
    }
}
