package vn.edu.ecenter.assessment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
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
import vn.edu.ecenter.assessment.InterCentreRounds;
import vn.edu.ecenter.assessment.InterCentreRounds.Invitation;
import vn.edu.ecenter.assessment.InterCentreRounds.Nominee;
import vn.edu.ecenter.assessment.QuestionBanks;
import vn.edu.ecenter.assessment.SubmitResult;
import vn.edu.ecenter.assessment.questions.Blueprint.Row;
import vn.edu.ecenter.assessment.questions.QuestionType;
import vn.edu.ecenter.assessment.questions.Response;
import vn.edu.ecenter.centres.CentreView;
import vn.edu.ecenter.centres.Centres;
import vn.edu.ecenter.identity.Role;
import vn.edu.ecenter.platform.tenancy.Tenancy;
import vn.edu.ecenter.platform.web.Rejected;
import vn.edu.ecenter.support.EcenterTest;
import vn.edu.ecenter.support.TestAccounts;

/**
 * A round between centres on one deployment: the demo centre (the host) sets it and invites a second centre (the
 * guest); the guest's director nominates learners, by hand or as the top of its own contest, and may withdraw them
 * until the round opens; a nominee signs in at the guest centre, takes the host's paper and is ranked with their centre.
 * A third centre, never invited, sees nothing; an un-nominated learner is refused; the centres' other data stays
 * apart.
 */
@EcenterTest
@DisplayName("Vòng liên trung tâm: mời trung tâm, đề cử thí sinh, thi trên hệ thống, xếp hạng theo trung tâm")
class InterCentreRoundsTests {

    @Autowired
    Contests contests;

    @Autowired
    InterCentreRounds interCentre;

    @Autowired
    AcademicsFixture fixture;

    @Autowired
    AssessmentFixture classroom;

    @Autowired
    TestAccounts accounts;

    @Autowired
    QuestionBanks banks;

    @Autowired
    Centres centres;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Tenancy tenancy;

    @Autowired
    vn.edu.ecenter.assessment.QuestionImages pictures;

    @Autowired
    MessageSource messages;

    Classroom host;
    UUID guestCentre;
    String guestName;
    Classroom guest;

    @BeforeEach
    void twoCentresWithAClassEach() {
        LocaleContextHolder.setLocale(Locale.of("vi"));
        host = classroom.classroom();
        approveAll(host);
        CentreView made = newCentre("Trung tâm GDTX Hoà Bình");
        guestCentre = made.id();
        guestName = made.name();
        guest = fixture.inCentre(guestCentre, classroom::classroom);
        fixture.inCentre(guestCentre, () -> {
            approveAll(guest);
            return null;
        });
    }

    private CentreView newCentre(String name) {
        return fixture.otherCentre(name);
    }

    private void approveAll(Classroom room) {
        fixture.as(room.lan(), () -> {
            banks.questions(room.bank().id()).forEach(q -> banks.review(q.id(), q.version(), true, null));
            return null;
        });
    }

    private <T> T guestDirector(Supplier<T> work) {
        return fixture.inCentre(guestCentre, () -> fixture.asDirector(work));
    }

    private <T> T guestLearner(String login, Supplier<T> work) {
        return fixture.inCentre(guestCentre, () -> fixture.as(Role.LEARNER, accounts.idOf(login), work));
    }

    private <T> T hostLearner(String login, Supplier<T> work) {
        return fixture.as(Role.LEARNER, accounts.idOf(login), work);
    }

    /** Two sums at 5 points each, 20 minutes, open for two hours; the top five go on. */
    private NewRound round(String name, Level level, Classroom room, Instant opens) {
        return round(name, level, room, opens, 5);
    }

    private NewRound round(String name, Level level, Classroom room, Instant opens, int advance) {
        return AssessmentFixture.twoSumsRound(name, level, room.bank().id(), opens, advance);
    }

    /** The host's learners' contest whose one round is between centres, opening in an hour; the guest invited. */
    private RoundView interCentreRound() {
        ContestView contest = fixture.asDirector(() -> contests.createContest(
                new Contests.NewContest("Olympic Toán " + AcademicsFixture.unique(), "", Audience.LEARNERS)));
        RoundView round = fixture.asDirector(() -> contests.addRound(
                contest.id(),
                round(
                        "Vòng liên trung tâm",
                        Level.INTER_CENTRE,
                        host,
                        Instant.now().plus(Duration.ofHours(1)))));
        fixture.asDirector(() -> interCentre.invite(round.id(), guestCentre));
        return round;
    }

    /** Moves the round's opening five minutes into the past, as the clock will. */
    private void opens(RoundView round) {
        tenancy.inCentre(fixture.centre(), () -> {
            jdbc.sql("UPDATE assessment.contest_round SET opens_at = now() - interval '5 minutes' WHERE id = ?")
                    .param(round.id())
                    .update();
            jdbc.sql("UPDATE assessment.contest_invitation SET opens_at = now() - interval '5 minutes'"
                            + " WHERE round_id = ?")
                    .param(round.id())
                    .update();
        });
    }

    private SubmitResult take(Supplier<RoundPaper> enter, boolean allRight) {
        RoundPaper paper = enter.get();
        for (PaperQuestion q : paper.paper().questions()) {
            String right = AssessmentFixture.rightOption(q);
            String chosen = allRight
                    ? right
                    : q.options().stream()
                            .map(o -> o.id())
                            .filter(id -> !id.equals(right))
                            .findFirst()
                            .orElseThrow();
            contests.answer(
                    paper.paper().attemptId(), paper.session(), q.questionId(), new Response.Selected(List.of(chosen)));
        }
        return contests.submit(paper.paper().attemptId(), paper.session());
    }

    private String say(Rejected refused) {
        return messages.getMessage(refused.messageKey(), refused.arguments(), Locale.of("vi"));
    }

    @Test
    @DisplayName(
            "Học viên trung tâm được mời, được đề cử, thi đề của trung tâm tổ chức và lên bảng xếp hạng cùng tên trung tâm")
    void aNomineeTakesTheHostsPaperAndIsRankedWithTheirCentre() throws IOException {
        RoundView round = interCentreRound();
        Invitation seen = guestDirector(() -> interCentre.invitations()).stream()
                .filter(i -> i.roundId().equals(round.id()))
                .findFirst()
                .orElseThrow();
        assertThat(seen.hostCentreName())
                .isEqualTo(fixture.asDirector(() -> centres.centre(fixture.centre()))
                        .orElseThrow()
                        .name());
        assertThat(guestDirector(() -> interCentre.nominate(round.id(), List.of(guest.an()))))
                .isEqualTo(1);
        assertThat(guestDirector(() -> interCentre.nominate(round.id(), List.of(guest.an()))))
                .as("nominated once")
                .isZero();
        hostLearner(host.binhLogin(), () -> {
            contests.register(round.contestId());
            return null;
        });
        assertThat(guestLearner(guest.anLogin(), () -> interCentre.invitations()))
                .extracting(Invitation::roundId)
                .containsExactly(round.id());
        assertThat(guestLearner(guest.binhLogin(), () -> interCentre.invitations()))
                .as("Bình of the guest centre was not nominated")
                .isEmpty();
        opens(round);

        SubmitResult guestAn = guestLearner(guest.anLogin(), () -> take(() -> contests.enter(round.id()), true));
        SubmitResult hostBinh = hostLearner(host.binhLogin(), () -> take(() -> contests.enter(round.id()), false));

        assertThat(guestAn.score()).isEqualByComparingTo("10");
        assertThat(hostBinh.score()).isEqualByComparingTo("0");
        String hostName = fixture.asDirector(() -> centres.centre(fixture.centre()))
                .orElseThrow()
                .name();
        for (Supplier<List<Standing>> viewer : List.<Supplier<List<Standing>>>of(
                () -> fixture.asDirector(() -> contests.leaderboard(round.id(), null)),
                () -> guestDirector(() -> contests.leaderboard(round.id(), null)),
                () -> guestLearner(guest.anLogin(), () -> contests.leaderboard(round.id(), null)))) {
            assertThat(viewer.get())
                    .extracting(Standing::rank, Standing::name, Standing::centreName)
                    .containsExactly(tuple(1, "Lê Văn An", guestName), tuple(2, "Phạm Thị Bình", hostName));
        }
        assertThat(fixture.asDirector(() -> interCentre.hosted(round.id())).nominees())
                .extracting(Nominee::name, Nominee::centreName, Nominee::started)
                .containsExactlyInAnyOrder(tuple("Lê Văn An", guestName, true), tuple("Phạm Thị Bình", hostName, true));
        assertThat(text(fixture.asDirector(() -> contests.certificates(round.id(), Locale.of("vi")))))
                .contains(hostName, "Lê Văn An", "Đơn vị: " + guestName, "Phạm Thị Bình", "Đơn vị: " + hostName);
        assertThat(text(guestDirector(() -> contests.certificates(round.id(), Locale.of("vi")))))
                .as("the guest prints its own winners' certificates")
                .contains("Lê Văn An", "Đơn vị: " + guestName)
                .doesNotContain("Phạm Thị Bình");
    }

    @Test
    @DisplayName(
            "Hình của câu hỏi hiện trên bài làm của thí sinh trung tâm khác; người không có câu đó trên bài thì không")
    void aNomineeSeesThePicturesOfTheirPaper() {
        byte[] gif = "GIF89a\u0001\u0000".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        UUID picture = fixture.as(host.ha(), () -> pictures.upload(host.bank().id(), "tam-giac.gif", gif));
        fixture.as(host.ha(), () -> banks.addQuestion(host.bank().id(), AssessmentFixture.triangle(picture)));
        approveAll(host);
        ContestView contest = fixture.asDirector(() -> contests.createContest(
                new Contests.NewContest("Hình học " + AcademicsFixture.unique(), "", Audience.LEARNERS)));
        Instant in = Instant.now().plus(Duration.ofHours(1));
        RoundView round = fixture.asDirector(() -> contests.addRound(
                contest.id(),
                new NewRound(
                        "Vòng liên trung tâm",
                        Level.INTER_CENTRE,
                        host.bank().id(),
                        List.of(new Row("Hình học", null, QuestionType.SINGLE_CHOICE, 1)),
                        Map.of(),
                        20,
                        in,
                        in.plus(Duration.ofHours(2)),
                        5)));
        fixture.asDirector(() -> interCentre.invite(round.id(), guestCentre));
        guestDirector(() -> interCentre.nominate(round.id(), List.of(guest.an())));
        opens(round);

        guestLearner(guest.anLogin(), () -> contests.enter(round.id()));

        assertThat(guestLearner(guest.anLogin(), () -> pictures.picture(picture).content()))
                .isEqualTo(gif);
        assertThatThrownBy(() -> guestLearner(guest.binhLogin(), () -> pictures.picture(picture)))
                .as("Bình of the guest centre has no such paper")
                .isInstanceOf(Rejected.class);
    }

    @Test
    @DisplayName("Một phiên thi và nộp hai lần không sao, cả khi thi ở trung tâm khác")
    void oneSessionAndSubmittingTwiceForANominee() {
        RoundView round = interCentreRound();
        guestDirector(() -> interCentre.nominate(round.id(), List.of(guest.an())));
        opens(round);
        RoundPaper phone = guestLearner(guest.anLogin(), () -> contests.enter(round.id()));
        RoundPaper laptop = guestLearner(guest.anLogin(), () -> contests.enter(round.id()));

        assertThat(laptop.paper().attemptId()).isEqualTo(phone.paper().attemptId());
        assertThatThrownBy(() -> guestLearner(
                        guest.anLogin(), () -> contests.submit(phone.paper().attemptId(), phone.session())))
                .isInstanceOfSatisfying(
                        Rejected.class, refused -> assertThat(refused.status()).isEqualTo(409));
        SubmitResult once = guestLearner(
                guest.anLogin(), () -> contests.submit(laptop.paper().attemptId(), laptop.session()));
        SubmitResult twice = guestLearner(
                guest.anLogin(), () -> contests.submit(laptop.paper().attemptId(), laptop.session()));
        assertThat(twice).isEqualTo(once);
        assertThatThrownBy(() -> guestLearner(
                        guest.binhLogin(), () -> contests.paper(laptop.paper().attemptId(), laptop.session())))
                .as("another learner of the guest centre cannot open An's paper")
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    @DisplayName(
            "Người không được đề cử (403), học viên của trung tâm không được mời (không thấy vòng) đều không vào thi được")
    void onlyNomineesEnter() {
        RoundView round = interCentreRound();
        guestDirector(() -> interCentre.nominate(round.id(), List.of(guest.an())));
        CentreView third = newCentre("Trung tâm GDTX Sông Đà");
        UUID outsider = fixture.inCentre(third.id(), () -> fixture.learner("Đỗ Văn Ngoài"));
        String outsiderLogin = fixture.inCentre(third.id(), () -> fixture.learnerLogin(outsider));
        opens(round);

        assertThatThrownBy(() -> guestLearner(guest.binhLogin(), () -> contests.enter(round.id())))
                .isInstanceOfSatisfying(Rejected.class, refused -> {
                    assertThat(refused.status()).isEqualTo(403);
                    assertThat(say(refused))
                            .startsWith("Bạn không có tên trong danh sách dự thi vòng liên trung tâm này");
                });
        assertThatThrownBy(() -> hostLearner(host.anLogin(), () -> contests.enter(round.id())))
                .as("the host's own learner who did not advance")
                .isInstanceOfSatisfying(
                        Rejected.class, refused -> assertThat(refused.status()).isEqualTo(403));
        assertThatThrownBy(() -> guestLearner(guest.binhLogin(), () -> contests.leaderboard(round.id(), null)))
                .isInstanceOfSatisfying(
                        Rejected.class, refused -> assertThat(refused.status()).isEqualTo(403));
        assertThatThrownBy(() -> fixture.inCentre(
                        third.id(),
                        () -> fixture.as(Role.LEARNER, accounts.idOf(outsiderLogin), () -> contests.enter(round.id()))))
                .as("a centre that was not invited does not see the round at all")
                .isInstanceOfSatisfying(
                        Rejected.class, refused -> assertThat(refused.status()).isEqualTo(404));
        assertThatThrownBy(() -> fixture.inCentre(
                        third.id(),
                        () -> fixture.asDirector(() -> interCentre.nominate(round.id(), List.of(outsider)))))
                .isInstanceOfSatisfying(Rejected.class, refused -> assertThat(refused.messageKey())
                        .isEqualTo("contest.error.invitationNotFound"));
        assertThat(fixture.inCentre(third.id(), () -> fixture.asDirector(() -> interCentre.invitations())))
                .isEmpty();
    }

    static Stream<Arguments> badInvitations() {
        return Stream.of(
                Arguments.of("chính trung tâm tổ chức", "own", "contest.error.inviteOwnCentre"),
                Arguments.of("trung tâm không có trên hệ thống", "unknown", "contest.error.centreNotFound"),
                Arguments.of("vòng không phải liên trung tâm", "centreRound", "contest.error.notInterCentre"),
                Arguments.of("vòng đã mở", "opened", "contest.error.inviteAfterOpen"));
    }

    @ParameterizedTest(name = "Mời {0}: từ chối")
    @MethodSource("badInvitations")
    @DisplayName("Lời mời sai bị từ chối, không ghi gì")
    void badInvitationsAreRefused(String what, String which, String key) {
        RoundView round = interCentreRound();
        UUID roundId = round.id();
        UUID centre = guestCentre;
        switch (which) {
            case "own" -> centre = fixture.centre();
            case "unknown" -> centre = UUID.randomUUID();
            case "centreRound" ->
                roundId = fixture.asDirector(() -> contests.addRound(
                                round.contestId(),
                                round(
                                        "Vòng trường",
                                        Level.CENTRE,
                                        host,
                                        Instant.now().plus(Duration.ofHours(4)))))
                        .id();
            case "opened" -> opens(round);
            default -> throw new IllegalArgumentException(which);
        }
        UUID invitedRound = roundId;
        UUID invitedCentre =
                which.equals("opened") ? newCentre("Trung tâm GDTX Mới").id() : centre;

        assertThatThrownBy(() -> fixture.asDirector(() -> interCentre.invite(invitedRound, invitedCentre)))
                .isInstanceOfSatisfying(Rejected.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo(key);
                    assertThat(say(refused)).isNotBlank().doesNotContain("contest.");
                });
        assertThat(fixture.asDirector(() -> interCentre.hosted(round.id())).invited())
                .extracting(Invitation::guestCentreId)
                .containsExactly(guestCentre);
    }

    @Test
    @DisplayName(
            "Đề cử sai đối tượng, người không thuộc trung tâm, hay sau khi vòng mở đều bị từ chối, không ghi nửa chừng; rút đề cử trước khi mở")
    void badNominationsAndWithdrawing() {
        RoundView round = interCentreRound();

        assertThatThrownBy(() -> guestDirector(() ->
                        interCentre.nominate(round.id(), List.of(guest.ha().staffId()))))
                .isInstanceOfSatisfying(Rejected.class, refused -> assertThat(say(refused))
                        .isEqualTo("Nguyễn Thị Hà là giáo viên, không phải học viên: vòng này dành cho học viên."));
        assertThatThrownBy(() -> guestDirector(() -> interCentre.nominate(round.id(), List.of(guest.an(), host.an()))))
                .isInstanceOfSatisfying(Rejected.class, refused -> assertThat(refused.messageKey())
                        .isEqualTo("contest.error.nomineeNotOfCentre"));
        assertThat(guestDirector(() -> interCentre.nominees(round.id())))
                .as("nothing half-written: An was not nominated either")
                .isEmpty();
        assertThatThrownBy(() -> guestDirector(() -> interCentre.nominate(round.id(), List.of())))
                .isInstanceOfSatisfying(Rejected.class, refused -> assertThat(refused.messageKey())
                        .isEqualTo("contest.error.noneChosen"));

        guestDirector(() -> interCentre.nominate(round.id(), List.of(guest.an(), guest.binh())));
        Nominee binh = guestDirector(() -> interCentre.nominees(round.id())).stream()
                .filter(n -> n.personId().equals(guest.binh()))
                .findFirst()
                .orElseThrow();
        guestDirector(() -> {
            interCentre.withdraw(round.id(), binh.entryId());
            return null;
        });
        assertThat(guestDirector(() -> interCentre.nominees(round.id())))
                .extracting(Nominee::name)
                .containsExactly("Lê Văn An");
        assertThatThrownBy(() -> fixture.asDirector(() -> {
                    interCentre.withdraw(round.id(), binh.entryId());
                    return null;
                }))
                .as("the host does not withdraw the guest's nominations")
                .isInstanceOf(Rejected.class);

        opens(round);
        Nominee an = guestDirector(() -> interCentre.nominees(round.id())).getFirst();
        assertThatThrownBy(() -> guestDirector(() -> interCentre.nominate(round.id(), List.of(guest.binh()))))
                .isInstanceOfSatisfying(Rejected.class, refused -> assertThat(say(refused))
                        .startsWith("Vòng liên trung tâm đã mở lúc"));
        assertThatThrownBy(() -> guestDirector(() -> {
                    interCentre.withdraw(round.id(), an.entryId());
                    return null;
                }))
                .isInstanceOfSatisfying(Rejected.class, refused -> assertThat(refused.messageKey())
                        .isEqualTo("contest.error.nominateAfterOpen"));
    }

    @Test
    @DisplayName(
            "Trung tâm tổ chức huỷ lời mời trước khi vòng mở: đề cử của trung tâm đó đi theo; sau khi mở thì không huỷ được")
    void theHostWithdrawsAnInvitationBeforeTheRoundOpens() {
        RoundView round = interCentreRound();
        guestDirector(() -> interCentre.nominate(round.id(), List.of(guest.an(), guest.binh())));
        assertThatThrownBy(() -> fixture.asDirector(() -> interCentre.uninvite(round.id(), UUID.randomUUID())))
                .isInstanceOfSatisfying(Rejected.class, refused -> assertThat(say(refused))
                        .isEqualTo("Trung tâm này không được mời vào vòng."));

        assertThat(fixture.asDirector(() -> interCentre.uninvite(round.id(), guestCentre)))
                .isEqualTo(2);

        assertThat(fixture.asDirector(() -> interCentre.hosted(round.id())))
                .satisfies(hosted -> assertThat(hosted.invited()).isEmpty())
                .satisfies(hosted -> assertThat(hosted.nominees()).isEmpty());
        assertThat(guestDirector(() -> interCentre.invitations()))
                .noneMatch(i -> i.roundId().equals(round.id()));
        assertThatThrownBy(() -> guestLearner(guest.anLogin(), () -> contests.enter(round.id())))
                .isInstanceOf(Rejected.class);

        fixture.asDirector(() -> interCentre.invite(round.id(), guestCentre));
        opens(round);
        assertThatThrownBy(() -> fixture.asDirector(() -> interCentre.uninvite(round.id(), guestCentre)))
                .isInstanceOfSatisfying(Rejected.class, refused -> assertThat(say(refused))
                        .startsWith("Vòng đã mở lúc")
                        .endsWith("không huỷ lời mời được nữa."));
        assertThat(guestDirector(() -> interCentre.invitations()))
                .anyMatch(i -> i.roundId().equals(round.id()));
    }

    @Test
    @DisplayName("Đề cử người đứng đầu vòng cuối của sân chơi trung tâm mình (khi vòng đó đã chốt)")
    void nominatingTheTopOfTheCentresOwnContest() {
        RoundView round = interCentreRound();
        ContestView own = guestDirector(() -> contests.createContest(
                new Contests.NewContest("Rung chuông vàng " + AcademicsFixture.unique(), "", Audience.LEARNERS)));
        RoundView ownRound = guestDirector(() -> contests.addRound(
                own.id(),
                round("Vòng trường", Level.CENTRE, guest, Instant.now().minus(Duration.ofMinutes(5)), 1)));
        guestDirector(() -> contests.registerClass(own.id(), guest.schoolClass().id()));
        guestLearner(guest.anLogin(), () -> take(() -> contests.enter(ownRound.id()), false));
        guestLearner(guest.binhLogin(), () -> take(() -> contests.enter(ownRound.id()), true));

        assertThatThrownBy(() -> guestDirector(() -> interCentre.nominateQualifiers(round.id(), own.id())))
                .isInstanceOfSatisfying(Rejected.class, refused -> assertThat(refused.messageKey())
                        .isEqualTo("contest.error.qualifiersNotOver"));
        guestDirector(() -> contests.closeRound(ownRound.id()));

        assertThat(guestDirector(() -> interCentre.nominateQualifiers(round.id(), own.id())))
                .isEqualTo(1);
        assertThat(guestDirector(() -> interCentre.nominateQualifiers(round.id(), own.id())))
                .isZero();
        assertThat(fixture.asDirector(() -> interCentre.hosted(round.id())).nominees())
                .extracting(Nominee::name, Nominee::className, Nominee::centreName)
                .containsExactly(tuple("Phạm Thị Bình", guest.schoolClass().name(), guestName));
    }

    @Test
    @DisplayName(
            "Bảo mật theo dòng vẫn tách các trung tâm: trung tâm được mời chỉ thấy lời mời, không thấy vòng, bài thi hay học viên của nơi tổ chức")
    void rowLevelSecurityStillKeepsTheCentresApart() {
        RoundView round = interCentreRound();
        guestDirector(() -> interCentre.nominate(round.id(), List.of(guest.an())));
        CentreView third = newCentre("Trung tâm GDTX Tây Sơn");

        assertThat(count(
                        guestCentre,
                        "SELECT count(*) FROM assessment.contest_invitation WHERE round_id = ?",
                        round.id()))
                .isEqualTo(1);
        assertThat(count(
                        third.id(),
                        "SELECT count(*) FROM assessment.contest_invitation WHERE round_id = ?",
                        round.id()))
                .isZero();
        assertThat(count(guestCentre, "SELECT count(*) FROM assessment.contest_round WHERE id = ?", round.id()))
                .isZero();
        assertThat(count(guestCentre, "SELECT count(*) FROM assessment.contest_entry WHERE round_id = ?", round.id()))
                .as("the nomination lives with the host")
                .isZero();
        assertThat(count(
                        fixture.centre(),
                        "SELECT count(*) FROM assessment.contest_entry WHERE round_id = ?",
                        round.id()))
                .isEqualTo(1);
        assertThat(count(guestCentre, "SELECT count(*) FROM people.learner WHERE id = ?", host.an()))
                .isZero();
        assertThat(count(fixture.centre(), "SELECT count(*) FROM people.learner WHERE id = ?", guest.an()))
                .isZero();
        assertThat(count(
                        guestCentre,
                        "SELECT count(*) FROM assessment.question WHERE bank_id = ?",
                        host.bank().id()))
                .isZero();
        Throwable forged = org.assertj.core.api.Assertions.catchThrowable(() -> tenancy.inCentre(guestCentre, () -> {
            jdbc.sql("UPDATE assessment.contest_invitation SET opens_at = now() + interval '9 days' WHERE round_id = ?")
                    .param(round.id())
                    .update();
            jdbc.sql("DELETE FROM assessment.contest_invitation WHERE round_id = ?")
                    .param(round.id())
                    .update();
        }));
        assertThat(forged).isNull();
        assertThat(count(
                        fixture.centre(),
                        "SELECT count(*) FROM assessment.contest_invitation WHERE round_id = ?" + " AND opens_at = ?",
                        round.id(),
                        java.sql.Timestamp.from(round.opensAt())))
                .as("the guest reads its invitation but cannot change or remove it")
                .isEqualTo(1);
    }

    private int count(UUID centre, String sql, Object... parameters) {
        return tenancy.inCentre(
                centre,
                () -> jdbc.sql(sql).params(parameters).query(Integer.class).single());
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
