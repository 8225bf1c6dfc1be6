package vn.edu.ecenter.timetable.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.edu.ecenter.academics.Academics;
import vn.edu.ecenter.academics.AcademicsFixture;
import vn.edu.ecenter.academics.Assign;
import vn.edu.ecenter.academics.ClassSession;
import vn.edu.ecenter.academics.ClassView;
import vn.edu.ecenter.academics.CreateClass;
import vn.edu.ecenter.centres.SchoolYearView;
import vn.edu.ecenter.platform.jobs.Jobs;
import vn.edu.ecenter.support.Browser;
import vn.edu.ecenter.support.EcenterTest;
import vn.edu.ecenter.support.Page;
import vn.edu.ecenter.support.TestAccounts;
import vn.edu.ecenter.timetable.LessonView;
import vn.edu.ecenter.timetable.Timetables;
import vn.edu.ecenter.timetable.VersionView;

/**
 * The timetable pages through the real server: a solved draft drawn per class and for the whole centre, the lesson
 * editor showing what every slot would break, a move refused until confirmed, and a teacher reading a published
 * version but not a draft.
 */
@EcenterTest
@DisplayName("Trang thời khóa biểu: xem theo lớp và toàn trung tâm, sửa tiết có báo vi phạm từng ô")
class TimetablePagesTests {

    @LocalServerPort
    int port;

    @Autowired
    Timetables timetables;

    @Autowired
    Academics academics;

    @Autowired
    AcademicsFixture fixture;

    @Autowired
    Jobs jobs;

    SchoolYearView year;
    String a1;
    String a2;
    AcademicsFixture.Teacher ha;
    VersionView draft;

    @BeforeEach
    void aSolvedDraft() {
        fixture.asDirector(() -> academics.installStandardProgramme());
        year = fixture.schoolYear(2047);
        a1 = "P" + AcademicsFixture.unique();
        a2 = "Q" + AcademicsFixture.unique();
        ClassView first = openClass(a1);
        ClassView second = openClass(a2);
        ha = fixture.teacherWithAccount("Đinh Thị Hà");
        UUID lan = fixture.teacher("Mai Văn Lan", null, 17);
        fixture.asDirector(() -> academics.assignAll(List.of(
                new Assign(first.id(), subject("TOAN"), ha.staffId(), new BigDecimal("3")),
                new Assign(second.id(), subject("TOAN"), ha.staffId(), new BigDecimal("3")),
                new Assign(first.id(), subject("VAN"), lan, new BigDecimal("2")),
                new Assign(second.id(), subject("VAN"), lan, new BigDecimal("2")))));
        VersionView created = fixture.asDirector(() -> timetables.createDraft(year.id(), year.startsOn(), null));
        UUID job = fixture.asDirector(() -> timetables.solve(created.id(), 2, 5));
        await().atMost(Duration.ofMinutes(2))
                .until(() -> fixture.asDirector(() -> jobs.view(job)).finished());
        draft = fixture.asDirector(() -> timetables.version(created.id()));
    }

    @Test
    @DisplayName("Bản nháp theo lớp: bảng tuần có các tiết của lớp; toàn trung tâm: mỗi lớp một dòng")
    void aDraftIsDrawnPerClassAndForTheWholeCentre() {
        Browser director = Browser.signedIn(port, "giamdoc", TestAccounts.DEMO_PASSWORD);

        Page byClass = director.get("/timetable/versions/" + draft.id());

        assertThat(byClass.status()).isEqualTo(200);
        assertThat(byClass.document().select("h2").text()).contains(a1);
        List<String> cells = byClass.document()
                .select("table.timetable-week td .lesson strong")
                .eachText();
        assertThat(cells).filteredOn("Toán"::equals).hasSize(3);
        assertThat(cells).filteredOn("Ngữ văn"::equals).hasSize(2);
        assertThat(byClass.mainText()).contains("Vi phạm bắt buộc: 0");

        Page centre = director.get("/timetable/versions/" + draft.id() + "?view=centre");

        assertThat(centre.document().select("table.timetable-centre tbody th a").eachText())
                .containsExactly(a1, a2);
    }

    @Test
    @DisplayName("Sửa tiết: ô trùng giờ giáo viên tô đỏ và nêu vi phạm; chuyển vào đó cần xác nhận")
    void theLessonEditorShowsWhatEachSlotWouldBreak() {
        Browser director = Browser.signedIn(port, "giamdoc", TestAccounts.DEMO_PASSWORD);
        List<LessonView> lessons = fixture.asDirector(() -> timetables.timetable(draft.id(), Locale.of("vi")))
                .lessons();
        LessonView mine = single(lessons, a1);
        LessonView clash = single(lessons, a2);
        String editor = "/timetable/versions/" + draft.id() + "/lessons/" + mine.id();

        Page page = director.get(editor);

        Element target = page.document()
                .selectFirst("table.move-options input[name=slot][value=" + SlotParam.format(clash.start()) + "]")
                .closest("td");
        assertThat(target.attr("data-verdict")).isEqualTo("hard");
        assertThat(target.text()).contains("GV Đinh Thị Hà: dạy hai lớp cùng lúc");

        Page refused = director.post(
                editor + "/move",
                "slot",
                SlotParam.format(clash.start()),
                "revision",
                Integer.toString(draft.revision()),
                "confirmed",
                "false");
        assertThat(refused.location()).endsWith(editor);
        assertThat(director.get(editor).mainText()).contains("Chưa chuyển");

        Page moved = director.post(
                editor + "/move",
                "slot",
                SlotParam.format(clash.start()),
                "revision",
                Integer.toString(draft.revision()),
                "confirmed",
                "true");
        assertThat(moved.location()).endsWith("/timetable/versions/" + draft.id());
        assertThat(director.get("/timetable/versions/" + draft.id()).mainText())
                .contains("Lần sửa vừa rồi làm phát sinh vi phạm")
                .contains("GV Đinh Thị Hà: dạy hai lớp cùng lúc");
    }

    @Test
    @DisplayName("Giáo viên không xem được bản nháp, xem được bản đã công bố")
    void aTeacherReadsAPublishedVersionButNotADraft() {
        Browser teacher = Browser.signedIn(port, ha.username(), TestAccounts.PASSWORD);
        String path = "/timetable/versions/" + draft.id() + "?view=teacher&of=" + ha.staffId();

        assertThat(teacher.get(path).status()).isEqualTo(404);

        fixture.asDirector(() -> timetables.submit(draft.id()));
        fixture.asDirector(() -> timetables.publish(draft.id()));
        Page page = teacher.get(path);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.document().select("table.timetable-week .lesson strong").eachText())
                .hasSize(6)
                .containsOnly("Toán");
        assertThat(page.document().select("form.solve-form")).isEmpty();
        assertThat(page.document().select("table.timetable-week a")).isEmpty();
    }

    private static LessonView single(List<LessonView> lessons, String className) {
        return lessons.stream()
                .filter(l -> l.className().equals(className) && "TOAN".equals(l.subjectCode()) && l.duration() == 1)
                .findFirst()
                .orElseThrow();
    }

    private ClassView openClass(String name) {
        return fixture.asDirector(
                () -> academics.createClass(new CreateClass(year.id(), name, 10, ClassSession.AFTERNOON, null, null)));
    }

    private UUID subject(String code) {
        return fixture.asDirector(() -> academics.subjects().stream()
                .filter(s -> s.code().equals(code))
                .findFirst()
                .orElseThrow()
                .id());
    }
}
