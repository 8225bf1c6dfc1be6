package vn.edu.ecenter.people.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.edu.ecenter.identity.IssuedPassword;
import vn.edu.ecenter.identity.Role;
import vn.edu.ecenter.people.Address;
import vn.edu.ecenter.people.GuardianDetails;
import vn.edu.ecenter.people.LearnerDetails;
import vn.edu.ecenter.people.LearnerView;
import vn.edu.ecenter.people.People;
import vn.edu.ecenter.people.Relation;
import vn.edu.ecenter.people.Sex;
import vn.edu.ecenter.shared.PersonName;
import vn.edu.ecenter.support.Browser;
import vn.edu.ecenter.support.EcenterTest;
import vn.edu.ecenter.support.SignedIn;
import vn.edu.ecenter.support.TestAccounts;

@EcenterTest
@DisplayName("Phụ huynh đăng nhập bằng số điện thoại và chỉ thấy con mình")
class GuardianPagesTests {

    @LocalServerPort
    int port;

    @Autowired
    People people;

    @Autowired
    TestAccounts accounts;

    private LearnerView register(String fullName) {
        var clerk = SignedIn.as("vanthu", accounts.demoCentre(), Role.CLERK);
        String code = "HV" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
        return SignedIn.call(
                clerk,
                () -> people.registerLearner(new LearnerDetails(
                        code,
                        PersonName.parse(fullName),
                        LocalDate.of(2010, 1, 10),
                        Sex.MALE,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        Address.NONE,
                        null,
                        null,
                        null,
                        null)));
    }

    @Test
    @DisplayName("Con của tôi: hồ sơ của con mở được, hồ sơ học viên khác bị từ chối")
    void guardianSeesOwnChildOnly() {
        LearnerView child = register("Tạ Văn Bảo");
        LearnerView stranger = register("Mai Văn Cảnh");
        String phone = "09" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
        var clerk = SignedIn.as("vanthu", accounts.demoCentre(), Role.CLERK);
        IssuedPassword issued = SignedIn.call(clerk, () -> {
            people.linkGuardian(
                    child.id(),
                    new GuardianDetails(PersonName.parse("Tạ Thị Dung"), phone, null, null),
                    Relation.MOTHER);
            return people.issueFirstPasswords(List.of(child.id()), true).stream()
                    .filter(password -> password.username().equals(phone))
                    .findFirst()
                    .orElseThrow();
        });

        Browser guardian = Browser.at(port);
        guardian.signIn(phone, issued.temporaryPassword());
        guardian.post(
                "/account/password",
                "currentPassword",
                issued.temporaryPassword(),
                "newPassword",
                "Conmeyeu2026",
                "confirmation",
                "Conmeyeu2026");

        var mine = guardian.get("/my/learners");
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.mainText()).contains("Tạ Văn Bảo").doesNotContain("Mai Văn Cảnh");
        assertThat(guardian.get("/learners/" + child.id()).mainText())
                .contains("Tạ Văn Bảo")
                .contains("Tạ Thị Dung")
                .doesNotContain("Sửa hồ sơ");
        assertThat(guardian.get("/learners/" + stranger.id()).status()).isEqualTo(403);
        assertThat(guardian.get("/learners").status()).isEqualTo(403);
    }
}
