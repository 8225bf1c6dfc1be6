package vn.edu.ecenter.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.edu.ecenter.identity.Role;
import vn.edu.ecenter.support.Browser;
import vn.edu.ecenter.support.EcenterTest;
import vn.edu.ecenter.support.Page;
import vn.edu.ecenter.support.TestAccounts;

/** Changing one's own password, and a director resetting someone else's. */
@EcenterTest
@DisplayName("Đổi mật khẩu và đặt lại mật khẩu")
class PasswordTests {

    private static final String NEW_PASSWORD = "Moi2026pass";

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Test
    @DisplayName("Đổi mật khẩu cần đúng mật khẩu hiện tại")
    void refusesChangeWithWrongCurrentPassword() {
        String username = accounts.open(Role.TEACHER);
        String hash = accounts.passwordHashOf(username);
        Browser browser = Browser.signedIn(port, username, TestAccounts.PASSWORD);

        Page page = changePassword(browser, "Sai2026sai", NEW_PASSWORD, NEW_PASSWORD);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.mainText()).contains("Mật khẩu hiện tại không đúng.");
        assertThat(accounts.passwordHashOf(username)).isEqualTo(hash);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # new password    | message shown
            Ab1cd2            | Mật khẩu mới phải có ít nhất 8 ký tự.
            chuachuachua      | Mật khẩu mới phải có cả chữ và số.
            2026202620262026  | Mật khẩu mới phải có cả chữ và số.
            {username}x2026   | Mật khẩu mới không được chứa tên đăng nhập.
            A{USERNAME}2026   | Mật khẩu mới không được chứa tên đăng nhập.
            {current}         | Mật khẩu mới phải khác mật khẩu hiện tại.
            """)
    @DisplayName("Mật khẩu mới phải theo quy tắc")
    void refusesNewPasswordThatBreaksTheRules(String newPassword, String message) {
        String username = accounts.open(Role.TEACHER);
        String chosen = newPassword
                .replace("{username}", username)
                .replace("{USERNAME}", username.toUpperCase())
                .replace("{current}", TestAccounts.PASSWORD);
        String hash = accounts.passwordHashOf(username);
        Browser browser = Browser.signedIn(port, username, TestAccounts.PASSWORD);

        Page page = changePassword(browser, TestAccounts.PASSWORD, chosen, chosen);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.mainText()).contains(message);
        assertThat(page.body()).as("typed passwords are not sent back").doesNotContain(chosen);
        assertThat(accounts.passwordHashOf(username)).isEqualTo(hash);
    }

    @Test
    @DisplayName("Mật khẩu nhập lại phải khớp, báo ngay tại ô nhập lại")
    void refusesConfirmationThatDoesNotMatch() {
        String username = accounts.open(Role.TEACHER);
        String hash = accounts.passwordHashOf(username);
        Browser browser = Browser.signedIn(port, username, TestAccounts.PASSWORD);

        Page page = changePassword(browser, TestAccounts.PASSWORD, NEW_PASSWORD, NEW_PASSWORD + "x");

        assertThat(page.status()).isEqualTo(200);
        assertThat(fieldMessage(page.document(), "confirmation"))
                .isEqualTo("Mật khẩu nhập lại không khớp với mật khẩu mới.");
        assertThat(accounts.passwordHashOf(username)).isEqualTo(hash);
    }

    @Test
    @DisplayName("Đổi mật khẩu thành công: mật khẩu mới dùng được, mật khẩu cũ thì không")
    void changesPasswordWhenEverythingIsRight() {
        String username = accounts.open(Role.TEACHER);
        Browser browser = Browser.signedIn(port, username, TestAccounts.PASSWORD);

        Page changed = changePassword(browser, TestAccounts.PASSWORD, NEW_PASSWORD, NEW_PASSWORD);

        assertThat(changed.location()).isEqualTo("/account/password?changed");
        assertThat(browser.get(changed.location()).mainText()).contains("Đã đổi mật khẩu.");
        assertThat(browser.get("/").status()).as("still signed in").isEqualTo(200);
        assertThat(Browser.at(port).signIn(username, TestAccounts.PASSWORD).location())
                .isEqualTo("/login?error");
        assertThat(Browser.at(port).signIn(username, NEW_PASSWORD).location()).isEqualTo("/");
        assertThat(accounts.passwordHashOf(username)).startsWith("{bcrypt}");
    }

    @Test
    @DisplayName("Ban giám đốc đặt lại mật khẩu: mật khẩu tạm hiện một lần, buộc đổi, thu hồi mã API")
    void directorResetsPassword() {
        String username = accounts.open(Role.TEACHER);
        UUID id = accounts.idOf(username);
        String oldToken = apiToken(username, TestAccounts.PASSWORD);
        Browser director = Browser.signedIn(port, "giamdoc", TestAccounts.DEMO_PASSWORD);

        Page reset = director.post("/admin/accounts/" + id + "/reset-password", "reason", "Giáo viên quên mật khẩu");

        assertThat(reset.location()).as("post/redirect/get").isEqualTo("/admin/accounts");
        Page issued = director.get("/admin/accounts");
        String temporary = issued.document().selectFirst(".issued-password").text();
        assertThat(temporary).hasSizeGreaterThanOrEqualTo(8);
        assertThat(director.get("/admin/accounts").body()).as("shown once").doesNotContain(temporary);
        assertThat(accounts.count(
                        "SELECT count(*) FROM platform.audit_entry WHERE action = 'account.passwordReset' "
                                + "AND entity_id = ? AND reason = 'Giáo viên quên mật khẩu'",
                        id.toString()))
                .isEqualTo(1);
        assertThat(accounts.count(
                        "SELECT count(*) FROM platform.audit_entry WHERE concat(new_value, old_value, reason) LIKE ?",
                        "%" + temporary + "%"))
                .as("the temporary password is in no audit entry")
                .isZero();
        assertThat(Browser.at(port).signIn(username, TestAccounts.PASSWORD).location())
                .as("old password")
                .isEqualTo("/login?error");
        assertThat(Browser.at(port)
                        .getJson("/api/v1/me", "Authorization", "Bearer " + oldToken)
                        .status())
                .as("API token issued before the reset")
                .isEqualTo(401);

        Browser user = Browser.at(port);
        assertThat(user.signIn(username, temporary).status()).isEqualTo(302);
        for (String anyPage : new String[] {"/", "/admin/accounts", "/khong-co-trang-nay", "/login"}) {
            assertThat(user.get(anyPage).location()).as(anyPage).isEqualTo("/account/password");
        }
        assertThat(user.get("/", "HX-Request", "true").header("HX-Redirect")).isEqualTo("/account/password");
        assertThat(user.get("/account/password").mainText()).contains("vui lòng chọn mật khẩu mới để tiếp tục");
        Page apiWithTemporary =
                Browser.at(port).getJson("/api/v1/me", "Authorization", "Bearer " + apiToken(username, temporary));
        assertThat(apiWithTemporary.status()).isEqualTo(403);
        assertThat(apiWithTemporary.json().get("message").asString()).contains("mật khẩu tạm");

        Page changed = changePassword(user, temporary, NEW_PASSWORD, NEW_PASSWORD);

        assertThat(changed.location()).isEqualTo("/account/password?changed");
        assertThat(user.get("/").status()).isEqualTo(200);
        assertThat(user.get("/admin/accounts").status())
                .as("a teacher's rights, no more")
                .isEqualTo(403);
    }

    @Test
    @DisplayName("Đặt lại mật khẩu phải có lý do")
    void refusesResetWithoutReason() {
        String username = accounts.open(Role.TEACHER);
        String hash = accounts.passwordHashOf(username);
        Browser director = Browser.signedIn(port, "giamdoc", TestAccounts.DEMO_PASSWORD);

        Page refused = director.post("/admin/accounts/" + accounts.idOf(username) + "/reset-password", "reason", " ");
        Page page = director.get(refused.location());

        assertThat(page.mainText()).contains("Nhập lý do đặt lại mật khẩu");
        assertThat(page.document().select(".issued-password")).isEmpty();
        assertThat(accounts.passwordHashOf(username)).isEqualTo(hash);
    }

    private static Page changePassword(Browser browser, String current, String newPassword, String confirmation) {
        return browser.post(
                "/account/password",
                "currentPassword",
                current,
                "newPassword",
                newPassword,
                "confirmation",
                confirmation);
    }

    private String apiToken(String username, String password) {
        Page token = Browser.at(port)
                .postJson(
                        "/api/v1/auth/token", "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
        assertThat(token.status()).isEqualTo(200);
        return token.json().get("access_token").asString();
    }

    /** The message shown under a form field. */
    static String fieldMessage(Document page, String field) {
        var input = page.getElementById(field);
        assertThat(input).as("field %s", field).isNotNull();
        assertThat(input.hasClass("is-invalid"))
                .as("field %s marked invalid", field)
                .isTrue();
        var feedback = input.parent().selectFirst(".invalid-feedback, .text-danger");
        assertThat(feedback).as("message of field %s", field).isNotNull();
        return feedback.text();
    }
}
