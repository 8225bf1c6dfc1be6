package vn.edu.ecenter.timetable.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
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
