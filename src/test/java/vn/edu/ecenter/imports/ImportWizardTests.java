package vn.edu.ecenter.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edu.ecenter.imports.ImportFixtures.citizenId;
import static vn.edu.ecenter.imports.ImportFixtures.freshCode;
import static vn.edu.ecenter.imports.ImportFixtures.learner;
import static vn.edu.ecenter.imports.ImportFixtures.sheet;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.edu.ecenter.platform.tenancy.Tenancy;
import vn.edu.ecenter.support.Browser;
import vn.edu.ecenter.support.EcenterTest;
import vn.edu.ecenter.support.Page;
import vn.edu.ecenter.support.TestAccounts;
import vn.edu.ecenter.support.Xlsx;

@EcenterTest
@DisplayName("Trang nhập dữ liệu: tải lên, chạy thử, xem lỗi, xác nhận")
class ImportWizardTests {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Tenancy tenancy;

    @Autowired
    JdbcClient jdbc;

    @Test
    @DisplayName("Văn thư chạy thử một tệp, xem báo cáo lỗi, chọn nhận dòng hợp lệ và nhập")
    void dryRunReviewAndConfirm() {
        String good = freshCode();
        String bad = freshCode();
        byte[] xlsx = Xlsx.workbook()
                .sheet(
                        "Học viên",
                        sheet(
                                learner(good, "Nguyễn Văn An", "05/09/2009", "Nam", citizenId(2009, false)),
                                learner(bad, "Trần Thị Bình", "30/02/2009", "Nữ", null)))
                .bytes();
        Browser clerk = Browser.signedIn(port, "vanthu", TestAccounts.DEMO_PASSWORD);

        assertThat(clerk.get("/imports").status()).isEqualTo(200);
        Page uploaded = clerk.postMultipart("/imports", Map.of("kind", "LEARNERS"), "file", "hoc-vien.xlsx", xlsx);
        assertThat(uploaded.status()).isEqualTo(302);
        String runPath = uploaded.location().replaceFirst("^https?://[^/]+", "");
        assertThat(runPath).startsWith("/imports/runs/");

        Page report = finished(clerk, runPath);
        assertThat(report.mainText())
                .contains("Ngày sinh")
                .contains("30/02/2009")
                .contains("Chạy thử");
        assertThat(learners(good, bad)).isZero();
        Page errors = clerk.get(runPath + "/errors.xlsx");
        assertThat(errors.status()).isEqualTo(200);

        Page confirmed = clerk.post(runPath + "/confirm", "mode", "VALID");
        assertThat(confirmed.status()).isEqualTo(302);
        String realPath = confirmed.location().replaceFirst("^https?://[^/]+", "");
        Page done = finished(clerk, realPath);
        assertThat(done.mainText()).contains("Đã nhập: 1 mới");
        assertThat(learners(good)).isEqualTo(1);
        assertThat(learners(bad)).isZero();
    }

    @Test
    @DisplayName("Tệp không phải Excel bị từ chối ngay khi tải lên, nêu lý do")
    void refusesAFileThatIsNotAWorkbook() {
        Browser clerk = Browser.signedIn(port, "vanthu", TestAccounts.DEMO_PASSWORD);
        Page refused = clerk.postMultipart(
                "/imports", Map.of("kind", "LEARNERS"), "file", "hoc-vien.xlsx", "%PDF-1.7\n".getBytes());
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.mainText()).contains("hoc-vien.xlsx");
    }

    private Page finished(Browser browser, String runPath) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            Page status = browser.get(runPath + "/status");
            assertThat(status.status()).isEqualTo(200);
            if (!status.body().contains("hx-trigger")) {
                return browser.get(runPath);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("The import did not finish in time");
    }

    private long learners(String... codes) {
        UUID centre = accounts.demoCentre();
        return tenancy.inCentre(centre, () -> jdbc.sql("SELECT count(*) FROM people.learner WHERE code = ANY (?)")
                .param(codes)
                .query(Long.class)
                .single());
    }
}
