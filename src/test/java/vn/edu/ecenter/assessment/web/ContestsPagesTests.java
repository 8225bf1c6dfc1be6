package vn.edu.ecenter.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.edu.ecenter.academics.AcademicsFixture;
import vn.edu.ecenter.assessment.AssessmentFixture;
import vn.edu.ecenter.assessment.AssessmentFixture.Classroom;
import vn.edu.ecenter.assessment.Contests;
import vn.edu.ecenter.assessment.Contests.RoundView;
import vn.edu.ecenter.assessment.TakenTests;
import vn.edu.ecenter.assessment.questions.Blueprint;
import vn.edu.ecenter.identity.Role;
import vn.edu.ecenter.platform.clock.BusinessClock;
import vn.edu.ecenter.support.Browser;
import vn.edu.ecenter.support.EcenterTest;
import vn.edu.ecenter.support.Page;
import vn.edu.ecenter.support.TestAccounts;

/**
 * Contests through the running server: the director sets a contest and its round with the forms and registers a
 * class; a learner takes the round on a phone, then on a laptop — the phone's saves are refused with the message — and
 * submits; the live leaderboard, its JSON, and the certificates.
 */
@EcenterTest
@DisplayName(
        "Trang sân chơi trí tuệ: tạo, thêm vòng, đăng ký lớp, thi trên một thiết bị, bảng xếp hạng, giấy chứng nhận")
class ContestsPagesTests {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @LocalServerPort
    int port;

    @Autowired
    AssessmentFixture fixture;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TakenTests taken;

    @Autowired
    AcademicsFixture academics;

    @Autowired
    Contests contests;

    Classroom room;

    @BeforeEach
    void classroom() {
        room = fixture.classroom();
        taken.approveAll(room);
    }

    private static String rightOption(Element question) {
        String text = question.selectFirst(".question-text").text();
        int i = Integer.parseInt(text.substring(0, text.indexOf(' ')));
        for (Element option : question.select("label.option")) {
            if (option.selectFirst("span").text().equals(String.valueOf(2 * i))) {
                return option.selectFirst("input").val();
            }
        }
        throw new AssertionError("no right option in " + question);
    }

    @Test
    @DisplayName("Giám đốc tạo sân chơi và vòng lớp; học viên thi, thiết bị cũ bị từ chối, nộp bài, lên bảng xếp hạng")
    void aContestFromTheFormsToTheLeaderboard() {
        Browser director = Browser.signedIn(port, accounts.open(Role.DIRECTOR), TestAccounts.PASSWORD);
        String name = "Rung chuông vàng " + AcademicsFixture.unique();
        Page created = director.post("/contests", "name", name, "description", "Toán vui", "audience", "LEARNERS");
        assertThat(created.location()).startsWith("/contests/");
        String contest = created.location();
        LocalDateTime now = LocalDateTime.now(BusinessClock.ZONE);
        Page added = director.post(
                contest + "/rounds",
                "name",
                "Vòng lớp",
                "level",
                "CLASS",
                "bankId",
                room.bank().id().toString(),
                "durationMinutes",
                "20",
                "opensAt",
                LOCAL.format(now.minusMinutes(5)),
                "closesAt",
                LOCAL.format(now.plusHours(2)),
                "advance",
                "2",
                "topic0",
                "Hàm số",
                "type0",
                "SINGLE_CHOICE",
                "count0",
                "2",
                "points.SINGLE_CHOICE",
                "5");
        assertThat(added.location()).isEqualTo(contest);
        assertThat(director.get(contest).document().select(".alert-success").text())
                .isEqualTo("Đã thêm vòng thi.");
        director.post(
                contest + "/register-class", "classId", room.schoolClass().id().toString());
        Document page = director.get(contest).document();
        assertThat(page.select(".alert-success").text()).isEqualTo("Đã đăng ký thêm 2 học viên của lớp.");
        assertThat(page.select("table.rounds tbody tr")).hasSize(1);
        String round = page.selectFirst("table.rounds tbody tr").attr("data-round");

        Browser phone = Browser.signedIn(port, room.anLogin(), TestAccounts.PASSWORD);
        assertThat(phone.get("/contests").mainText()).contains(name);
        assertThat(phone.get(contest).document().select("form[action$=/enter]")).hasSize(1);
        String onPhone = phone.post("/contests/rounds/" + round + "/enter").location();
        assertThat(onPhone).startsWith("/contests/entries/");
        Document paper = phone.get(onPhone).document();
        assertThat(paper.select("fieldset.question")).hasSize(2);
        assertThat(paper.select(".attempt-bar #timer[data-seconds-left]")).hasSize(1);
        assertThat(paper.selectFirst("#paper").attr("data-save-url")).isEqualTo(onPhone + "/answers/");

        Browser laptop = Browser.signedIn(port, room.anLogin(), TestAccounts.PASSWORD);
        String onLaptop = laptop.post("/contests/rounds/" + round + "/enter").location();
        assertThat(onLaptop).isNotEqualTo(onPhone);

        Element first = paper.selectFirst("fieldset.question");
        Page refused = phone.putJson(
                onPhone + "/answers/" + first.attr("data-question"),
                "{\"selected\": [\"" + rightOption(first) + "\"]}",
                "X-CSRF-TOKEN",
                phone.csrfToken());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().path("message").asString()).startsWith("Bài thi đang mở trên thiết bị khác");
        assertThat(phone.get(onPhone).mainText()).contains("Bài thi đang mở trên thiết bị khác");

        List<String> form = new ArrayList<>();
        for (Element question : laptop.get(onLaptop).document().select("fieldset.question")) {
            form.addAll(List.of("q." + question.attr("data-question"), rightOption(question)));
        }
        laptop.post(onLaptop, form.toArray(String[]::new));
        assertThat(laptop.post(onLaptop + "/submit").location()).isEqualTo(onLaptop);
        assertThat(laptop.get(onLaptop).document().select(".result-card .score").text())
                .isEqualTo("Điểm: 10,00 / 10,00");

        Document board = phone.get("/contests/rounds/" + round + "/leaderboard").document();
        Element live = board.selectFirst("#leaderboard");
        assertThat(live.attr("hx-get")).startsWith("/contests/rounds/" + round + "/leaderboard/board");
        assertThat(live.attr("hx-trigger")).isEqualTo("every 5s");
        assertThat(board.select("table.leaderboard tbody tr").first().text()).startsWith("1 Lê Văn An");
        assertThat(phone.get("/contests/rounds/" + round + "/leaderboard/board").body())
                .contains("Lê Văn An")
                .doesNotContain("<html");
        Page json = phone.getJson("/contests/rounds/" + round + "/leaderboard.json");
        assertThat(json.json().get(0).path("name").asString()).isEqualTo("Lê Văn An");
        assertThat(json.json().get(0).path("rank").asInt()).isEqualTo(1);

        var pdf = director.download("/contests/rounds/" + round + "/certificates.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
        assertThat(phone.download("/contests/rounds/" + round + "/certificates.pdf")
                        .statusCode())
                .isEqualTo(403);
    }
    /** The round form's fields apart from the blueprint, opened now for two hours, followed by {@code more}. */
    private String[] roundForm(String name, String... more) {
        LocalDateTime now = LocalDateTime.now(BusinessClock.ZONE);
        List<String> form = new ArrayList<>(List.of(
                "name",
                name,
                "level",
                "CENTRE",
                "bankId",
                room.bank().id().toString(),
                "durationMinutes",
                "20",
                "opensAt",
                LOCAL.format(now.minusMinutes(5)),
                "closesAt",
                LOCAL.format(now.plusHours(2)),
                "advance",
                "3"));
        form.addAll(List.of(more));
        return form.toArray(String[]::new);
    }

    private static String[] rows(int how) {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < how; i++) {
            rows.addAll(List.of("topic" + i, "Hàm số", "count" + i, "1"));
        }
        return rows.toArray(String[]::new);
    }

    private static String[] concat(String[] first, String... then) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(List.of(then));
        return all.toArray(String[]::new);
    }

    @Test
    @DisplayName(
            "Ma trận đề của vòng thi: \"Thêm dòng\" không cần JavaScript giữ nguyên những gì đã nhập; năm dòng được lưu; quá 20 dòng hoặc thiếu câu đã duyệt thì báo rõ")
    void aRoundsBlueprintHasAsManyRowsAsNeededUpToTwenty() {
        Browser director = Browser.signedIn(port, accounts.open(Role.DIRECTOR), TestAccounts.PASSWORD);
        String contest = director.post(
                        "/contests", "name", "Đố vui " + AcademicsFixture.unique(), "audience", "LEARNERS")
                .location();
        Document empty = director.get(contest).document();
        assertThat(empty.select("#new-round .round-row")).hasSize(3);
        assertThat(empty.select("script[src*=/js/contests]")).hasSize(1);

        Page more = director.post(
                contest + "/rounds",
                roundForm(
                        "Vòng trường",
                        "topic0",
                        "Hàm số",
                        "type0",
                        "SINGLE_CHOICE",
                        "count0",
                        "1",
                        "topic1",
                        "",
                        "level1",
                        "BIET",
                        "count1",
                        "2",
                        "topic2",
                        "Đạo hàm",
                        "count2",
                        "1",
                        "points.SINGLE_CHOICE",
                        "0,5",
                        "action",
                        "addRow"));

        assertThat(more.status()).isEqualTo(200);
        Document form = more.document();
        assertThat(form.select("#new-round .round-row")).hasSize(4);
        assertThat(form.selectFirst("input[name=name]").val()).isEqualTo("Vòng trường");
        assertThat(form.selectFirst("input[name=topic0]").val()).isEqualTo("Hàm số");
        assertThat(form.selectFirst("select[name=type0] option[selected]").val())
                .isEqualTo("SINGLE_CHOICE");
        assertThat(form.selectFirst("select[name=level1] option[selected]").val())
                .isEqualTo("BIET");
        assertThat(form.selectFirst("input[name=count1]").val()).isEqualTo("2");
        assertThat(form.selectFirst("input[name=topic2]").val()).isEqualTo("Đạo hàm");
        assertThat(form.selectFirst("input[name=topic3]").val()).isEmpty();
        assertThat(form.selectFirst("input[name=count3]").attr("aria-label")).isEqualTo("Số câu, dòng 4");
        assertThat(form.selectFirst("input[name=points.SINGLE_CHOICE]").val()).isEqualTo("0,5");
        assertThat(form.select("table.rounds")).as("no round added yet").isEmpty();

        Page added = director.post(
                contest + "/rounds",
                roundForm(
                        "Vòng trường",
                        "topic0",
                        "Hàm số",
                        "count0",
                        "1",
                        "topic1",
                        "Hàm số",
                        "count1",
                        "1",
                        "topic2",
                        "",
                        "count2",
                        "",
                        "topic3",
                        "Hàm số",
                        "level3",
                        "BIET",
                        "count3",
                        "1",
                        "topic4",
                        "Đạo hàm",
                        "count4",
                        "1",
                        "type5",
                        "TRUE_FALSE_STATEMENTS",
                        "count5",
                        "1",
                        "topic6",
                        "Hàm số",
                        "type6",
                        "SINGLE_CHOICE",
                        "count6",
                        "1"));

        assertThat(added.location()).isEqualTo(contest);
        UUID contestId = UUID.fromString(contest.substring(contest.lastIndexOf('/') + 1));
        RoundView round =
                academics.asDirector(() -> contests.contest(contestId)).rounds().getFirst();
        assertThat(round.blueprint())
                .as("six rows, the blank third left out, in their order")
                .extracting(Blueprint.Row::topic)
                .containsExactly("Hàm số", "Hàm số", "Hàm số", "Đạo hàm", null, "Hàm số");
        assertThat(round.questions()).isEqualTo(6);

        Page tooMany = director.post(contest + "/rounds", roundForm("Vòng 2", rows(21)));
        assertThat(tooMany.status()).isEqualTo(200);
        assertThat(tooMany.document().select("#round-error").text()).isEqualTo("Ma trận đề có tối đa 20 dòng.");
        assertThat(tooMany.document().selectFirst("input[name=name]").val()).isEqualTo("Vòng 2");

        Document twenty = director.post(contest + "/rounds", concat(roundForm("Vòng 2", rows(19)), "action", "addRow"))
                .document();
        assertThat(twenty.select("#new-round .round-row")).hasSize(20);
        assertThat(twenty.selectFirst("button.add-round-row").hasAttr("disabled"))
                .isTrue();
        assertThat(director.post(contest + "/rounds", concat(roundForm("Vòng 2", rows(20)), "action", "addRow"))
                        .document()
                        .select("#round-error")
                        .text())
                .isEqualTo("Ma trận đề có tối đa 20 dòng.");

        Page shortage = director.post(contest + "/rounds", roundForm("Vòng 2", "topic0", "Hàm số", "count0", "5"));
        assertThat(shortage.document().select("#round-error").text())
                .startsWith("Dòng 1 của ma trận đề cần 5 câu (chủ đề «Hàm số»)")
                .contains("chỉ có 4 câu đã duyệt");
        Page noCount = director.post(
                contest + "/rounds", roundForm("Vòng 2", "topic0", "Hàm số", "count0", "1", "type1", "NUMERIC"));
        assertThat(noCount.document().select("#round-error").text())
                .isEqualTo("Dòng 2 của ma trận đề: số câu phải từ 1 trở lên.");
    }
}
