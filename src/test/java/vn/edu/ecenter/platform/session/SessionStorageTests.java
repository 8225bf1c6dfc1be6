package vn.edu.ecenter.platform.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.edu.ecenter.support.Browser;
import vn.edu.ecenter.support.EcenterTest;
import vn.edu.ecenter.support.TestAccounts;

/**
 * The session row in PostgreSQL, which every node reads: page views leave it alone until its last-access time is a
 * minute old, and it still ends on time, at sign-out, or when another node deletes it.
 */
@EcenterTest
@DisplayName("Phiên làm việc lưu trong cơ sở dữ liệu")
class SessionStorageTests {

    private static final Duration TIMEOUT = Duration.ofMinutes(60);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    @DisplayName("Xem trang liên tiếp không ghi lại dòng phiên")
    void pageViewsDoNotRewriteTheSessionRow() {
        Browser browser = Browser.signedIn(port, "vanthu", TestAccounts.DEMO_PASSWORD);
        String id = sessionId(browser);
        browser.get("/");
        Row before = row(id);

        for (int i = 0; i < 3; i++) {
            assertThat(browser.get("/").status()).isEqualTo(200);
        }

        // xmin changes with any update of the row, even one writing the same values.
        assertThat(row(id)).isEqualTo(before);
    }

    @Test
    @DisplayName("Lần truy cập được ghi lại khi lần ghi trước đã quá một phút")
    void refreshesTheLastAccessOnceItIsAMinuteOld() {
        Browser browser = Browser.signedIn(port, "vanthu", TestAccounts.DEMO_PASSWORD);
        String id = sessionId(browser);
        backdate(id, Duration.ofMinutes(5));
        long backdated = row(id).lastAccess();
        long requested = System.currentTimeMillis();

        assertThat(browser.get("/").status()).isEqualTo(200);

        Row refreshed = row(id);
        assertThat(refreshed.lastAccess()).isGreaterThan(backdated).isGreaterThanOrEqualTo(requested - 1_000);
        assertThat(refreshed.expiry()).isEqualTo(refreshed.lastAccess() + TIMEOUT.toMillis());
    }

    @Test
    @DisplayName("Phiên hết hạn sau 60 phút không dùng")
    void expiresAfterTheTimeout() {
        Browser browser = Browser.signedIn(port, "vanthu", TestAccounts.DEMO_PASSWORD);
        String id = sessionId(browser);
        backdate(id, TIMEOUT.plusSeconds(1));

        assertThat(browser.get("/").location()).isEqualTo("/login");
        assertThat(jdbc.sql("SELECT count(*) FROM platform.spring_session WHERE session_id = ?")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    @DisplayName("Phiên vẫn còn hiệu lực ngay trước khi hết thời gian chờ")
    void staysValidJustBeforeTheTimeout() {
        Browser browser = Browser.signedIn(port, "vanthu", TestAccounts.DEMO_PASSWORD);
        backdate(sessionId(browser), TIMEOUT.minusMinutes(1));

        assertThat(browser.get("/").status()).isEqualTo(200);
    }

    @Test
    @DisplayName("Phiên bị xoá ở nút khác hết hiệu lực ngay ở yêu cầu tiếp theo")
    void aSessionEndedElsewhereEndsAtOnce() {
        Browser browser = Browser.signedIn(port, "vanthu", TestAccounts.DEMO_PASSWORD);
        assertThat(browser.get("/").status()).isEqualTo(200);

        // What another node does when the user signs out there, or an administrator ends the user's sessions.
        jdbc.sql("DELETE FROM platform.spring_session WHERE session_id = ?")
                .param(sessionId(browser))
                .update();

        assertThat(browser.get("/").location()).isEqualTo("/login");
    }

    @Test
    @DisplayName("Đăng xuất xoá dòng phiên ngay")
    void signingOutDeletesTheRow() {
        Browser browser = Browser.signedIn(port, "vanthu", TestAccounts.DEMO_PASSWORD);
        String id = sessionId(browser);

        assertThat(browser.post("/logout").location()).isEqualTo("/login?logout");

        assertThat(jdbc.sql("SELECT count(*) FROM platform.spring_session WHERE session_id = ?")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    @DisplayName("Nhiều yêu cầu đồng thời ngay sau khi đăng nhập (nhiều thẻ, nhiều yêu cầu htmx) đều được phục vụ")
    void concurrentFirstRequestsOfASessionAllSucceed() throws Exception {
        // The first page views of a new session each create its CSRF token and store it as a session attribute; the
        // store must not fail the requests that lose that race.
        for (int session = 0; session < 3; session++) {
            String cookie = Browser.signedIn(port, "vanthu", TestAccounts.DEMO_PASSWORD)
                    .sessionId()
                    .orElseThrow();
            int requests = 8;
            var ready = new CountDownLatch(requests);
            try (var pool = Executors.newFixedThreadPool(requests)) {
                List<Future<Integer>> statuses = new ArrayList<>();
                for (int i = 0; i < requests; i++) {
                    statuses.add(pool.submit(() -> {
                        Browser tab = Browser.at(port).withCookie("SESSION", cookie);
                        ready.countDown();
                        ready.await();
                        return tab.get("/").status();
                    }));
                }
                for (Future<Integer> status : statuses) {
                    assertThat(status.get()).isEqualTo(200);
                }
            }
        }
    }

    private record Row(String xmin, long lastAccess, long expiry) {}

    private Row row(String id) {
        return jdbc.sql("SELECT xmin::text, last_access_time, expiry_time FROM platform.spring_session"
                        + " WHERE session_id = ?")
                .param(id)
                .query((rs, n) -> new Row(rs.getString(1), rs.getLong(2), rs.getLong(3)))
                .single();
    }

    /** Makes the session look last used {@code ago} ago, as the store would have it after that much inactivity. */
    private void backdate(String id, Duration ago) {
        jdbc.sql("UPDATE platform.spring_session SET last_access_time = ?, expiry_time = ? WHERE session_id = ?")
                .params(
                        System.currentTimeMillis() - ago.toMillis(),
                        System.currentTimeMillis() - ago.toMillis() + TIMEOUT.toMillis(),
                        id)
                .update();
    }

    /** The session cookie holds the session id in Base64. */
    private static String sessionId(Browser browser) {
        return new String(Base64.getDecoder().decode(browser.sessionId().orElseThrow()), StandardCharsets.UTF_8);
    }
}
