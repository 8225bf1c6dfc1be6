package vn.edu.ecenter.timetable.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.edu.ecenter.academics.Academics;
import vn.edu.ecenter.academics.AcademicsFixture;
import vn.edu.ecenter.academics.Assign;
import vn.edu.ecenter.academics.ClassSession;
import vn.edu.ecenter.academics.CreateClass;
import vn.edu.ecenter.support.Browser;
import vn.edu.ecenter.support.EcenterTest;
import vn.edu.ecenter.support.Page;
import vn.edu.ecenter.support.TestAccounts;
import vn.edu.ecenter.timetable.fet.Activity;
import vn.edu.ecenter.timetable.fet.ConstraintHeader;
import vn.edu.ecenter.timetable.fet.FetConstraint;
import vn.edu.ecenter.timetable.fet.FetDocument;
import vn.edu.ecenter.timetable.fet.FetWriter;
import vn.edu.ecenter.timetable.fet.StudentsSet;
import vn.edu.ecenter.timetable.fet.Subject;
import vn.edu.ecenter.timetable.fet.Teacher;

/** The set-up pages as the director uses them in the browser, on the demo centre's current school year. */
@EcenterTest
@DisplayName("Trang cài đặt xếp thời khóa biểu")
class TimetableSetupPagesTests {

    @LocalServerPort
    int port;

    @Autowired
    AcademicsFixture fixture;

    @Autowired
    Academics academics;

    @Test
    @DisplayName("Lưới thời gian nhập sai: trang nêu buổi và tiết sai, lưới không đổi")
    void aBadGridTypedOnThePageIsRefusedNamingTheSessionAndPeriod() {
        Browser director = Browser.signedIn(port, "giamdoc", TestAccounts.DEMO_PASSWORD);
        List<String> before = typed(director.get("/timetable/setup/grid").document());

        Page saved = director.post(
                "/timetable/setup/grid",
                "days",
                "MONDAY",
                "sessions",
                "AFTERNOON",
                "start.AFTERNOON.1",
                "13:00",
                "end.AFTERNOON.1",
                "13:45",
                "start.AFTERNOON.2",
                "13:40",
                "end.AFTERNOON.2",
                "14:25");

        assertThat(saved.location()).isEqualTo("/timetable/setup/grid");
        Page after = director.get("/timetable/setup/grid");
        assertThat(after.document().select(".alert-danger").text())
                .isEqualTo("Buổi chiều, tiết 2: bắt đầu lúc 13:40, trước khi tiết trước kết thúc (13:45).");
        assertThat(typed(after.document())).as("the grid is unchanged").isEqualTo(before);
    }

    @Test
    @DisplayName("Đánh dấu giờ bận của giáo viên trên bảng tuần rồi bỏ đánh dấu")
    void aTeachersBusySlotIsMarkedOnTheWeekAndCleared() {
        var year = fixture.currentYear();
        UUID teacher = fixture.teacher("Phạm Thị Bận " + AcademicsFixture.unique(), null, 17);
        UUID classId = fixture.asDirector(() -> academics.createClass(new CreateClass(
                        year.id(), "TK" + AcademicsFixture.unique(), 10, ClassSession.AFTERNOON, null, null)))
                .id();
        UUID subject = fixture.asDirector(() -> academics.subjects().stream()
                .filter(s -> s.code().equals("SU"))
                .findFirst()
                .orElseThrow()
                .id());
        fixture.asDirector(() -> academics.assign(new Assign(classId, subject, teacher, new BigDecimal("2"))));
        Browser director = Browser.signedIn(port, "giamdoc", TestAccounts.DEMO_PASSWORD);
        String week = "/timetable/setup/teachers?staffId=" + teacher;

        Page marked = director.post(
                "/timetable/setup/teachers/" + teacher,
                "slot.MONDAY.AFTERNOON.1",
                "BUSY",
                "slot.TUESDAY.AFTERNOON.2",
                "ELSEWHERE",
                "slot.WEDNESDAY.AFTERNOON.3",
                "");

        assertThat(marked.location()).isEqualTo(week);
        Document page = director.get(week).document();
        assertThat(page.select(".alert-success")).isNotEmpty();
        assertThat(page.select("select[name=slot.MONDAY.AFTERNOON.1] option[selected]")
                        .attr("value"))
                .isEqualTo("BUSY");
        assertThat(page.select("select[name=slot.TUESDAY.AFTERNOON.2] option[selected]")
                        .attr("value"))
                .isEqualTo("ELSEWHERE");
        assertThat(page.select("select[name=slot.WEDNESDAY.AFTERNOON.3] option[selected]"))
                .isEmpty();
        assertThat(page.select("#staffId option[selected]").text()).endsWith("(bận 1, nơi khác 1)");

        director.post("/timetable/setup/teachers/" + teacher);

        assertThat(director.get(week).document().select(".teacher-week option[selected]"))
                .isEmpty();
        assertThat(director.get("/timetable/setup/courses?classId=" + classId).mainText())
                .contains("Lịch sử");
    }

    @Test
    @DisplayName("Nhập từ FET trên trang: tải tệp lên, xem trước (chưa ghi gì), bấm Nhập, thấy kết quả")
    void aFetFileIsUploadedPreviewedAndImported() {
        var year = fixture.currentYear();
        String suffix = AcademicsFixture.unique();
        String className = "10F" + suffix;
        String teacher = "Vũ Thị Nhập " + suffix;
        FetDocument file = new FetDocument(
                "Trung tâm thử",
                "",
                List.of("Thứ 2", "Thứ 3"),
                List.of("Tiết 1", "Tiết 2"),
                List.of(new Subject("Toán", ""), new Subject("Tin học nghề", "")),
                List.of(),
                List.of(new Teacher(teacher, "")),
                List.of(new StudentsSet(className, 40, "", List.of())),
                List.of(
                        new Activity(1, 0, List.of(teacher), "Toán", List.of(), List.of(className), 2, 2, true, ""),
                        new Activity(
                                2, 0, List.of(teacher), "Tin học nghề", List.of(), List.of(className), 1, 1, true, "")),
                List.of(),
                List.of(),
                List.of(new FetConstraint.BasicCompulsoryTime(ConstraintHeader.compulsory())),
                List.of());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        FetWriter.write(file, bytes);
        Browser director = Browser.signedIn(port, "giamdoc", TestAccounts.DEMO_PASSWORD);
        assertThat(director.get("/timetable/setup/import").status()).isEqualTo(200);

        Page preview =
                director.postMultipart("/timetable/setup/import", Map.of(), "file", "tkb.fet", bytes.toByteArray());

        Document shown = preview.document();
        assertThat(shown.select(".fet-import-report h2").text()).isEqualTo("Xem trước: chưa ghi gì");
        assertThat(shown.select("tr[data-kind=CLASSES] .created").text()).isEqualTo("1");
        assertThat(shown.select(".problems li").eachText())
                .contains("Môn «Tin học nghề» trong tệp FET không khớp môn nào của chương trình; các hoạt động của"
                        + " môn này không được nhập.");
        assertThat(fixture.asDirector(() -> academics.classes(year.id())))
                .noneMatch(c -> c.name().equals(className));

        Page done = director.post(
                "/timetable/setup/import/confirm",
                "token",
                shown.select("input[name=token]").attr("value"));

        assertThat(done.document().select(".fet-import-report h2").text()).isEqualTo("Đã nhập");
        var imported = fixture.asDirector(() -> academics.classes(year.id())).stream()
                .filter(c -> c.name().equals(className))
                .findFirst()
                .orElseThrow();
        assertThat(fixture.asDirector(() -> academics.assignments(imported.id())))
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.subjectCode()).isEqualTo("TOAN");
                    assertThat(a.teacherName()).isEqualTo(teacher);
                });
        Page again = director.post(
                "/timetable/setup/import/confirm",
                "token",
                shown.select("input[name=token]").attr("value"));
        assertThat(again.location()).as("a file is imported once").isEqualTo("/timetable/setup/import");
    }

    /** What the grid form holds: every time and every ticked box. */
    private static List<String> typed(Document page) {
        List<String> values = new ArrayList<>(
                page.select("form.week-grid-form input[type=time]").eachAttr("value"));
        page.select("form.week-grid-form input[checked]")
                .forEach(box -> values.add(box.attr("name") + "=" + box.attr("value")));
        assertThat(values).isNotEmpty();
        return values;
    }
}
