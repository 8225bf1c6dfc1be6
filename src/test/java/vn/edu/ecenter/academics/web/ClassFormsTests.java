package vn.edu.ecenter.academics.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;
import vn.edu.ecenter.academics.Academics;
import vn.edu.ecenter.academics.AcademicsFixture;
import vn.edu.ecenter.academics.Assign;
import vn.edu.ecenter.academics.ClassMember;
import vn.edu.ecenter.academics.ClassSession;
import vn.edu.ecenter.academics.ClassView;
import vn.edu.ecenter.academics.CombinationView;
import vn.edu.ecenter.academics.CreateClass;
import vn.edu.ecenter.academics.Enrol;
import vn.edu.ecenter.academics.EnrolmentEvent;
import vn.edu.ecenter.centres.SchoolYearView;
import vn.edu.ecenter.identity.Role;
import vn.edu.ecenter.support.Browser;
import vn.edu.ecenter.support.EcenterTest;
import vn.edu.ecenter.support.Page;
import vn.edu.ecenter.support.TestAccounts;

/**
 * The forms of a class page through the real server — enrol a learner, change the class — and who may open a
 * learner's enrolment history: the director and clerks with the forms, the class's homeroom teacher read only, no other
 * teacher.
 */
@EcenterTest
@DisplayName("Trang lớp: ghi danh, sửa lớp; GVCN xem quá trình học tập")
class ClassFormsTests {

    @LocalServerPort
    int port;

    @Autowired
    Academics academics;

    @Autowired
    AcademicsFixture fixture;

    SchoolYearView year;
    ClassView schoolClass;
    ClassView otherClass;
    AcademicsFixture.Teacher homeroom;
    AcademicsFixture.Teacher subjectTeacher;
    AcademicsFixture.Teacher outsider;
    UUID member;
    UUID newcomer;
    String newcomerName;

    @BeforeEach
    void aClassWithOneLearnerAndALearnerToEnrol() {
        year = fixture.currentYear();
        fixture.asDirector(() -> academics.installStandardProgramme());
        homeroom = fixture.teacherWithAccount("Phan Thị Chủ Nhiệm");
        subjectTeacher = fixture.teacherWithAccount("Đỗ Văn Bộ Môn");
        outsider = fixture.teacherWithAccount("Lý Văn Ngoài");
        schoolClass = fixture.asDirector(() -> academics.createClass(new CreateClass(
                year.id(), "F" + AcademicsFixture.unique(), 10, ClassSession.EVENING, "P.3", homeroom.staffId())));
        otherClass = fixture.asDirector(() -> academics.createClass(
                new CreateClass(year.id(), "G" + AcademicsFixture.unique(), 10, ClassSession.MORNING, null, null)));
        member = fixture.learner("Hồ Thị Đã Học");
        fixture.asDirector(() -> academics.enrol(new Enrol(member, schoolClass.id(), year.startsOn(), null)));
        UUID toan = fixture.asDirector(() -> academics.subjects()).stream()
                .filter(s -> s.code().equals("TOAN"))
                .findFirst()
                .orElseThrow()
                .id();
        fixture.asDirector(() ->
                academics.assign(new Assign(schoolClass.id(), toan, subjectTeacher.staffId(), new BigDecimal("3"))));
        // A given name no other test uses, so that the search finds this learner only.
        newcomerName = "Vũ Thị Ghi" + letters(AcademicsFixture.unique());
        newcomer = fixture.learner(newcomerName);
    }

    /** Hex digits as letters a–p: a unique given name without digits. */
    private static String letters(String hex) {
        StringBuilder name = new StringBuilder();
        hex.chars().forEach(c -> name.append((char) ('a' + Character.digit(c, 16))));
        return name.toString();
    }

    private String search(String query) {
        return classPath() + "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    private Browser director() {
        return Browser.signedIn(port, "giamdoc", TestAccounts.DEMO_PASSWORD);
    }

    private Browser teacher(AcademicsFixture.Teacher teacher) {
        return Browser.signedIn(port, teacher.username(), TestAccounts.PASSWORD);
    }

    private String classPath() {
        return "/academics/classes/" + schoolClass.id();
    }

    private List<String> namesOnThePage(Browser browser) {
        return browser.get(classPath()).document().select("table.class-list tbody tr").stream()
                .map(row -> row.child(2).text())
                .toList();
    }

    private List<UUID> classList(ClassView c) {
        return fixture.asDirector(() -> academics.classList(c.id())).stream()
                .map(ClassMember::learnerId)
                .toList();
    }

    @Test
    @DisplayName("Tìm học viên, chọn, ghi danh với ngày và tổ hợp: học viên có trong danh sách lớp")
    void enrolsALearnerFoundBySearch() {
        Browser director = director();
        CombinationView combination = fixture.asDirector(() -> academics.defineCombination(
                "E" + AcademicsFixture.unique().toUpperCase(), "Tự nhiên", List.of("LY", "HOA", "SINH", "TIN")));

        Page results = director.get(search(newcomerName));
        List<Element> found = results.document().select("#enrol-candidates .enrol-candidate");
        assertThat(found).hasSize(1);
        assertThat(found.getFirst().text()).contains(newcomerName).contains(fixture.learnerCode(newcomer));
        assertThat(found.getFirst().selectFirst("input[name=learnerId]").attr("value"))
                .isEqualTo(newcomer.toString());
        assertThat(results.document().select("#enrolCombination option"))
                .extracting(Element::val)
                .contains(combination.id().toString());

        Page posted = director.post(
                classPath() + "/enrol",
                "learnerId",
                newcomer.toString(),
                "code",
                "",
                "startsOn",
                year.startsOn().plusDays(14).toString(),
                "combinationId",
                combination.id().toString());

        assertThat(posted.location()).isEqualTo(classPath());
        Page page = director.get(classPath());
        assertThat(page.mainText()).contains("Đã ghi danh " + newcomerName + " vào lớp " + schoolClass.name());
        assertThat(namesOnThePage(director)).contains(newcomerName, "Hồ Thị Đã Học");
        ClassMember enrolled = fixture.asDirector(() -> academics.classList(schoolClass.id())).stream()
                .filter(m -> m.learnerId().equals(newcomer))
                .findFirst()
                .orElseThrow();
        assertThat(enrolled.combinationCode()).isEqualTo(combination.code());
        assertThat(fixture.asDirector(() -> academics.history(newcomer)))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.kind()).isEqualTo(EnrolmentEvent.Kind.ENROLLED);
                    assertThat(e.happenedOn()).isEqualTo(year.startsOn().plusDays(14));
                });

        // Searching again shows where the learner is now.
        assertThat(director.get(search(newcomerName))
                        .document()
                        .select("#enrol-candidates .enrol-candidate")
                        .text())
                .contains("đang học lớp " + schoolClass.name());
    }

    @Test
    @DisplayName("Ghi danh bằng mã học viên; văn thư cũng làm được")
    void enrolsALearnerByCode() {
        Browser clerk = Browser.signedIn(port, "vanthu", TestAccounts.DEMO_PASSWORD);

        clerk.post(
                classPath() + "/enrol",
                "code",
                " " + fixture.learnerCode(newcomer).toLowerCase() + " ",
                "startsOn",
                year.startsOn().toString());

        assertThat(classList(schoolClass)).contains(newcomer);
        assertThat(namesOnThePage(clerk)).contains(newcomerName);
    }

    @Test
    @DisplayName("Học viên đang học lớp khác cùng năm: báo lỗi tiếng Việt nêu tên lớp, không đổi gì")
    void refusesALearnerAlreadyInAClassOfTheYear() {
        Browser director = director();

        Page posted = director.post(
                "/academics/classes/" + otherClass.id() + "/enrol",
                "learnerId",
                member.toString(),
                "startsOn",
                year.startsOn().plusDays(3).toString());

        assertThat(posted.status()).isEqualTo(302);
        assertThat(director.get("/academics/classes/" + otherClass.id()).mainText())
                .contains("Học viên đang học lớp " + schoolClass.name() + " của năm học " + year.name() + ".");
        assertThat(classList(otherClass)).isEmpty();
        assertThat(classList(schoolClass)).containsExactly(member);
        assertThat(fixture.asDirector(() -> academics.history(member))).hasSize(1);
    }

    @Test
    @DisplayName("Mã không có, thiếu học viên, ngày ngoài năm học: báo lỗi tiếng Việt, không ghi danh")
    void refusesBadEnrolmentInput() {
        Browser director = director();

        director.post(classPath() + "/enrol", "code", "KHONGCO-" + AcademicsFixture.unique());
        assertThat(director.get(classPath()).mainText()).contains("Không có học viên nào mang mã \"KHONGCO-");

        director.post(
                classPath() + "/enrol",
                "code",
                "  ",
                "startsOn",
                year.startsOn().toString());
        assertThat(director.get(classPath()).mainText())
                .contains("Vui lòng chọn học viên trong kết quả tìm hoặc nhập mã học viên.");

        director.post(
                classPath() + "/enrol",
                "learnerId",
                newcomer.toString(),
                "startsOn",
                year.endsOn().plusDays(1).toString());
        assertThat(director.get(classPath()).mainText()).contains("nằm ngoài năm học " + year.name());

        director.post(
                classPath() + "/enrol",
                "learnerId",
                newcomer.toString(),
                "startsOn",
                year.startsOn().toString(),
                "combinationId",
                UUID.randomUUID().toString());
        assertThat(director.get(classPath()).mainText()).contains("Không tìm thấy tổ hợp môn đã chọn.");

        assertThat(classList(schoolClass)).containsExactly(member);
        assertThat(fixture.asDirector(() -> academics.history(newcomer))).isEmpty();
    }

    @Test
    @DisplayName("Đổi GVCN, tên lớp, buổi học, phòng trên trang lớp; tên sai thì báo lỗi và giữ nguyên")
    void changesTheClass() {
        Browser director = director();
        String newName = "H" + AcademicsFixture.unique();

        Page saved = director.post(
                classPath(),
                "name",
                newName,
                "session",
                "AFTERNOON",
                "room",
                "P.12",
                "homeroomStaffId",
                subjectTeacher.staffId().toString());

        assertThat(saved.location()).isEqualTo(classPath());
        ClassView changed = fixture.asDirector(() -> academics.schoolClass(schoolClass.id()))
                .orElseThrow();
        assertThat(changed.name()).isEqualTo(newName);
        assertThat(changed.session()).isEqualTo(ClassSession.AFTERNOON);
        assertThat(changed.room()).isEqualTo("P.12");
        assertThat(changed.homeroomStaffId()).isEqualTo(subjectTeacher.staffId());
        assertThat(changed.grade()).isEqualTo(10);
        Page page = director.get(classPath());
        assertThat(page.mainText())
                .contains("Đã lưu thông tin lớp " + newName)
                .contains("GVCN: Đỗ Văn Bộ Môn")
                .contains("Chiều");
        assertThat(page.document()
                        .selectFirst("#classHomeroom option[selected]")
                        .val())
                .isEqualTo(subjectTeacher.staffId().toString());

        director.post(classPath(), "name", "10 A", "session", "EVENING", "room", "", "homeroomStaffId", "");
        assertThat(director.get(classPath()).mainText()).contains("Tên lớp \"10 A\" không hợp lệ");
        assertThat(fixture.asDirector(() -> academics.schoolClass(schoolClass.id())))
                .hasValue(changed);

        assertThat(teacher(subjectTeacher)
                        .post(classPath(), "name", "X1", "session", "EVENING")
                        .status())
                .isEqualTo(403);
        assertThat(teacher(subjectTeacher)
                        .post(classPath() + "/enrol", "learnerId", newcomer.toString())
                        .status())
                .isEqualTo(403);
        assertThat(fixture.asDirector(() -> academics.schoolClass(schoolClass.id())))
                .hasValue(changed);
        assertThat(classList(schoolClass)).containsExactly(member);
    }

    @Test
    @DisplayName("Giáo viên không thấy biểu mẫu ghi danh và sửa lớp trên trang lớp")
    void teachersSeeNoClassForms() {
        Page page = teacher(homeroom).get(classPath());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.document().select("#enrol-form, form.class-edit")).isEmpty();
        assertThat(director().get(classPath()).document().select("#enrol-form, form.class-edit"))
                .hasSize(2);
    }

    @Test
    @DisplayName("GVCN mở được quá trình học tập của học viên lớp mình (chỉ xem); giáo viên khác bị từ chối")
    void homeroomTeacherReadsTheHistory() {
        String path = "/academics/learners/" + member;

        Browser lead = teacher(homeroom);
        assertThat(lead.get(classPath()).document().select("table.class-list a[href=\"" + path + "\"]"))
                .hasSize(1);
        Page history = lead.get(path);
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.mainText())
                .contains("Quá trình học tập")
                .contains("Đang học lớp " + schoolClass.name())
                .contains("Nhập học");
        assertThat(history.document().select("main form")).isEmpty();
        assertThat(lead.post(path + "/transfer", "classId", otherClass.id().toString(), "reason", "Thử")
                        .status())
                .isEqualTo(403);

        Browser subject = teacher(subjectTeacher);
        assertThat(subject.get(classPath()).document().select("table.class-list a"))
                .isEmpty();
        assertThat(subject.get(path).status()).isEqualTo(403);
        assertThat(teacher(outsider).get(path).status()).isEqualTo(403);

        assertThat(director().get(path).document().select("main form[action$=\"/transfer\"]"))
                .hasSize(1);
        assertThat(classList(schoolClass)).containsExactly(member);
    }

    @Test
    @DisplayName("Quyền đọc quá trình học tập được kiểm ở dịch vụ, không chỉ ở trang")
    void theServiceChecksWhoReadsTheHistory() {
        assertThat(fixture.as(Role.TEACHER, homeroom.accountId(), () -> academics.history(member)))
                .extracting(EnrolmentEvent::kind)
                .containsExactly(EnrolmentEvent.Kind.ENROLLED);
        assertThat(fixture.as(Role.TEACHER, homeroom.accountId(), () -> academics.enrolments(member)))
                .hasSize(1);
        assertThatThrownBy(() -> fixture.as(Role.TEACHER, subjectTeacher.accountId(), () -> academics.history(member)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixture.as(Role.TEACHER, outsider.accountId(), () -> academics.enrolments(member)))
                .isInstanceOf(AccessDeniedException.class);
        // Another class's learner is not the homeroom teacher's to read.
        UUID elsewhere = fixture.learner("Mai Văn Khác");
        fixture.asDirector(() -> academics.enrol(new Enrol(elsewhere, otherClass.id(), year.startsOn(), null)));
        assertThatThrownBy(() -> fixture.as(Role.TEACHER, homeroom.accountId(), () -> academics.history(elsewhere)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
