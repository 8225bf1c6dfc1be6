package vn.edu.ecenter.gradebook.attendance.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.edu.ecenter.gradebook.attendance.AttendanceFixture;
import vn.edu.ecenter.support.Browser;
import vn.edu.ecenter.support.EcenterTest;
import vn.edu.ecenter.support.Page;
import vn.edu.ecenter.support.TestAccounts;

/** The demo centre's attendance as its users find it. */
@EcenterTest
@DisplayName("Điểm danh của trung tâm mẫu")
class DemoAttendanceTests {

    @LocalServerPort
    int port;

    @Autowired
    AttendanceFixture fixture;

    @Test
    @DisplayName("Lớp 10A1 đã có điểm danh mấy ngày gần nhất; phụ huynh mẫu thấy một buổi con vắng có phép")
    void demoCentreHasAttendance() {
        assertThat(fixture.demoAttendanceRows("10A1")).isPositive();

        Page page =
                Browser.signedIn(port, "0901000001", TestAccounts.DEMO_PASSWORD).get("/my/attendance");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.mainText()).contains("Lớp 10A1").contains("Vắng có phép");
    }

    @Test
    @DisplayName("GVCN mẫu gv.toan mở được trang điểm danh của 10A1 với số ngày nghỉ của từng học viên")
    void homeroomTeacherOpensTheDemoClass() {
        Browser teacher = Browser.signedIn(port, "gv.toan", TestAccounts.DEMO_PASSWORD);

        Page classes = teacher.get("/attendance");
        assertThat(classes.mainText()).contains("10A1");
        String today = classes.document()
                .select("li:has(strong:matchesOwn(^10A1$)) a.btn-primary")
                .first()
                .attr("href");
        Page day = teacher.get(today.replaceFirst("^https?://[^/]+", ""));
        assertThat(day.status()).isEqualTo(200);
        assertThat(day.document().select("li.attendance-row")).hasSizeGreaterThanOrEqualTo(40);
    }
}
