package vn.edu.ecenter.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.edu.ecenter.academics.AcademicsFixture;
import vn.edu.ecenter.assessment.AssessmentFixture;
import vn.edu.ecenter.assessment.AssessmentFixture.Classroom;
import vn.edu.ecenter.assessment.Contests;
import vn.edu.ecenter.assessment.Contests.Audience;
import vn.edu.ecenter.assessment.Contests.Level;
import vn.edu.ecenter.assessment.Contests.RoundView;
import vn.edu.ecenter.assessment.TakenTests;
import vn.edu.ecenter.assessment.questions.Blueprint;
import vn.edu.ecenter.assessment.questions.QuestionType;
import vn.edu.ecenter.centres.CentreView;
import vn.edu.ecenter.identity.Role;
import vn.edu.ecenter.platform.tenancy.Tenancy;
import vn.edu.ecenter.support.Browser;
import vn.edu.ecenter.support.EcenterTest;
import vn.edu.ecenter.support.Page;
import vn.edu.ecenter.support.TestAccounts;

/**
 * A round between centres through the running server: the host's director invites a centre with the form; the
 * invited centre's director finds the invitation on the contests page and nominates a learner of a class; the nominee,
 * signed in at their own centre, enters the round and gets the host's paper; a learner who was not nominated gets 403
 * with the reason; the leaderboard names the centre.
 */
@EcenterTest
@DisplayName(
        "Trang vòng liên trung tâm: mời trung tâm, đề cử, thí sinh trung tâm khác vào thi, bảng xếp hạng có trung tâm")
class InterCentrePagesTests {

    @LocalServerPort
    int port;

    @Autowired
    AssessmentFixture classroom;

    @Autowired
    AcademicsFixture fixture;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TakenTests taken;

    @Autowired
    Contests contests;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Tenancy tenancy;

    Classroom host;
    CentreView guestCentre;
    Classroom guest;

    @BeforeEach
    void twoCentres() {
        host = classroom.classroom();
        taken.approveAll(host);
        guestCentre = fixture.otherCentre("Trung tâm GDTX Hoà Bình");
        guest = fixture.inCentre(guestCentre.id(), classroom::classroom);
    }

    @Test
    @DisplayName("Mời, đề cử qua các trang; người được đề cử vào thi, người khác bị từ chối (403) với lý do")
    void fromTheInvitationToThePaper() {
        RoundView round = fixture.asDirector(() -> {
            var contest = contests.createContest(
                    new Contests.NewContest("Olympic Toán " + AcademicsFixture.unique(), "", Audience.LEARNERS));
            Instant opens = Instant.now().plus(Duration.ofHours(1));
            return contests.addRound(
                    contest.id(),
                    new Contests.NewRound(
                            "Vòng liên trung tâm",
                            Level.INTER_CENTRE,
                            host.bank().id(),
                            List.of(new Blueprint.Row("Hàm số", null, QuestionType.SINGLE_CHOICE, 2)),
                            Map.of(QuestionType.SINGLE_CHOICE, new BigDecimal("5")),
                            20,
                            opens,
                            opens.plus(Duration.ofHours(2)),
                            5));
        });
        String centresPage = "/contests/rounds/" + round.id() + "/centres";

        Browser hostDirector = Browser.signedIn(port, accounts.open(Role.DIRECTOR), TestAccounts.PASSWORD);
        assertThat(hostDirector.get("/contests/" + round.contestId()).document().select("a.inter-centres"))
                .hasSize(1);
        Document invite = hostDirector.get(centresPage).document();
        assertThat(invite.select("form.invite-centre select[name=centreId] option"))
                .extracting(o -> o.attr("value"))
                .contains(guestCentre.id().toString())
                .doesNotContain(fixture.centre().toString());
        assertThat(hostDirector
                        .post(centresPage, "centreId", fixture.centre().toString())
                        .location())
                .isEqualTo(centresPage);
        assertThat(hostDirector
                        .get(centresPage)
                        .document()
                        .select(".alert-danger")
                        .text())
                .startsWith("Không mời được chính trung tâm của mình");
        hostDirector.post(centresPage, "centreId", guestCentre.id().toString());
        Document invited = hostDirector.get(centresPage).document();
        assertThat(invited.select(".alert-success").text()).isEqualTo("Đã mời " + guestCentre.name() + ".");
        assertThat(invited.select("table.invited tbody tr").text()).contains(guestCentre.name());

        Browser guestDirector =
                Browser.signedIn(port, accounts.open(Role.DIRECTOR, guestCentre.id()), TestAccounts.PASSWORD);
        Document list = guestDirector.get("/contests").document();
        assertThat(list.select("ul.invitations li").text()).contains("Vòng liên trung tâm", "Olympic Toán");
        String invitation = "/contests/invitations/" + round.id();
        assertThat(list.select("ul.invitations a[href=" + invitation + "]")).hasSize(1);
        Document pick = guestDirector
                .get(invitation + "?class=" + guest.schoolClass().id())
                .document();
        assertThat(pick.select("form.pick-people input[name=personId]"))
                .extracting(i -> i.attr("value"))
                .containsExactlyInAnyOrder(guest.an().toString(), guest.binh().toString());
        guestDirector.post(invitation + "/nominees", "personId", guest.an().toString());
        Document nominated = guestDirector.get(invitation).document();
        assertThat(nominated.select(".alert-success").text()).isEqualTo("Đã đề cử thêm 1 thí sinh.");
        assertThat(nominated.select("table.nominees tbody tr").text()).contains("Lê Văn An");
        guestDirector.post(
                invitation + "/nominees", "personId", guest.ha().staffId().toString());
        assertThat(guestDirector
                        .get(invitation)
                        .document()
                        .select(".alert-danger")
                        .text())
                .isEqualTo("Nguyễn Thị Hà là giáo viên, không phải học viên: vòng này dành cho học viên.");

        tenancy.inCentre(fixture.centre(), () -> {
            jdbc.sql("UPDATE assessment.contest_round SET opens_at = now() - interval '5 minutes' WHERE id = ?")
                    .param(round.id())
                    .update();
        });
        Browser an = Browser.signedIn(port, guest.anLogin(), TestAccounts.PASSWORD);
        assertThat(an.get("/contests").document().select("ul.invitations form[action$=/enter]"))
                .hasSize(1);
        String paper = an.post("/contests/rounds/" + round.id() + "/enter").location();
        assertThat(paper).startsWith("/contests/entries/");
        assertThat(an.get(paper).document().select("fieldset.question")).hasSize(2);
        Document board =
                an.get("/contests/rounds/" + round.id() + "/leaderboard").document();
        assertThat(board.select("table.leaderboard td.centre").text()).isEqualTo(guestCentre.name());

        Browser binh = Browser.signedIn(port, guest.binhLogin(), TestAccounts.PASSWORD);
        assertThat(binh.get("/contests").document().select("ul.invitations")).isEmpty();
        Page refused = binh.post("/contests/rounds/" + round.id() + "/enter");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.mainText()).contains("Bạn không có tên trong danh sách dự thi vòng liên trung tâm này");
        assertThat(binh.get("/contests/rounds/" + round.id() + "/leaderboard").status())
                .isEqualTo(403);
        assertThat(guestDirector.get(centresPage).status())
                .as("the host's page is the host's")
                .isEqualTo(404);
    }
}
