package vn.edu.ecenter.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.edu.ecenter.people.PeopleFixtures.as;
import static vn.edu.ecenter.people.PeopleFixtures.citizenId;
import static vn.edu.ecenter.people.PeopleFixtures.clerk;
import static vn.edu.ecenter.people.PeopleFixtures.freshCode;
import static vn.edu.ecenter.people.PeopleFixtures.freshPhone;
import static vn.edu.ecenter.people.PeopleFixtures.learner;
import static vn.edu.ecenter.people.PeopleFixtures.teacher;
import static vn.edu.ecenter.people.PeopleFixtures.user;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.edu.ecenter.identity.IssuedPassword;
import vn.edu.ecenter.identity.Role;
import vn.edu.ecenter.platform.db.EmbeddedDatabase;
import vn.edu.ecenter.platform.web.Rejected;
import vn.edu.ecenter.shared.PersonName;
import vn.edu.ecenter.support.EcenterTest;
import vn.edu.ecenter.support.TestAccounts;
import vn.edu.ecenter.support.TestDatabase;

@EcenterTest
@DisplayName("Hồ sơ học viên, phụ huynh, cán bộ")
class PeopleServiceTests {

    @Autowired
    People people;

    @Autowired
    TestAccounts accounts;

    UUID centre;

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    @BeforeEach
    void demoCentre() {
        centre = accounts.demoCentre();
    }

    private LearnerView register(LearnerDetails details) {
        return as(clerk(centre), () -> people.registerLearner(details));
    }

    @Test
    @DisplayName(
            "Văn thư thêm học viên: tài khoản tên đăng nhập là mã học sinh viết thường, chưa có mật khẩu dùng được")
    void registersALearnerWithAnAccountWithoutPassword() {
        String code = freshCode();
        String id = citizenId(2009, Sex.MALE);
        LearnerView view = register(learner(
                code, PersonName.of("Nguyễn", "Văn", "An"), LocalDate.of(2009, 3, 14), Sex.MALE, id, "0912 345 678"));

        assertThat(view.details().code()).isEqualTo(code);
        assertThat(view.details().citizenId()).isNull();
        assertThat(view.maskedCitizenId()).isEqualTo("*********" + id.substring(9));
        assertThat(view.details().phone()).isEqualTo("0912345678");
        assertThat(view.username()).isEqualTo(code.toLowerCase());
        assertThat(accounts.passwordHashOf(code.toLowerCase())).startsWith("!unusable!");
        assertThat(view.version()).isZero();
    }

    @Test
    @DisplayName("Tài khoản mở hàng loạt không đăng nhập được cho đến khi được cấp mật khẩu lần đầu")
    void bulkAccountCannotSignInUntilAPasswordIsIssued() {
        LearnerView view = register(learner("Kiều Văn Phong", LocalDate.of(2008, 3, 3), Sex.MALE));

        var refused = vn.edu.ecenter.support.Browser.at(port).signIn(view.username(), "!unusable!");
        IssuedPassword issued = as(clerk(centre), () -> people.issueFirstPasswords(List.of(view.id()), false))
                .getFirst();
        var accepted = vn.edu.ecenter.support.Browser.at(port).signIn(view.username(), issued.temporaryPassword());

        assertThat(refused.location()).startsWith("/login");
        assertThat(accepted.status()).isEqualTo(302);
        assertThat(accepted.location()).doesNotStartWith("/login");
    }

    @Test
    @DisplayName("Mã học sinh hoặc số định danh đã có thì bị từ chối, không ghi gì")
    void rejectsDuplicateCodeOrCitizenId() {
        LearnerView first = register(learner("Trần Thị Bình", LocalDate.of(2008, 5, 1), Sex.FEMALE));
        String id = as(clerk(centre), () -> people.revealCitizenId(first.id(), "kiểm tra trùng"))
                .orElseThrow();

        Rejected sameCode = catchThrowableOfType(
                Rejected.class,
                () -> register(learner(
                        first.details().code(),
                        PersonName.parse("Lê Văn Cường"),
                        LocalDate.of(2008, 1, 1),
                        Sex.MALE,
                        null,
                        null)));
        Rejected sameId = catchThrowableOfType(
                Rejected.class,
                () -> register(learner(
                        freshCode(), PersonName.parse("Lê Thị Dung"), LocalDate.of(2008, 2, 2), Sex.FEMALE, id, null)));

        assertThat(sameCode.messageKey()).isEqualTo("people.code.taken");
        assertThat(sameCode.status()).isEqualTo(409);
        assertThat(sameId.messageKey()).isEqualTo("people.citizenId.taken");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"07920900012", "999209000123", "079309000123", "079210000123"})
    @DisplayName("Số định danh sai (độ dài, mã tỉnh, giới tính, năm sinh) bị từ chối với lý do rõ ràng")
    void rejectsInvalidCitizenIds(String typed) {
        LearnerDetails details =
                learner(freshCode(), PersonName.parse("Phạm Văn Em"), LocalDate.of(2009, 6, 1), Sex.MALE, typed, null);

        List<FieldProblem> problems = as(clerk(centre), () -> people.checkLearner(details));

        assertThat(problems).extracting(FieldProblem::field).containsExactly("citizenId");
        assertThatThrownBy(() -> register(details)).isInstanceOf(Rejected.class);
    }

    @Test
    @DisplayName("Sửa hồ sơ từ phiên bản cũ bị từ chối (xung đột), bản mới hơn được giữ")
    void rejectsAStaleUpdate() {
        LearnerView view = register(learner("Hoàng Văn Giang", LocalDate.of(2009, 9, 9), Sex.MALE));
        var changed = new LearnerDetails(
                view.details().code(),
                PersonName.parse("Hoàng Văn Giảng"),
                view.details().birthDate(),
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
                null);

        LearnerView updated = as(clerk(centre), () -> people.updateLearner(view.id(), changed, view.version()));
        Rejected stale = catchThrowableOfType(
                Rejected.class,
                () -> as(clerk(centre), () -> people.updateLearner(view.id(), changed, view.version())));

        assertThat(updated.version()).isEqualTo(view.version() + 1);
        assertThat(updated.maskedCitizenId()).isEqualTo(view.maskedCitizenId());
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.messageKey()).isEqualTo("people.learner.stale");
    }

    @Test
    @DisplayName("Giáo viên xem được danh sách nhưng không sửa được hồ sơ")
    void teacherReadsButCannotEdit() {
        LearnerView view = register(learner("Võ Thị Hoa", LocalDate.of(2008, 4, 4), Sex.FEMALE));

        assertThat(as(teacher(centre), () -> people.openLearner(view.id()))).isPresent();
        assertThatThrownBy(() -> as(teacher(centre), () -> people.updateLearner(view.id(), view.details(), 0)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(teacher(centre), () -> people.revealCitizenId(view.id(), "xem")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @DisplayName("Phụ huynh chỉ thấy con mình; học viên chỉ thấy chính mình")
    void guardianSeesOnlyOwnChildren() {
        LearnerView child = register(learner("Đặng Minh Khoa", LocalDate.of(2010, 2, 2), Sex.MALE));
        LearnerView sibling = register(learner("Đặng Thị Lan", LocalDate.of(2008, 8, 8), Sex.FEMALE));
        LearnerView other = register(learner("Bùi Văn Long", LocalDate.of(2009, 1, 1), Sex.MALE));
        String phone = freshPhone();
        var mother = new GuardianDetails(PersonName.parse("Ngô Thị Mai"), phone, null, null);
        GuardianView linked = as(clerk(centre), () -> people.linkGuardian(child.id(), mother, Relation.MOTHER));
        as(clerk(centre), () -> people.linkGuardian(sibling.id(), mother, Relation.MOTHER));

        assertThat(linked.username()).isEqualTo(phone);
        var guardian = user(accounts.idOf(phone), phone, centre, Role.GUARDIAN);
        assertThat(as(guardian, () -> people.ownLearners()))
                .extracting(LearnerSummary::id)
                .containsExactly(child.id(), sibling.id());
        assertThat(as(guardian, () -> people.openLearner(child.id()))).isPresent();
        assertThatThrownBy(() -> as(guardian, () -> people.openLearner(other.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(guardian, () -> people.searchLearners("Long", 10)))
                .isInstanceOf(AccessDeniedException.class);

        String username = child.username();
        var learner = user(accounts.idOf(username), username, centre, Role.LEARNER);
        assertThat(as(learner, () -> people.ownLearners()))
                .extracting(LearnerSummary::id)
                .containsExactly(child.id());
        assertThatThrownBy(() -> as(learner, () -> people.openLearner(sibling.id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @DisplayName("Cấp mật khẩu lần đầu cho học viên và phụ huynh đã chọn")
    void issuesFirstPasswords() {
        LearnerView view = register(learner("Lý Văn Nam", LocalDate.of(2009, 3, 3), Sex.MALE));
        String phone = freshPhone();
        as(
                clerk(centre),
                () -> people.linkGuardian(
                        view.id(),
                        new GuardianDetails(PersonName.parse("Lý Văn Ông"), phone, null, null),
                        Relation.FATHER));

        List<IssuedPassword> issued = as(clerk(centre), () -> people.issueFirstPasswords(List.of(view.id()), true));

        assertThat(issued).extracting(IssuedPassword::username).containsExactlyInAnyOrder(view.username(), phone);
        assertThat(accounts.passwordHashOf(phone)).startsWith("{bcrypt}");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"nguyen van an", "Nguyễn Văn An", "NGUYEN VAN AN", "  nguyễn   VĂN an "})
    @DisplayName("Tìm kiếm bỏ qua dấu và chữ hoa/thường")
    void searchIgnoresDiacriticsAndCase(String query) {
        String code = freshCode();
        String phone = freshPhone();
        LearnerView an = register(
                learner(code, PersonName.of("Nguyễn", "Văn", "An"), LocalDate.of(2009, 3, 14), Sex.MALE, null, phone));

        assertThat(as(clerk(centre), () -> people.searchLearners(query, 500)))
                .extracting(LearnerSummary::id)
                .contains(an.id());
        assertThat(as(teacher(centre), () -> people.searchLearners(code.toLowerCase(), 5)))
                .extracting(LearnerSummary::id)
                .containsExactly(an.id());
        assertThat(as(
                        teacher(centre),
                        () -> people.searchLearners(phone.substring(0, 4) + " " + phone.substring(4), 5)))
                .extracting(LearnerSummary::id)
                .first()
                .isEqualTo(an.id());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"au duong thuc quyen", "Âu Dương", "thục quyên", "QUYEN", "quyen au", "thuc au duong"})
    @DisplayName("Tìm theo phần đầu của họ tên, của đệm + tên, của tên, hoặc từng từ theo thứ tự bất kỳ")
    void searchFindsTheStartOfAnyWordSequence(String query) {
        LearnerView quyen = register(learner("Âu Dương Thục Quyên", LocalDate.of(2008, 5, 9), Sex.FEMALE));

        assertThat(as(clerk(centre), () -> people.searchLearners(query, 500)))
                .extracting(LearnerSummary::id)
                .contains(quyen.id());
    }

    @Test
    @DisplayName("Sửa họ tên thì tìm theo tên mới, không còn theo tên cũ; chữ ở giữa một từ không khớp")
    void searchFollowsARenamedLearner() {
        String code = freshCode();
        LearnerView before = register(
                learner(code, PersonName.of("Khúc", "Thừa", "Dụ"), LocalDate.of(2008, 1, 2), Sex.MALE, null, null));

        as(
                clerk(centre),
                () -> people.updateLearner(
                        before.id(),
                        learner(
                                code,
                                PersonName.of("Khúc", "Thừa", "Hạo"),
                                LocalDate.of(2008, 1, 2),
                                Sex.MALE,
                                null,
                                null),
                        before.version()));

        assertThat(as(clerk(centre), () -> people.searchLearners("khuc thua hao", 50)))
                .extracting(LearnerSummary::id)
                .containsExactly(before.id());
        assertThat(as(clerk(centre), () -> people.searchLearners("khuc thua du", 50)))
                .extracting(LearnerSummary::id)
                .doesNotContain(before.id());
        assertThat(as(clerk(centre), () -> people.searchLearners("hua hao", 50)))
                .extracting(LearnerSummary::id)
                .doesNotContain(before.id());
    }

    @Test
    @DisplayName("Hồ sơ học viên bị xóa khỏi cơ sở dữ liệu thì các từ tìm kiếm của người đó cũng mất theo")
    void deletedLearnerLeavesNoSearchTerms() throws SQLException {
        LearnerView learner = register(
                learner(freshCode(), PersonName.of("Lò", "Văn", "Pá"), LocalDate.of(2008, 3, 4), Sex.MALE, null, null));
        assertThat(ownerCount("SELECT count(*) FROM people.learner_term WHERE learner_id = ?", learner.id()))
                .isPositive();

        try (Connection owner = ownerConnection();
                var delete = owner.prepareStatement("DELETE FROM people.learner WHERE id = ?")) {
            delete.setObject(1, learner.id());
            assertThat(delete.executeUpdate()).isOne();
        }

        assertThat(ownerCount("SELECT count(*) FROM people.learner_term WHERE learner_id = ?", learner.id()))
                .isZero();
    }

    private static long ownerCount(String sql, UUID id) throws SQLException {
        try (Connection owner = ownerConnection();
                var query = owner.prepareStatement(sql)) {
            query.setObject(1, id);
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** The owner role: no row-level security, as someone deleting rows in the database directly. */
    private static Connection ownerConnection() throws SQLException {
        return DriverManager.getConnection(TestDatabase.server().jdbcUrl(), EmbeddedDatabase.OWNER_ROLE, "");
    }

    @Test
    @DisplayName("Giáo viên có tài khoản theo mã cán bộ; danh sách cán bộ xếp theo tên")
    void registersStaffWithTeacherAccount() {
        String code = "gv." + freshCode().toLowerCase();
        StaffSummary staff = as(
                clerk(centre),
                () -> people.registerStaff(new StaffDetails(
                        code,
                        PersonName.parse("Trịnh Văn Quý"),
                        null,
                        Sex.MALE,
                        null,
                        null,
                        null,
                        "TEACHER",
                        "Cử nhân Sư phạm Toán",
                        "Viên chức",
                        java.util.Set.of("TOAN"),
                        17)));

        assertThat(staff.username()).isEqualTo(code);
        assertThat(as(teacher(centre), () -> people.staff()))
                .extracting(StaffSummary::id)
                .contains(staff.id());
        StaffView view = as(clerk(centre), () -> people.openStaff(staff.id())).orElseThrow();
        assertThat(view.details().qualification()).isEqualTo("Cử nhân Sư phạm Toán");
        assertThatThrownBy(() -> as(teacher(centre), () -> people.updateStaff(staff.id(), view.details(), 0)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
