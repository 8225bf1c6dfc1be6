package vn.edu.ecenter.timetable.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.edu.ecenter.academics.AcademicsFixture;
import vn.edu.ecenter.support.Browser;
import vn.edu.ecenter.support.EcenterTest;
import vn.edu.ecenter.support.Page;
import vn.edu.ecenter.support.TestAccounts;
import vn.edu.ecenter.timetable.LessonView;
import vn.edu.ecenter.timetable.TimetableFixture;
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
    AcademicsFixture fixture;

    @Autowired
    TimetableFixture centres;

    TimetableFixture.Centre centre;
    VersionView draft;

    /** The small centre of {@link TimetableFixture} (10A1 and 10A2; Hà teaches Toán in both), its draft solved. */
    @BeforeEach
    void aSolvedDraft() {
        centre = centres.centre(2047);
        draft = centres.solvedDraft(centre, centre.year().startsOn(), null);
    }

    @Test
    @DisplayName("Bản nháp theo lớp: bảng tuần có các tiết của lớp; toàn trung tâm: mỗi lớp một dòng")
    void aDraftIsDrawnPerClassAndForTheWholeCentre() {
        Browser director = Browser.signedIn(port, "giamdoc", TestAccounts.DEMO_PASSWORD);

        Page byClass = director.get("/timetable/versions/" + draft.id());

        assertThat(byClass.status()).isEqualTo(200);
        assertThat(byClass.document().select("h2").text()).contains("10A1");
        List<String> cells = byClass.document()
                .select("table.timetable-week td .lesson strong")
                .eachText();
        assertThat(cells).filteredOn("Toán"::equals).hasSize(3);
        assertThat(cells).filteredOn("Ngữ văn"::equals).hasSize(3);
        assertThat(cells).filteredOn("Tin học"::equals).hasSize(2);
        assertThat(byClass.mainText()).contains("Vi phạm bắt buộc: 0");

        Page wholeCentre = director.get("/timetable/versions/" + draft.id() + "?view=centre");

        assertThat(wholeCentre
                        .document()
                        .select("table.timetable-centre tbody th a")
                        .eachText())
                .containsExactly("10A1", "10A2");
    }

    @Test
    @DisplayName("Sửa tiết: ô trùng giờ giáo viên tô đỏ và nêu vi phạm; chuyển vào đó cần xác nhận")
    void theLessonEditorShowsWhatEachSlotWouldBreak() {
        Browser director = Browser.signedIn(port, "giamdoc", TestAccounts.DEMO_PASSWORD);
        List<LessonView> lessons = fixture.asDirector(() -> timetables.timetable(draft.id(), Locale.of("vi")))
                .lessons();
        LessonView mine = single(lessons, "10A1");
        LessonView clash = single(lessons, "10A2");
        String editor = "/timetable/versions/" + draft.id() + "/lessons/" + mine.id();

        Page page = director.get(editor);

        Element target = page.document()
                .selectFirst("table.move-options input[name=slot][value=" + SlotParam.format(clash.start()) + "]")
                .closest("td");
        assertThat(target.attr("data-verdict")).isEqualTo("hard");
        assertThat(target.text()).contains("GV Nguyễn Thị Hà: dạy hai lớp cùng lúc");

        Page refused = move(director, editor, clash, false);
        assertThat(refused.location()).endsWith(editor);
        assertThat(director.get(editor).mainText()).contains("Chưa chuyển");

        Page moved = move(director, editor, clash, true);
        assertThat(moved.location()).endsWith("/timetable/versions/" + draft.id());
        assertThat(director.get("/timetable/versions/" + draft.id()).mainText())
                .contains("Lần sửa vừa rồi làm phát sinh vi phạm")
                .contains("GV Nguyễn Thị Hà: dạy hai lớp cùng lúc");
    }

    @Test
    @DisplayName("Giáo viên không xem được bản nháp, xem được bản đã công bố")
    void aTeacherReadsAPublishedVersionButNotADraft() {
        Browser teacher = Browser.signedIn(port, centre.ha().username(), TestAccounts.PASSWORD);
        String path = "/timetable/versions/" + draft.id() + "?view=teacher&of="
                + centre.ha().staffId();

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

    /** Posts the lesson editor's form moving its lesson to the other lesson's slot. */
    private Page move(Browser director, String editor, LessonView to, boolean confirmed) {
        return director.post(
                editor + "/move",
                "slot",
                SlotParam.format(to.start()),
                "revision",
                Integer.toString(draft.revision()),
                "confirmed",
                Boolean.toString(confirmed));
    }

    private static LessonView single(List<LessonView> lessons, String className) {
        return lessons.stream()
                .filter(l -> l.className().equals(className) && "TOAN".equals(l.subjectCode()) && l.duration() == 1)
                .findFirst()
                .orElseThrow();
    }
}
