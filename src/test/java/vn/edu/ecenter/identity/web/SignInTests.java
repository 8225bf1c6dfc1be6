package vn.edu.ecenter.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import vn.edu.ecenter.identity.Identity;
import vn.edu.ecenter.identity.Role;
import vn.edu.ecenter.platform.tenancy.Tenancy;
import vn.edu.ecenter.support.Browser;
import vn.edu.ecenter.support.EcenterTest;
import vn.edu.ecenter.support.Page;
import vn.edu.ecenter.support.TestAccounts;

/** The sign-in form: the same answer for every wrong attempt, locking after too many, sessions and signing out. */
@EcenterTest
@DisplayName("Đăng nhập bằng biểu mẫu")
class SignInTests {

    private static final String WRONG = "Sai2026sai";
    private static final String FAILED = "Tên đăng nhập hoặc mật khẩu không đúng.";

    @LocalServerPort
    int port;

    @Autowired
    Identity identity;

    @Autowired
    Tenancy tenancy;

    @Autowired
    JdbcClient jdbc;

    @Value("${ecenter.security.max-failed-sign-ins:5}")
    int maxFailures;

    @Value("${ecenter.security.lock-duration:15m}")
    Duration lockDuration;

    @Autowired
    TestAccounts accounts;

    @Test
    @DisplayName("Sai mật khẩu và tên đăng nhập không tồn tại nhận cùng một thông báo")
    void answersUnknownUsernameAndWrongPasswordAlike() {
        String username = accounts.open(Role.TEACHER);
        Browser browser = Browser.at(port);

        Page wrongPassword = browser.signIn(username, WRONG);
        Page unknownUser = browser.signIn(unknownUsername(), WRONG);

        assertThat(wrongPassword.status()).isEqualTo(302);
        assertThat(wrongPassword.location()).isEqualTo("/login?error");
        assertThat(unknownUser.status()).isEqualTo(302);
        assertThat(unknownUser.location()).isEqualTo(wrongPassword.location());
        String shown = browser.get(wrongPassword.location()).mainText();
        assertThat(shown).contains(FAILED).doesNotContain(username);
        assertThat(browser.get("/").location()).isEqualTo("/login");
    }

    @Test
    @DisplayName("Khóa tên đăng nhập sau nhiều lần sai, ghi nhật ký, từ chối cả mật khẩu đúng")
    void locksUsernameAfterTooManyFailures() {
        String username = accounts.open(Role.TEACHER);
        Browser browser = Browser.at(port);

        for (int attempt = 1; attempt <= maxFailures; attempt++) {
            assertThat(browser.signIn(username, WRONG).location())
                    .as("attempt %d", attempt)
                    .isEqualTo("/login?error");
        }
        Page rightPassword = browser.signIn(username, TestAccounts.PASSWORD);

        assertThat(accounts.auditEntries("signIn.locked", username)).isEqualTo(1);
        assertThat(accounts.lockedUntil(username)).isPresent();
        long minutes = lockedMinutes(rightPassword);
        assertThat(browser.get(rightPassword.location()).mainText())
                .contains("Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau " + minutes + " phút.");
        assertThat(browser.get("/").location()).isEqualTo("/login");
    }

    @Test
    @DisplayName("Tên đăng nhập không tồn tại cũng bị khóa như tên có thật")
    void locksUnknownUsernameTheSameWay() {
        String real = accounts.open(Role.TEACHER);
        String unknown = unknownUsername();
        Browser browser = Browser.at(port);

        for (int attempt = 1; attempt <= maxFailures; attempt++) {
            assertThat(browser.signIn(real, WRONG).location()).isEqualTo("/login?error");
            assertThat(browser.signIn(unknown, WRONG).location()).isEqualTo("/login?error");
        }
        Page realLocked = browser.signIn(real, WRONG);
        Page unknownLocked = browser.signIn(unknown, WRONG);

        assertThat(unknownLocked.location()).isEqualTo(realLocked.location());
        assertThat(lockedMinutes(unknownLocked)).isEqualTo(lockDuration.toMinutes());
        assertThat(accounts.auditEntries("signIn.locked", unknown)).isEqualTo(1);
    }

    @Test
    @DisplayName("Đăng nhập đúng đặt lại bộ đếm số lần sai")
    void successfulSignInResetsTheFailureCount() {
        String username = accounts.open(Role.TEACHER);

        for (int round = 1; round <= 2; round++) {
            Browser browser = Browser.at(port);
            for (int attempt = 1; attempt < maxFailures; attempt++) {
                assertThat(browser.signIn(username, WRONG).location()).isEqualTo("/login?error");
            }
            assertThat(browser.signIn(username, TestAccounts.PASSWORD).location())
                    .as("round %d", round)
                    .isEqualTo("/");
        }
        assertThat(accounts.lockedUntil(username)).isEmpty();
        assertThat(accounts.auditEntries("signIn.locked", username)).isZero();
    }

    @Test
    @DisplayName("Mật khẩu chỉ được lưu dưới dạng băm bcrypt; tài khoản chưa cấp mật khẩu không đăng nhập được")
    void storesPasswordsOnlyAsBcryptHashes() {
        String username = accounts.open(Role.LEARNER);
        List<String> hashes = tenancy.asSystem(() -> jdbc.sql("SELECT password_hash FROM identity.account")
                .query(String.class)
                .list());

        // Accounts opened in bulk (learners, guardians) hold a marker no password matches until one is issued.
        assertThat(hashes).isNotEmpty().allSatisfy(hash -> assertThat(hash)
                .matches("\\{bcrypt}\\$2.*|!unusable![0-9a-f]{32}")
                .doesNotContain(TestAccounts.DEMO_PASSWORD)
                .doesNotContain(TestAccounts.PASSWORD));
        assertThat(hashes).anyMatch(hash -> hash.startsWith("{bcrypt}$2"));
        assertThat(PasswordEncoderFactories.createDelegatingPasswordEncoder()
                        .matches(TestAccounts.PASSWORD, accounts.passwordHashOf(username)))
                .isTrue();
    }

    @Test
    @DisplayName("Mã phiên đổi khi đăng nhập (chống cố định phiên)")
    void changesTheSessionIdAtSignIn() {
        Browser browser = Browser.at(port);
        browser.get("/login");
        String before = browser.sessionId().orElseThrow();

        assertThat(browser.signIn("vanthu", TestAccounts.DEMO_PASSWORD).location())
                .isEqualTo("/");

        String after = browser.sessionId().orElseThrow();
        assertThat(after).isNotEqualTo(before);
        assertThat(browser.get("/").status()).isEqualTo(200);
        Page withOldId = Browser.at(port).withCookie("SESSION", before).get("/");
        assertThat(withOldId.location()).isEqualTo("/login");
    }

    @Test
    @DisplayName("Đăng xuất kết thúc phiên")
    void signingOutEndsTheSession() {
        Browser browser = Browser.signedIn(port, "thuvien", TestAccounts.DEMO_PASSWORD);
        String session = browser.sessionId().orElseThrow();

        Page signedOut = browser.post("/logout");

        assertThat(signedOut.status()).isEqualTo(302);
        assertThat(signedOut.location()).isEqualTo("/login?logout");
        assertThat(browser.get(signedOut.location()).mainText()).contains("Bạn đã đăng xuất.");
        assertThat(browser.get("/").location()).isEqualTo("/login");
        assertThat(Browser.at(port).withCookie("SESSION", session).get("/").location())
                .isEqualTo("/login");
    }

    /** The minutes of a "locked" redirect ({@code /login?locked=15}), checked against the configured lock. */
    private long lockedMinutes(Page answer) {
        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.location()).startsWith("/login?locked=");
        long minutes = Long.parseLong(answer.location().substring("/login?locked=".length()));
        assertThat(minutes).isBetween(1L, lockDuration.toMinutes());
        return minutes;
    }

    private static String unknownUsername() {
        return "khong.co." + UUID.randomUUID().toString().substring(0, 8);
    }
}
