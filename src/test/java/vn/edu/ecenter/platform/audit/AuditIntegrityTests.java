package vn.edu.ecenter.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.context.WebApplicationContext;
import vn.edu.ecenter.identity.Role;
import vn.edu.ecenter.platform.audit.ChainVerification.Kind;
import vn.edu.ecenter.platform.audit.ChainVerification.Problem;
import vn.edu.ecenter.platform.db.EmbeddedDatabase;
import vn.edu.ecenter.platform.tenancy.Tenancy;
import vn.edu.ecenter.support.EcenterTest;
import vn.edu.ecenter.support.SignedIn;
import vn.edu.ecenter.support.TestDatabase;

/**
 * The audit trail against someone who edits the database behind the application's back, as the owner role (which
 * bypasses row-level security and the REVOKEs); each test uses a fresh centre, so chains are independent.
 */
@EcenterTest
class AuditIntegrityTests {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    @Autowired
    AuditTrail audit;

    @Autowired
    AuditVerifyCommand command;

    @Autowired
    Tenancy tenancy;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WebApplicationContext context;

    UUID centre;
    MockMvcTester mvc;

    @BeforeEach
    void fiveEntriesInAFreshCentre() {
        centre = newCentre();
        for (int i = 1; i <= 5; i++) {
            int n = i;
            tenancy.inCentre(
                    centre,
                    () -> audit.record(AuditRecord.of("schoolYear.created", "school_year", "sy-" + n)
                            .values(null, Map.of("name", "203" + n + "-203" + (n + 1)))));
        }
        audit.linkPending();
        mvc = SignedIn.mvc(context);
    }

    @Test
    void anUntouchedChainIsIntact() {
        ChainVerification result = verify();

        assertThat(result.intact()).isTrue();
        assertThat(result.entries()).isEqualTo(5);
    }

    @Test
    void detectsAnAlteredEntry() throws SQLException {
        asOwner(
                "UPDATE platform.audit_entry SET new_value = '{\"name\":\"2099-2100\"}' WHERE centre_id = ? AND seq = 3");

        assertThat(verify().problems()).containsExactly(new Problem(3, Kind.ALTERED));
    }

    @Test
    void detectsADeletedEntryInTheMiddle() throws SQLException {
        asOwner("DELETE FROM platform.audit_entry WHERE centre_id = ? AND seq = 3");

        ChainVerification result = verify();
        assertThat(result.problems()).containsExactly(new Problem(3, Kind.MISSING));
        assertThat(result.entries()).isEqualTo(4);
    }

    @Test
    void detectsThatTheNewestEntryWasDeleted() throws SQLException {
        asOwner("DELETE FROM platform.audit_entry WHERE centre_id = ? AND seq = 5");

        assertThat(verify().problems()).containsExactly(new Problem(5, Kind.TRUNCATED));
    }

    @Test
    void theApplicationRoleCannotChangeOrDeleteEntries() {
        Throwable update = catchThrowable(() -> tenancy.inCentre(
                centre, () -> jdbc.sql("UPDATE platform.audit_entry SET reason = 'sửa' WHERE centre_id = ? AND seq = 1")
                        .param(centre)
                        .update()));
        Throwable delete = catchThrowable(
                () -> tenancy.inCentre(centre, () -> jdbc.sql("DELETE FROM platform.audit_entry WHERE centre_id = ?")
                        .param(centre)
                        .update()));

        assertThat(update).rootCause().hasMessageContaining("permission denied for table audit_entry");
        assertThat(delete).rootCause().hasMessageContaining("permission denied for table audit_entry");
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void theVerifyCommandExitsWithOneAndNamesTheProblemWhenAChainIsBroken() throws SQLException {
        asOwner("UPDATE platform.audit_entry SET actor = 'ai-do' WHERE centre_id = ? AND seq = 2");

        int exitCode = command.run(List.of());
        var out = new ByteArrayOutputStream();
        int reported = command.report(
                audit.verifyAll(), command.heads(), new PrintStream(out, true, StandardCharsets.UTF_8), VIETNAMESE);

        assertThat(exitCode).isEqualTo(1);
        assertThat(reported).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("Chuỗi " + centre + ": 5 mục, KHÔNG nguyên vẹn:")
                .contains("  - mục 2: Mục số 2 đã bị sửa sau khi ghi.");
    }

    @Test
    void theVerifyCommandExitsWithZeroWhenEveryChainIsIntact() {
        var out = new ByteArrayOutputStream();

        int exitCode = command.report(
                List.of(verify()), command.heads(), new PrintStream(out, true, StandardCharsets.UTF_8), VIETNAMESE);

        String head = tenancy.inCentre(centre, () -> jdbc.sql("SELECT last_hash FROM platform.audit_chain")
                .query(String.class)
                .single());
        assertThat(exitCode).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("Chuỗi " + centre + ": 5 mục, nguyên vẹn; mã đầu chuỗi " + head)
                .contains("Tất cả 1 chuỗi nhật ký đều nguyên vẹn.");
    }

    @Test
    void theIntegrityCheckRunsAsAJobAndShowsEachProblem() throws SQLException {
        asOwner("UPDATE platform.audit_entry SET new_value = '{}' WHERE centre_id = ? AND seq = 2");
        asOwner("DELETE FROM platform.audit_entry WHERE centre_id = ? AND seq = 4");
        Authentication director = SignedIn.as("gd." + suffix(), centre, Role.DIRECTOR);

        String jobPage = mvc.post()
                .uri("/admin/audit/verify")
                .with(authentication(director))
                .with(csrf())
                .exchange()
                .getResponse()
                .getRedirectedUrl();

        assertThat(jobPage).startsWith("/jobs/");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> body(mvc.get().uri(jobPage).with(authentication(director)))
                        .contains("Đã hoàn thành"));
        assertThat(mvc.get().uri(jobPage).with(authentication(director)))
                .hasStatusOk()
                .bodyText()
                .contains("Kiểm tra tính toàn vẹn của nhật ký hệ thống")
                .contains("Nhật ký KHÔNG còn nguyên vẹn: đã kiểm tra 4 mục và phát hiện 2 vấn đề.")
                .contains("Mục số 2 đã bị sửa sau khi ghi.", "Mục số 4 đã bị xóa.");
    }

    @Test
    void theAuditPageListsEntriesNewestFirstInVietnamese() {
        tenancy.inCentre(
                centre,
                () -> audit.record(AuditRecord.of("test.unnamedAction", "test_record", "x-1")
                        .because("kiểm thử")));
        Authentication director = SignedIn.as("gd." + suffix(), centre, Role.DIRECTOR);

        String page = body(mvc.get().uri("/admin/audit").with(authentication(director)));

        assertThat(page)
                .contains("Nhật ký hệ thống", "Kiểm tra tính toàn vẹn", "Thêm năm học", "Năm học", "kiểm thử")
                .contains("test.unnamedAction", "test_record")
                .containsPattern("<td class=\"text-nowrap\">\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}</td>")
                .contains("{&quot;name&quot;:&quot;2035-2036&quot;}");
        assertThat(page.indexOf("test.unnamedAction")).isLessThan(page.indexOf("sy-5"));
        assertThat(page.indexOf("sy-5")).isLessThan(page.indexOf("sy-1"));
    }

    @Test
    void aSystemAdministratorOutsideACentreIsSentToTheCentres() {
        Authentication admin = SignedIn.as("qt." + suffix(), null, Role.SYSTEM_ADMIN);

        assertThat(mvc.get().uri("/admin/audit").with(authentication(admin)))
                .hasStatusOk()
                .bodyText()
                .contains("Quản trị hệ thống cần chọn một trung tâm", "href=\"/admin/centres\"");
    }

    @Test
    void onlyDirectorsAndSystemAdministratorsSeeTheAuditTrail() {
        Authentication teacher = SignedIn.as("gv." + suffix(), centre, Role.TEACHER);

        assertThat(mvc.get().uri("/admin/audit").with(authentication(teacher))).hasStatus(403);
        assertThat(mvc.post()
                        .uri("/admin/audit/verify")
                        .with(authentication(teacher))
                        .with(csrf()))
                .hasStatus(403);
        assertThat(mvc.get()
                        .uri("/admin/audit")
                        .with(authentication(SignedIn.as("qt." + suffix(), centre, Role.SYSTEM_ADMIN))))
                .hasStatusOk();
    }

    private ChainVerification verify() {
        return tenancy.inCentre(centre, () -> audit.verifyCurrentCentre(checked -> {}));
    }

    /** Edits the trail as the database owner would: no row-level security, no REVOKE. */
    private void asOwner(String sql) throws SQLException {
        try (Connection owner =
                        DriverManager.getConnection(TestDatabase.server().jdbcUrl(), EmbeddedDatabase.OWNER_ROLE, "");
                PreparedStatement statement = owner.prepareStatement(sql)) {
            statement.setObject(1, centre);
            assertThat(statement.executeUpdate()).as(sql).isEqualTo(1);
        }
    }

    private static String body(MockMvcTester.MockMvcRequestBuilder request) {
        try {
            return request.exchange().getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private UUID newCentre() {
        UUID id = UUID.randomUUID();
        String code = "A" + id.toString().substring(0, 8).toUpperCase();
        tenancy.asSystem(() -> {
            jdbc.sql("INSERT INTO centres.centre (id, code, name) VALUES (?, ?, ?)")
                    .params(id, code, "Trung tâm kiểm thử nhật ký " + code)
                    .update();
        });
        return id;
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
