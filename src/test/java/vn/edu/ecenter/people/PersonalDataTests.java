package vn.edu.ecenter.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.edu.ecenter.people.PeopleFixtures.as;
import static vn.edu.ecenter.people.PeopleFixtures.clerk;
import static vn.edu.ecenter.people.PeopleFixtures.director;
import static vn.edu.ecenter.people.PeopleFixtures.freshPhone;
import static vn.edu.ecenter.people.PeopleFixtures.learner;
import static vn.edu.ecenter.people.PeopleFixtures.teacher;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import vn.edu.ecenter.platform.tenancy.Tenancy;
import vn.edu.ecenter.platform.web.Rejected;
import vn.edu.ecenter.shared.PersonName;
import vn.edu.ecenter.support.EcenterTest;
import vn.edu.ecenter.support.TestAccounts;
import vn.edu.ecenter.support.TestDatabase;

@EcenterTest
@DisplayName("Dữ liệu cá nhân: mã hóa, sự đồng ý, nhật ký truy cập, yêu cầu của chủ thể dữ liệu")
class PersonalDataTests {

    @Autowired
    People people;

    @Autowired
    PersonalData personalData;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Tenancy tenancy;

    UUID centre;

    @BeforeEach
    void demoCentre() {
        centre = accounts.demoCentre();
    }

    private LearnerView register(String fullName, LocalDate birthDate, Sex sex) {
        return as(clerk(centre), () -> people.registerLearner(learner(fullName, birthDate, sex)));
    }

    @Test
    @DisplayName("Số định danh được mã hóa khi lưu: cột trong cơ sở dữ liệu không chứa số rõ")
    void citizenIdIsEncryptedAtRest() {
        LearnerView view = register("Nguyễn Thị Ánh Tuyết", LocalDate.of(2008, 10, 20), Sex.FEMALE);
        String number = as(clerk(centre), () -> people.revealCitizenId(view.id(), "đối chiếu hồ sơ"))
                .orElseThrow();

        Map<String, Object> raw = tenancy.inCentre(
                centre, () -> jdbc.sql("SELECT citizen_id_cipher, citizen_id_digest FROM people.learner WHERE id = ?")
                        .param(view.id())
                        .query()
                        .singleRow());
        byte[] cipher = (byte[]) raw.get("citizen_id_cipher");

        assertThat(number).matches("\\d{12}");
        assertThat(new String(cipher, StandardCharsets.ISO_8859_1)).doesNotContain(number);
        assertThat(new String(cipher, StandardCharsets.ISO_8859_1)).doesNotContain(number.substring(3));
        assertThat((String) raw.get("citizen_id_digest")).doesNotContain(number).hasSize(64);
        assertThat(as(
                        clerk(centre),
                        () -> people.learnerByCitizenId(number.substring(0, 4) + " " + number.substring(4))))
                .map(LearnerSummary::id)
                .contains(view.id());
    }

    @Test
    @DisplayName("Ảnh căn cước được mã hóa trước khi vào kho tệp; xem ảnh được ghi nhật ký")
    void idImageIsEncryptedBeforeStoring() throws Exception {
        LearnerView view = register("Phan Văn Đức", LocalDate.of(2007, 7, 7), Sex.MALE);
        byte[] png = new byte[] {
            (byte) 0x89,
            'P',
            'N',
            'G',
            '\r',
            '\n',
            0x1A,
            '\n',
            0,
            0,
            0,
            13,
            'I',
            'H',
            'D',
            'R',
            'C',
            'C',
            'C',
            'D',
            '-',
            'S',
            'C',
            'A',
            'N'
        };
        as(clerk(centre), () -> {
            personalData.storeIdImage(view.id(), png, "cccd.png");
            return null;
        });
        String key = tenancy.inCentre(centre, () -> jdbc.sql("SELECT id_image_file FROM people.learner WHERE id = ?")
                .param(view.id())
                .query(String.class)
                .single());
        byte[] stored;
        try (var files = java.nio.file.Files.walk(TestDatabase.DATA_DIR.resolve("files"))) {
            var blob = files.filter(path -> path.getFileName().toString().equals(key))
                    .findFirst()
                    .orElseThrow();
            stored = java.nio.file.Files.readAllBytes(blob);
        }

        assertThat(new String(stored, StandardCharsets.ISO_8859_1))
                .doesNotContain("CCCD-SCAN")
                .doesNotContain("PNG");
        assertThat(as(clerk(centre), () -> personalData.openIdImage(view.id(), "đối chiếu")))
                .hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(png));
        assertThat(as(director(centre), () -> personalData.accessLog(Optional.of(view.id()), 10)))
                .extracting(AccessLogEntry::action)
                .contains("ID_IMAGE");
    }

    @Test
    @DisplayName("Mở hồ sơ và xem số định danh được ghi vào nhật ký truy cập; chỉ giám đốc xem nhật ký")
    void openingIsLogged() {
        LearnerView view = register("Trương Văn Hải", LocalDate.of(2008, 2, 2), Sex.MALE);
        as(teacher(centre), () -> people.openLearner(view.id()));
        as(clerk(centre), () -> people.revealCitizenId(view.id(), "làm thủ tục thi"));

        var log = as(director(centre), () -> personalData.accessLog(Optional.of(view.id()), 10));

        assertThat(log)
                .extracting(AccessLogEntry::actor, AccessLogEntry::action)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("vanthu", "REVEAL_ID"),
                        org.assertj.core.groups.Tuple.tuple("gv.toan", "OPEN"));
        assertThat(log.getFirst().purpose()).isEqualTo("làm thủ tục thi");
        assertThatThrownBy(() -> as(clerk(centre), () -> personalData.accessLog(Optional.empty(), 10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @DisplayName("Học viên dưới 16 tuổi: cần sự đồng ý của phụ huynh; từ 16 tuổi tự đồng ý; rút lại được ghi nhận")
    void consentOfChildrenNeedsAGuardian() {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        LearnerView child = register("Đỗ Minh Khang", today.minusYears(15).minusDays(10), Sex.MALE);
        LearnerView adult = register("Đỗ Thị Lệ", today.minusYears(16).minusDays(1), Sex.FEMALE);
        GuardianView mother = as(
                clerk(centre),
                () -> people.linkGuardian(
                        child.id(),
                        new GuardianDetails(PersonName.parse("Hồ Thị Mơ"), freshPhone(), null, null),
                        Relation.MOTHER));

        assertThat(as(clerk(centre), () -> personalData.consentRule(child.id())))
                .isEqualTo(new ConsentRule(15, true, true));
        assertThat(as(clerk(centre), () -> personalData.consentRule(adult.id())).guardianRequired())
                .isFalse();
        Rejected bySelf = catchThrowableOfType(
                Rejected.class,
                () -> as(
                        clerk(centre),
                        () -> personalData.recordConsent(
                                child.id(),
                                new RecordConsent("Quản lý hồ sơ học tập", null, "PAPER", "Phiếu 12", today))));
        assertThat(bySelf.messageKey()).isEqualTo("people.consent.guardianRequired");

        ConsentView given = as(
                clerk(centre),
                () -> personalData.recordConsent(
                        child.id(),
                        new RecordConsent("Quản lý hồ sơ học tập", mother.id(), "PAPER", "Phiếu 12", today)));
        ConsentView own = as(
                clerk(centre),
                () -> personalData.recordConsent(
                        adult.id(), new RecordConsent("Gửi tin nhắn", null, "ONLINE", null, today)));
        ConsentView withdrawn =
                as(clerk(centre), () -> personalData.withdrawConsent(child.id(), given.id(), today, "Phụ huynh rút"));

        assertThat(given.givenByName()).isEqualTo("Hồ Thị Mơ");
        assertThat(own.givenBy()).isEqualTo("LEARNER");
        assertThat(withdrawn.active()).isFalse();
        assertThat(as(clerk(centre), () -> personalData.consentsOf(child.id())))
                .singleElement()
                .satisfies(consent -> assertThat(consent.withdrawnOn()).isEqualTo(today));
    }

    @Test
    @DisplayName("Yêu cầu truy cập: bản xuất chứa mọi dữ liệu đang lưu; hạn phản hồi tính theo ngày làm việc")
    void accessRequestExportsEverything() {
        LearnerView view = register("Cao Văn Minh", LocalDate.of(2006, 6, 6), Sex.MALE);
        String phone = freshPhone();
        as(
                clerk(centre),
                () -> people.linkGuardian(
                        view.id(),
                        new GuardianDetails(PersonName.parse("Cao Văn Nghĩa"), phone, null, null),
                        Relation.FATHER));
        // Friday 27/11/2026: acknowledge by Tuesday 01/12 (two working days), complete by 17/12 (20 days).
        SubjectRequestView request = as(
                clerk(centre),
                () -> personalData.receiveRequest(
                        view.id(),
                        new NewSubjectRequest("ACCESS", "Cao Văn Minh", "Xin bản sao", LocalDate.of(2026, 11, 27))));
        String number = as(clerk(centre), () -> people.revealCitizenId(view.id(), "đối chiếu"))
                .orElseThrow();

        Map<String, Object> export = as(clerk(centre), () -> personalData.exportLearner(view.id()));

        assertThat(request.acknowledgeBy()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(request.dueOn()).isEqualTo(LocalDate.of(2026, 12, 17));
        @SuppressWarnings("unchecked")
        Map<String, Object> profile = (Map<String, Object>) export.get("learner");
        assertThat(profile).containsEntry("fullName", "Cao Văn Minh").containsEntry("citizenId", number);
        assertThat(export.get("guardians").toString()).contains("Cao Văn Nghĩa", phone);
        assertThat(export.get("requests").toString()).contains("Xin bản sao");
        assertThat(export.get("accessLog").toString()).contains("REVEAL_ID");
    }

    @Test
    @DisplayName("Khử nhận dạng: thay các trường cá nhân, giữ hồ sơ và mã; chỉ giám đốc làm được")
    void deidentificationKeepsTheRecordButNotThePerson() {
        LearnerView view = register("Lâm Thị Oanh", LocalDate.of(2007, 12, 24), Sex.FEMALE);

        assertThatThrownBy(() -> as(clerk(centre), () -> {
                    personalData.deidentifyLearner(view.id(), "Yêu cầu số 3");
                    return null;
                }))
                .isInstanceOf(AccessDeniedException.class);
        as(director(centre), () -> {
            personalData.deidentifyLearner(view.id(), "Yêu cầu số 3");
            return null;
        });

        LearnerView after =
                as(director(centre), () -> people.openLearner(view.id())).orElseThrow();
        assertThat(after.deidentified()).isTrue();
        assertThat(after.details().code()).isEqualTo(view.details().code());
        assertThat(after.details().name().fullName()).doesNotContain("Oanh");
        assertThat(after.details().birthDate()).isEqualTo(LocalDate.of(2007, 1, 1));
        assertThat(after.maskedCitizenId()).isNull();
        assertThat(as(clerk(centre), () -> people.searchLearners("Lâm Thị Oanh", 50)))
                .extracting(LearnerSummary::id)
                .doesNotContain(view.id());
        assertThat(accounts.count(
                        "SELECT count(*) FROM identity.account WHERE username = ? AND NOT enabled", view.username()))
                .isEqualTo(1);
        assertThatThrownBy(
                        () -> as(clerk(centre), () -> people.updateLearner(view.id(), view.details(), after.version())))
                .isInstanceOf(Rejected.class);
    }
}
