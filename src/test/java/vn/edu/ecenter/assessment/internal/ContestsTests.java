package vn.edu.ecenter.assessment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import vn.edu.ecenter.academics.AcademicsFixture;
import vn.edu.ecenter.assessment.AssessmentFixture;
import vn.edu.ecenter.assessment.AssessmentFixture.Classroom;
import vn.edu.ecenter.assessment.AttemptPaper.PaperQuestion;
import vn.edu.ecenter.assessment.Contests;
import vn.edu.ecenter.assessment.Contests.Audience;
import vn.edu.ecenter.assessment.Contests.ContestView;
import vn.edu.ecenter.assessment.Contests.Level;
import vn.edu.ecenter.assessment.Contests.NewRound;
import vn.edu.ecenter.assessment.Contests.RoundPaper;
import vn.edu.ecenter.assessment.Contests.RoundView;
import vn.edu.ecenter.assessment.Contests.Standing;
import vn.edu.ecenter.assessment.QuestionBanks;
import vn.edu.ecenter.assessment.QuestionView;
import vn.edu.ecenter.assessment.SubmitResult;
import vn.edu.ecenter.assessment.questions.Blueprint.Row;
import vn.edu.ecenter.assessment.questions.QuestionType;
import vn.edu.ecenter.assessment.questions.Response;
import vn.edu.ecenter.identity.Role;
import vn.edu.ecenter.platform.clock.MovedClock;
import vn.edu.ecenter.platform.tenancy.Tenancy;
import vn.edu.ecenter.platform.web.Rejected;
import vn.edu.ecenter.support.EcenterTest;
import vn.edu.ecenter.support.TestAccounts;

/**
 * A contest of two rounds in a centre: learners register (or are registered with their class), take a round's paper
 * with one device at a time, are ranked by score then time, and the top of each class goes on; certificates for the
 * winners, a round between centres taken by the host's own learners with its list of participants, and a contest for
 * teachers (rounds with other centres: {@link InterCentreRoundsTests}).
 */
@EcenterTest
@DisplayName("Sân chơi trí tuệ: vòng thi, đăng ký, một phiên thi, bảng xếp hạng, vào vòng sau, giấy chứng nhận")
class ContestsTests {

    @Autowired
    Contests contests;

    @Autowired
    AcademicsFixture fixture;

    @Autowired
    AssessmentFixture classroom;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Tenancy tenancy;

    @Autowired
    MessageSource messages;

    @Autowired
    QuestionBanks banks;

    @Autowired
    ContestStore store;

    @Autowired
    ContestMarking marking;

    Classroom room;
    UUID anAccount;
    UUID binhAccount;

    @BeforeEach
    void classWithABank() {
        LocaleContextHolder.setLocale(Locale.of("vi"));
        room = classroom.classroom();
        anAccount = accounts.idOf(room.anLogin());
        binhAccount = accounts.idOf(room.binhLogin());
        approve(room, questionsOf(room));
    }

    private List<QuestionView> questionsOf(Classroom room) {
        return fixture.as(room.lan(), () -> banks.questions(room.bank().id()));
    }

    /** Lan, another teacher of the subject, approves the questions: rounds draw only approved ones. */
    private void approve(Classroom room, List<QuestionView> questions) {
        fixture.as(room.lan(), () -> {
            questions.forEach(q -> banks.review(q.id(), q.version(), true, null));
            return null;
        });
    }

    private <T> T an(Supplier<T> work) {
        return fixture.as(Role.LEARNER, anAccount, work);
    }

    private <T> T binh(Supplier<T> work) {
        return fixture.as(Role.LEARNER, binhAccount, work);
    }

    /** Two sums at 5 points each, 20 minutes; opened five minutes ago, or later by {@code startsIn}. */
    private NewRound round(String name, Level level, Duration startsIn, int advance) {
        Instant opens = Instant.now().minus(Duration.ofMinutes(5)).plus(startsIn);
        return AssessmentFixture.twoSumsRound(name, level, room.bank().id(), opens, advance);
    }

    /** A learners' contest with a class round (the best of each class goes on) and a centre round after it. */
    private ContestView classThenCentre() {
        ContestView contest = fixture.asDirector(() -> contests.createContest(new Contests.NewContest(
                "Rung chuông vàng " + AcademicsFixture.unique(), "Toán vui", Audience.LEARNERS)));
        fixture.asDirector(() -> contests.addRound(contest.id(), round("Vòng lớp", Level.CLASS, Duration.ZERO, 1)));
        fixture.asDirector(
                () -> contests.addRound(contest.id(), round("Vòng trường", Level.CENTRE, Duration.ofHours(3), 3)));
        return fixture.asDirector(() -> contests.contest(contest.id()));
    }

    private static Response right(PaperQuestion question) {
        return new Response.Selected(List.of(AssessmentFixture.rightOption(question)));
    }

    private static Response wrong(PaperQuestion question) {
        String right = AssessmentFixture.rightOption(question);
        return new Response.Selected(List.of(question.options().stream()
                .map(o -> o.id())
                .filter(id -> !id.equals(right))
                .findFirst()
                .orElseThrow()));
    }

    /** Enters the round, answers every question (rightly or not) and submits. */
    private SubmitResult take(Supplier<RoundPaper> enter, boolean allRight, Runnable beforeSubmit) {
        RoundPaper paper = enter.get();
        for (PaperQuestion q : paper.paper().questions()) {
            contests.answer(paper.paper().attemptId(), paper.session(), q.questionId(), allRight ? right(q) : wrong(q));
        }
        beforeSubmit.run();
        return contests.submit(paper.paper().attemptId(), paper.session());
    }

    private void startedAgo(UUID roundId, UUID learnerId, Duration ago) {
        tenancy.inCentre(fixture.centre(), () -> {
            jdbc.sql("""
                            UPDATE assessment.contest_entry SET started_at = now() - ?::interval
                            WHERE round_id = ? AND participant_id = ?
                            """)
                    .params(ago.toSeconds() + " seconds", roundId, learnerId)
                    .update();
        });
    }

    @Test
    @DisplayName(
            "Vòng thi theo thứ tự; học viên tự đăng ký, giám đốc đăng ký cả lớp; giáo viên không đăng ký sân chơi của học viên")
    void roundsAndRegistration() {
        ContestView contest = classThenCentre();
        assertThat(contest.rounds())
                .extracting(RoundView::number, RoundView::name, RoundView::level)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "Vòng lớp", Level.CLASS),
                        org.assertj.core.groups.Tuple.tuple(2, "Vòng trường", Level.CENTRE));

        an(() -> {
            contests.register(contest.id());
            return null;
        });
        int added = fixture.asDirector(
                () -> contests.registerClass(contest.id(), room.schoolClass().id()));

        assertThat(added).as("An had registered himself; only Bình is new").isEqualTo(1);
        RoundView first = contest.rounds().getFirst();
        assertThat(fixture.asDirector(() -> contests.leaderboard(first.id(), null)))
                .extracting(Standing::name, Standing::className, Standing::rank)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(
                                "Lê Văn An", room.schoolClass().name(), 0),
                        org.assertj.core.groups.Tuple.tuple(
                                "Phạm Thị Bình", room.schoolClass().name(), 0));
        assertThat(an(() -> contests.contest(contest.id())).myEntries()).containsOnlyKeys(first.id());
        assertThatThrownBy(() -> fixture.as(room.ha(), () -> {
                    contests.register(contest.id());
                    return null;
                }))
                .isInstanceOf(Rejected.class)
                .extracting(e -> ((Rejected) e).messageKey())
                .isEqualTo("contest.error.notAudience");
        assertThatThrownBy(() -> fixture.asDirector(
                        () -> contests.addRound(contest.id(), round("Sớm quá", Level.CENTRE, Duration.ZERO, 1))))
                .as("a round opens after the one before closes")
                .isInstanceOf(Rejected.class);
    }

    @Test
    @DisplayName(
            "Vòng thi chỉ rút câu đã duyệt: ma trận mà câu đã duyệt không đủ thì bị từ chối, nêu dòng, số câu cần và số câu có")
    void roundsDrawOnlyApprovedQuestions() {
        Classroom drafts = classroom.classroom();
        ContestView contest = fixture.asDirector(() -> contests.createContest(
                new Contests.NewContest("Đố vui " + AcademicsFixture.unique(), "", Audience.LEARNERS)));
        NewRound twoSums = new NewRound(
                "Vòng trường",
                Level.CENTRE,
                drafts.bank().id(),
                List.of(new Row("Đạo hàm", null, null, 1), new Row("Hàm số", null, QuestionType.SINGLE_CHOICE, 2)),
                Map.of(),
                20,
                Instant.now().minus(Duration.ofMinutes(5)),
                Instant.now().plus(Duration.ofHours(2)),
                1);
        List<QuestionView> all = questionsOf(drafts);
        List<QuestionView> sums =
                all.stream().filter(q -> q.metadata().topic().equals("Hàm số")).toList();
        approve(
                drafts,
                all.stream().filter(q -> q.metadata().topic().equals("Đạo hàm")).toList());
        approve(drafts, sums.subList(0, 1));

        assertThatThrownBy(() -> fixture.asDirector(() -> contests.addRound(contest.id(), twoSums)))
                .isInstanceOfSatisfying(
                        Rejected.class,
                        refused -> assertThat(
                                        messages.getMessage(refused.messageKey(), refused.arguments(), Locale.of("vi")))
                                .isEqualTo(
                                        "Dòng 2 của ma trận đề cần 2 câu (chủ đề «Hàm số», loại Trắc nghiệm một lựa chọn)"
                                                + " nhưng ngân hàng chỉ có 1 câu đã duyệt phù hợp (vòng thi chỉ dùng câu hỏi đã duyệt)."));
        assertThat(fixture.asDirector(() -> contests.contest(contest.id())).rounds())
                .as("nothing half-written")
                .isEmpty();

        approve(drafts, sums.subList(2, 3));
        RoundView round = fixture.asDirector(() -> contests.addRound(contest.id(), twoSums));
        fixture.asDirector(
                () -> contests.registerClass(contest.id(), drafts.schoolClass().id()));
        RoundPaper paper = fixture.as(Role.LEARNER, accounts.idOf(drafts.anLogin()), () -> contests.enter(round.id()));

        assertThat(paper.paper().questions())
                .extracting(PaperQuestion::questionId)
                .as("the two approved sums and one approved Đạo hàm question, never a draft")
                .contains(sums.get(0).id(), sums.get(2).id())
                .doesNotContain(sums.get(1).id(), sums.get(3).id())
                .hasSize(3);
    }

    @Test
    @DisplayName(
            "Bảng xếp hạng: điểm cao trước, cùng điểm thì ai làm nhanh hơn đứng trước; chốt vòng đưa người nhất lớp vào vòng sau")
    void leaderboardAndAdvancing() {
        ContestView contest = classThenCentre();
        fixture.asDirector(
                () -> contests.registerClass(contest.id(), room.schoolClass().id()));
        RoundView first = contest.rounds().getFirst();
        RoundView second = contest.rounds().get(1);

        SubmitResult an = an(() -> take(
                () -> contests.enter(first.id()),
                true,
                () -> startedAgo(first.id(), room.an(), Duration.ofMinutes(9))));
        SubmitResult binh = binh(() -> take(
                () -> contests.enter(first.id()),
                true,
                () -> startedAgo(first.id(), room.binh(), Duration.ofMinutes(4))));

        assertThat(an.score()).isEqualByComparingTo("10");
        assertThat(binh.score()).isEqualByComparingTo("10");
        List<Standing> board =
                an(() -> contests.leaderboard(first.id(), room.schoolClass().id()));
        assertThat(board)
                .as("same score: Bình took 4 minutes, An 9")
                .extracting(Standing::rank, Standing::name)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "Phạm Thị Bình"),
                        org.assertj.core.groups.Tuple.tuple(2, "Lê Văn An"));
        assertThat(board.getFirst().seconds()).isBetween(235L, 250L);

        List<Standing> advancing = fixture.asDirector(() -> contests.closeRound(first.id()));
        fixture.asDirector(() -> contests.closeRound(first.id()));

        assertThat(advancing).extracting(Standing::name).containsExactly("Phạm Thị Bình");
        assertThat(fixture.asDirector(() -> contests.leaderboard(second.id(), null)))
                .as("closing twice enters her once")
                .extracting(Standing::name)
                .containsExactly("Phạm Thị Bình");
        assertThatThrownBy(() -> an(() -> contests.enter(second.id())))
                .isInstanceOf(Rejected.class)
                .extracting(e -> ((Rejected) e).messageKey())
                .isEqualTo("contest.error.notEntered");
        assertThatThrownBy(() -> binh(() -> contests.enter(second.id())))
                .isInstanceOf(Rejected.class)
                .extracting(e -> ((Rejected) e).messageKey())
                .isEqualTo("contest.error.notOpen");
    }

    @Test
    @DisplayName(
            "Vòng trước hết giờ mà chưa ai chốt: người đứng đầu vào vòng sau ngay lần đầu có người vào thi vòng sau")
    void advancingWhenTheNextRoundIsFirstEntered() {
        ContestView contest = classThenCentre();
        fixture.asDirector(
                () -> contests.registerClass(contest.id(), room.schoolClass().id()));
        RoundView first = contest.rounds().getFirst();
        RoundView second = contest.rounds().get(1);
        an(() -> take(() -> contests.enter(first.id()), false, () -> {}));
        binh(() -> take(() -> contests.enter(first.id()), true, () -> {}));
        tenancy.inCentre(fixture.centre(), () -> {
            jdbc.sql("UPDATE assessment.contest_round SET closes_at = now() - interval '1 minute' WHERE id = ?")
                    .param(first.id())
                    .update();
            jdbc.sql("UPDATE assessment.contest_round SET opens_at = now() - interval '30 seconds' WHERE id = ?")
                    .param(second.id())
                    .update();
        });

        RoundPaper paper = binh(() -> contests.enter(second.id()));

        assertThat(paper.paper().questions()).hasSize(2);
        assertThat(fixture.asDirector(() -> contests.leaderboard(second.id(), null)))
                .extracting(Standing::name)
                .containsExactly("Phạm Thị Bình");
        assertThatThrownBy(() -> an(() -> contests.enter(second.id())))
                .isInstanceOf(Rejected.class)
                .extracting(e -> ((Rejected) e).messageKey())
                .isEqualTo("contest.error.notEntered");
    }

    /** The server's sweep as it runs with its clock at {@code now}; answers may arrive up to ten seconds late. */
    private int sweepAt(Instant now) {
        return new OverdueContestPapers(store, marking, tenancy, MovedClock.at(now), Duration.ofSeconds(10))
                .submitDue();
    }

    @Test
    @DisplayName(
            "Bỏ dở bài thi: hết giờ (cộng 10 giây chờ) máy chủ tự nộp, tính như nộp đúng hạn; bảng xếp hạng và giấy chứng nhận không cần ai mở trang")
    void aPaperLeftOpenIsSubmittedByTheServerAtItsDeadline() throws IOException {
        ContestView contest = classThenCentre();
        fixture.asDirector(
                () -> contests.registerClass(contest.id(), room.schoolClass().id()));
        UUID round = contest.rounds().getFirst().id();
        RoundPaper left = an(() -> contests.enter(round));
        PaperQuestion first = left.paper().questions().getFirst();
        an(() -> {
            contests.answer(left.paper().attemptId(), left.session(), first.questionId(), right(first));
            return null;
        });
        binh(() -> take(() -> contests.enter(round), false, () -> {}));
        Instant deadline = left.paper().deadline();

        sweepAt(deadline.plusSeconds(10));

        assertThat(fixture.asDirector(() -> contests.leaderboard(round, null)))
                .as("within the grace An's last answer may still be on its way")
                .extracting(Standing::name, Standing::rank)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Phạm Thị Bình", 1),
                        org.assertj.core.groups.Tuple.tuple("Lê Văn An", 0));

        assertThat(sweepAt(deadline.plusSeconds(11))).isPositive();
        assertThat(sweepAt(deadline.plusSeconds(12)))
                .as("nothing of this round is open any more")
                .isZero();

        List<Standing> board = fixture.asDirector(() -> contests.leaderboard(round, null));
        assertThat(board)
                .extracting(Standing::rank, Standing::name)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "Lê Văn An"),
                        org.assertj.core.groups.Tuple.tuple(2, "Phạm Thị Bình"));
        Standing an = board.getFirst();
        assertThat(an.score()).as("the one answer saved before the deadline").isEqualByComparingTo("5");
        assertThat(an.submittedAt()).as("counted as submitted at the deadline").isEqualTo(deadline);
        assertThat(an.seconds()).as("the whole 20 minutes").isEqualTo(20 * 60);
        assertThat(tenancy.inCentre(fixture.centre(), () -> jdbc.sql(
                                "SELECT submitted_how FROM assessment.contest_entry WHERE id = ?")
                        .param(left.paper().attemptId())
                        .query(String.class)
                        .single()))
                .isEqualTo("TIME_UP");
        assertThat(an(() -> contests.paper(left.paper().attemptId(), left.session()))
                        .paper()
                        .result())
                .isNotNull();
        assertThat(text(fixture.asDirector(() -> contests.certificates(round, Locale.of("vi")))))
                .contains("Lê Văn An", "Giải Nhất");
    }

    @Test
    @DisplayName("Một phiên thi: vào thi trên thiết bị khác thì thiết bị cũ không lưu, không nộp được (409)")
    void oneActiveSession() {
        ContestView contest = classThenCentre();
        an(() -> {
            contests.register(contest.id());
            return null;
        });
        UUID round = contest.rounds().getFirst().id();
        RoundPaper phone = an(() -> contests.enter(round));
        PaperQuestion q = phone.paper().questions().getFirst();
        an(() -> {
            contests.answer(phone.paper().attemptId(), phone.session(), q.questionId(), right(q));
            return null;
        });

        RoundPaper laptop = an(() -> contests.enter(round));

        assertThat(laptop.paper().attemptId()).isEqualTo(phone.paper().attemptId());
        assertThat(laptop.session()).isNotEqualTo(phone.session());
        assertThat(laptop.paper().answers()).as("the answer given on the phone").containsKey(q.questionId());
        assertThat(laptop.paper().questions()).isEqualTo(phone.paper().questions());
        assertThatThrownBy(() -> an(() -> {
                    contests.answer(phone.paper().attemptId(), phone.session(), q.questionId(), wrong(q));
                    return null;
                }))
                .isInstanceOfSatisfying(Rejected.class, refused -> {
                    assertThat(refused.status()).isEqualTo(409);
                    assertThat(messages.getMessage(refused.messageKey(), refused.arguments(), Locale.of("vi")))
                            .startsWith("Bài thi đang mở trên thiết bị khác");
                });
        assertThatThrownBy(() -> an(() -> contests.submit(phone.paper().attemptId(), phone.session())))
                .isInstanceOf(Rejected.class);
        assertThatThrownBy(() -> an(() -> contests.paper(phone.paper().attemptId(), phone.session())))
                .isInstanceOf(Rejected.class);

        SubmitResult result = an(() -> contests.submit(laptop.paper().attemptId(), laptop.session()));
        SubmitResult again = an(() -> contests.submit(laptop.paper().attemptId(), laptop.session()));

        assertThat(result.score())
                .as("the phone's right answer counts, its later wrong one was refused")
                .isEqualByComparingTo("5");
        assertThat(again).isEqualTo(result);
        assertThatThrownBy(() -> binh(() -> contests.paper(laptop.paper().attemptId(), laptop.session())))
                .as("another learner")
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @DisplayName("Giấy chứng nhận (PDF) cho người đứng đầu vòng: tên trung tâm, thí sinh, sân chơi, vòng, giải")
    void certificates() throws IOException {
        ContestView contest = classThenCentre();
        fixture.asDirector(
                () -> contests.registerClass(contest.id(), room.schoolClass().id()));
        UUID round = contest.rounds().getFirst().id();
        an(() -> take(() -> contests.enter(round), true, () -> {}));
        binh(() -> take(() -> contests.enter(round), false, () -> {}));

        byte[] pdf = fixture.asDirector(() -> contests.certificates(round, Locale.of("vi")));

        String text = text(pdf);
        assertThat(text)
                .contains("GIẤY CHỨNG NHẬN", "Lê Văn An", contest.name(), "Vòng lớp", "Giải Nhất", "Xếp hạng 1")
                .as("one place per class goes on: Bình came second")
                .doesNotContain("Phạm Thị Bình");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(document.getPage(0).getMediaBox().getWidth())
                    .as("landscape")
                    .isGreaterThan(document.getPage(0).getMediaBox().getHeight());
        }
        assertThatThrownBy(() -> an(() -> contests.certificates(round, Locale.of("vi"))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @DisplayName(
            "Vòng liên trung tâm: thí sinh của trung tâm tổ chức vào thi như mọi vòng; danh sách dự thi (Excel) có lớp và trung tâm")
    void interCentreRound() throws IOException {
        ContestView contest = fixture.asDirector(() -> contests.createContest(
                new Contests.NewContest("Olympic " + AcademicsFixture.unique(), "", Audience.LEARNERS)));
        RoundView round = fixture.asDirector(() ->
                contests.addRound(contest.id(), round("Vòng liên trung tâm", Level.INTER_CENTRE, Duration.ZERO, 5)));
        fixture.asDirector(
                () -> contests.registerClass(contest.id(), room.schoolClass().id()));

        SubmitResult an = an(() -> take(() -> contests.enter(round.id()), true, () -> {}));

        assertThat(an.score()).isEqualByComparingTo("10");
        String centre = fixture.asDirector(() -> contests.leaderboard(round.id(), null))
                .getFirst()
                .centreName();
        assertThat(centre)
                .as("a board between centres names the host's own participants' centre")
                .isNotBlank();
        byte[] xlsx = fixture.asDirector(() -> contests.qualifiedWorkbook(round.id(), Locale.of("vi")));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            StringBuilder all = new StringBuilder();
            book.getSheetAt(0)
                    .forEach(row ->
                            row.forEach(cell -> all.append(cell.toString()).append('|')));
            assertThat(all.toString())
                    .contains("Lê Văn An", "Phạm Thị Bình", room.schoolClass().name(), centre);
        }
    }

    @Test
    @DisplayName("Sân chơi của giáo viên: giáo viên tự đăng ký và thi; học viên không đăng ký được")
    void teachersContest() {
        ContestView contest = fixture.asDirector(() -> contests.createContest(
                new Contests.NewContest("Giáo viên giỏi " + AcademicsFixture.unique(), "", Audience.TEACHERS)));
        UUID round = fixture.asDirector(
                        () -> contests.addRound(contest.id(), round("Vòng trường", Level.CENTRE, Duration.ZERO, 1)))
                .id();
        fixture.as(room.ha(), () -> {
            contests.register(contest.id());
            return null;
        });

        SubmitResult ha = fixture.as(room.ha(), () -> take(() -> contests.enter(round), true, () -> {}));

        assertThat(ha.score()).isEqualByComparingTo("10");
        assertThat(fixture.asDirector(() -> contests.leaderboard(round, null)))
                .extracting(Standing::rank, Standing::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "Nguyễn Thị Hà"));
        assertThatThrownBy(() -> an(() -> {
                    contests.register(contest.id());
                    return null;
                }))
                .isInstanceOf(Rejected.class);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
