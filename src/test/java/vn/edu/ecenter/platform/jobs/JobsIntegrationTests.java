package vn.edu.ecenter.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Duration;
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
import vn.edu.ecenter.platform.tenancy.Tenancy;
import vn.edu.ecenter.support.EcenterTest;
import vn.edu.ecenter.support.SignedIn;

@EcenterTest
class JobsIntegrationTests {

    static final Duration PATIENCE = Duration.ofSeconds(20);

    @Autowired
    Jobs jobs;

    @Autowired
    JobRecovery recovery;

    @Autowired
    Tenancy tenancy;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WebApplicationContext context;

    MockMvcTester mvc;
    UUID centre;
    Authentication teacher;

    @BeforeEach
    void setUp() {
        mvc = SignedIn.mvc(context);
        centre = UUID.randomUUID();
        teacher = SignedIn.as("gv." + suffix(), centre, Role.TEACHER);
    }

    @Test
    void showsProgressWhileTheJobRunsAndStopsPollingWhenItEnds() {
        String gate = TestJobHandlers.newGate();
        UUID id = start(teacher, TestJobHandlers.STEPPED, Map.of("steps", "5", "gate", gate));

        TestJobHandlers.open(gate, 2);
        await().atMost(PATIENCE).until(() -> view(teacher, id).done() == 2);

        assertThat(status(teacher, id))
                .hasStatusOk()
                .bodyText()
                .contains("Đang chạy", "Đã xử lý 2/5", "job-pct-40", "aria-valuenow=\"40\"")
                .contains("hx-get=\"/jobs/" + id + "/status\"", "hx-trigger=\"every 1s\"");

        TestJobHandlers.open(gate, 3);
        await().atMost(PATIENCE).until(() -> view(teacher, id).status() == JobStatus.SUCCEEDED);

        assertThat(status(teacher, id))
                .hasStatusOk()
                .bodyText()
                .contains("Đã hoàn thành", "Công việc đã hoàn thành.", "job-pct-100", "Đã xử lý 5/5")
                .doesNotContain("hx-trigger", "hx-get");
    }

    @Test
    void theJobPageShowsTheJobInTheLayout() {
        String gate = TestJobHandlers.newGate();
        UUID id = start(teacher, TestJobHandlers.STEPPED, Map.of("steps", "3", "gate", gate));

        assertThat(mvc.get().uri("/jobs/{id}", id).with(authentication(teacher)))
                .hasStatusOk()
                .bodyText()
                .contains("Công việc chạy nền", "<h1 class=\"h3 mb-3\">test.stepped</h1>", "Hủy công việc", "navbar")
                .contains("id=\"job-status\"");
        TestJobHandlers.open(gate, 3);
    }

    @Test
    void cancellingFromThePageStopsTheJob() {
        String gate = TestJobHandlers.newGate();
        UUID id = start(teacher, TestJobHandlers.STEPPED, Map.of("steps", "100", "gate", gate));
        TestJobHandlers.open(gate, 1);
        await().atMost(PATIENCE).until(() -> view(teacher, id).done() == 1);

        assertThat(mvc.post()
                        .uri("/jobs/{id}/cancel", id)
                        .header("HX-Request", "true")
                        .with(authentication(teacher))
                        .with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains("Đã yêu cầu dừng")
                .doesNotContain("Hủy công việc");
        TestJobHandlers.open(gate, 100);

        await().atMost(PATIENCE).until(() -> view(teacher, id).finished());
        JobView job = view(teacher, id);
        assertThat(job.status()).isEqualTo(JobStatus.CANCELLED);
        assertThat(job.done()).isLessThan(100);
        assertThat(job.summary()).isEqualTo(JobMessage.of("job.cancelled"));
    }

    @Test
    void cancellingWithoutJavaScriptRedirectsToTheJobPage() {
        String gate = TestJobHandlers.newGate();
        UUID id = start(teacher, TestJobHandlers.STEPPED, Map.of("steps", "2", "gate", gate));

        assertThat(mvc.post()
                        .uri("/jobs/{id}/cancel", id)
                        .with(authentication(teacher))
                        .with(csrf()))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/jobs/" + id);
        TestJobHandlers.open(gate, 2);
        await().atMost(PATIENCE).until(() -> view(teacher, id).status() == JobStatus.CANCELLED);
    }

    @Test
    void onlyTheRequesterAndTheCentresDirectorsSeeAJob() {
        String gate = TestJobHandlers.newGate();
        UUID id = start(teacher, TestJobHandlers.STEPPED, Map.of("steps", "1", "gate", gate));
        Authentication colleague = SignedIn.as("gv.khac." + suffix(), centre, Role.TEACHER);
        Authentication director = SignedIn.as("gd." + suffix(), centre, Role.DIRECTOR);
        Authentication admin = SignedIn.as("qt." + suffix(), centre, Role.SYSTEM_ADMIN);
        Authentication otherDirector = SignedIn.as("gd.khac." + suffix(), UUID.randomUUID(), Role.DIRECTOR);

        assertThat(page(teacher, id)).hasStatusOk();
        assertThat(page(director, id)).hasStatusOk();
        assertThat(page(admin, id)).hasStatusOk();
        assertThat(page(colleague, id)).hasStatus(403);
        assertThat(status(colleague, id)).hasStatus(403);
        assertThat(mvc.post()
                        .uri("/jobs/{id}/cancel", id)
                        .with(authentication(colleague))
                        .with(csrf()))
                .hasStatus(403);
        assertThat(page(otherDirector, id)).hasStatus(404);
        assertThat(view(teacher, id).cancelRequested()).isFalse();
        TestJobHandlers.open(gate, 1);
    }

    @Test
    void recoversJobsLeftByAStoppedNode() {
        UUID interrupted = insertJob(TestJobHandlers.STEPPED, "RUNNING", "dead-node-" + suffix());
        UUID resumable = insertJob(TestJobHandlers.RESUMABLE, "RUNNING", "dead-node-" + suffix());
        String liveNode = "live-node-" + suffix();
        tenancy.asSystem(() -> {
            jdbc.sql("INSERT INTO platform.job_node (node, started_at, heartbeat_at) VALUES (?, now(), now())")
                    .param(liveNode)
                    .update();
        });
        UUID stillRunning = insertJob(TestJobHandlers.STEPPED, "RUNNING", liveNode);

        recovery.recoverAbandoned();

        Authentication director = SignedIn.as("gd." + suffix(), centre, Role.DIRECTOR);
        await().atMost(PATIENCE).until(() -> view(director, interrupted).finished());
        assertThat(view(director, interrupted).status()).isEqualTo(JobStatus.FAILED);
        assertThat(view(director, interrupted).summary()).isEqualTo(JobMessage.of("job.interrupted"));
        assertThat(page(director, interrupted))
                .bodyText()
                .contains("Công việc bị gián đoạn do hệ thống khởi động lại.");
        await().atMost(PATIENCE).until(() -> view(director, resumable).status() == JobStatus.SUCCEEDED);
        assertThat(TestJobHandlers.RESUMED).contains(resumable);
        assertThat(view(director, stillRunning).status()).isEqualTo(JobStatus.RUNNING);
    }

    @Test
    void aFailingJobIsMarkedFailedWithItsReason() {
        UUID crashed = start(teacher, TestJobHandlers.FAILING, Map.of("mode", "crash"));
        UUID refused = start(teacher, TestJobHandlers.FAILING, Map.of("mode", "reject"));

        await().atMost(PATIENCE)
                .until(() -> view(teacher, crashed).finished()
                        && view(teacher, refused).finished());

        assertThat(view(teacher, crashed).status()).isEqualTo(JobStatus.FAILED);
        assertThat(view(teacher, crashed).summary()).isEqualTo(JobMessage.of("job.failed"));
        // The refusal's arguments include messages of their own (the file types), kept as messages.
        assertThat(view(teacher, refused).summary())
                .isEqualTo(JobMessage.of(
                        "files.rejected.typeNotAllowed",
                        "ảnh thẻ.pdf",
                        JobMessage.of("files.type.PNG"),
                        JobMessage.of("files.type.PDF")));
        assertThat(page(teacher, refused))
                .bodyText()
                .contains("Tệp &quot;ảnh thẻ.pdf&quot; là ảnh PNG, nhưng ở đây chỉ nhận PDF.");
    }

    @Test
    void aJobStartedInATransactionThatRollsBackNeverRuns() {
        var failure = catchThrowable(() -> SignedIn.call(
                teacher,
                () -> tenancy.inCentre(centre, () -> {
                    jobs.start(TestJobHandlers.FAILING, Map.of("mode", "crash"));
                    throw new IllegalStateException("the caller's work failed");
                })));

        assertThat(failure).hasMessage("the caller's work failed");
        Long jobsOfCentre = tenancy.inCentre(centre, () -> jdbc.sql("SELECT count(*) FROM platform.job")
                .query(Long.class)
                .single());
        assertThat(jobsOfCentre).isZero();
    }

    private UUID start(Authentication user, JobType type, Map<String, String> params) {
        return SignedIn.call(user, () -> jobs.start(type, params));
    }

    private JobView view(Authentication user, UUID id) {
        return SignedIn.call(user, () -> jobs.view(id));
    }

    private MockMvcTester.MockMvcRequestBuilder page(Authentication user, UUID id) {
        return mvc.get().uri("/jobs/{id}", id).with(authentication(user));
    }

    private MockMvcTester.MockMvcRequestBuilder status(Authentication user, UUID id) {
        return mvc.get()
                .uri("/jobs/{id}/status", id)
                .header("HX-Request", "true")
                .with(authentication(user));
    }

    /** A job row as a process that has since stopped left it. */
    private UUID insertJob(JobType type, String status, String node) {
        UUID id = UUID.randomUUID();
        tenancy.asSystem(() -> {
            jdbc.sql("""
                    INSERT INTO platform.job (centre_id, id, type, params, status, requested_by, requested_at,
                      started_at, node, attempts)
                    VALUES (?, ?, ?, '{"steps": "1", "gate": "never-opened"}', ?, 'gv.cu', now(), now(), ?, 1)
                    """).params(centre, id, type.name(), status, node).update();
        });
        return id;
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
