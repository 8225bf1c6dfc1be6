package vn.edu.ecenter.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.unit.DataSize;
import vn.edu.ecenter.identity.Identity;
import vn.edu.ecenter.identity.Role;
import vn.edu.ecenter.platform.tenancy.Tenancy;
import vn.edu.ecenter.support.Browser;
import vn.edu.ecenter.support.EcenterTest;
import vn.edu.ecenter.support.Page;
import vn.edu.ecenter.support.TestAccounts;

/**
 * Bad input on pages gets a clear Vietnamese answer in the layout, names the field when a form is wrong, and writes
 * nothing.
 */
@EcenterTest
@DisplayName("Dữ liệu sai trên các trang")
class BadInputTests {

    @LocalServerPort
    int port;

    @Autowired
    Identity identity;

    @Autowired
    Tenancy tenancy;

    @Autowired
    JdbcClient jdbc;

    @Value("${spring.servlet.multipart.max-file-size}")
    DataSize maxFileSize;

    @Autowired
    TestAccounts accounts;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/khong-co-trang-nay", "/admin/accounts/khong-co", "/account/password/khong-co"})
    @DisplayName("Địa chỉ không tồn tại: trang 404 trong bố cục, bằng tiếng Việt")
    void showsNotFoundPageInTheLayout(String path) {
        Page page = director().get(path);

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.document().select("nav.navbar")).as("in the layout").isNotEmpty();
        assertThat(page.document().selectFirst("h1").text()).isEqualTo("Lỗi 404");
        assertThat(page.mainText()).contains("Không tìm thấy trang hoặc dữ liệu được yêu cầu.");
        page.showsNoJavaInternals();
    }

    @Test
    @DisplayName("Sai phương thức: trang 405 bằng tiếng Việt")
    void showsMethodNotAllowedPage() {
        Browser director = director();

        Page get = director.get("/admin/accounts/" + UUID.randomUUID() + "/reset-password");
        Page delete = director.call("DELETE", "/account/password");

        for (Page page : new Page[] {get, delete}) {
            assertThat(page.status()).isEqualTo(405);
            assertThat(page.document().selectFirst("h1").text()).isEqualTo("Lỗi 405");
            assertThat(page.mainText()).contains("Phương thức yêu cầu không được hỗ trợ tại địa chỉ này.");
            page.showsNoJavaInternals();
        }
    }

    @Test
    @DisplayName("Tệp tải lên quá lớn: 413 bằng tiếng Việt, không ghi gì")
    void refusesOversizedUploadAndWritesNothing() {
        String username = accounts.open(Role.TEACHER);
        String hash = accounts.passwordHashOf(username);
        Browser browser = Browser.signedIn(port, username, TestAccounts.PASSWORD);
        byte[] tooLarge = new byte
                [(int) (maxFileSize.toBytes() + DataSize.ofKilobytes(512).toBytes())];

        Page page = browser.postMultipart(
                "/account/password",
                Map.of(
                        "currentPassword", TestAccounts.PASSWORD,
                        "newPassword", "Moi2026pass",
                        "confirmation", "Moi2026pass"),
                "attachment",
                tooLarge);

        assertThat(page.status()).isEqualTo(413);
        assertThat(page.mainText()).contains("Tệp hoặc dữ liệu gửi lên vượt quá dung lượng cho phép.");
        page.showsNoJavaInternals();
        assertThat(accounts.passwordHashOf(username)).isEqualTo(hash);
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', textBlock = """
            # field   | value       | message under the field
            username  | Nguyen Van  | Tên đăng nhập gồm 3–64 ký tự
            username  | ab          | Tên đăng nhập gồm 3–64 ký tự
            username  | nguyễn.an   | Tên đăng nhập gồm 3–64 ký tự
            username  | ''          | Chưa nhập tên đăng nhập.
            fullName  | ''          | Chưa nhập họ và tên.
            email     | an@         | Địa chỉ e-mail không hợp lệ.
            """)
    @DisplayName("Tạo tài khoản sai dữ liệu: báo tại đúng ô, không ghi gì")
    void showsAccountFormAgainWithFieldMessage(String field, String value, String message) {
        Map<String, String> form = new java.util.HashMap<>(Map.of(
                "username", "hv." + UUID.randomUUID().toString().substring(0, 8),
                "fullName", "Lê Văn Học",
                "email", ""));
        form.put(field, value);
        Browser director = director();
        int before = accounts.accountCount();

        Page page = director.post(
                "/admin/accounts",
                "username",
                form.get("username"),
                "fullName",
                form.get("fullName"),
                "email",
                form.get("email"),
                "roles",
                "LEARNER");

        assertThat(page.status()).isEqualTo(200);
        assertThat(fieldMessage(page.document(), field)).contains(message);
        assertThat(page.document().select(".issued-password")).isEmpty();
        assertThat(accounts.accountCount()).isEqualTo(before);
    }

    @Test
    @DisplayName("Tạo tài khoản không chọn vai trò: báo tại ô vai trò")
    void showsAccountFormAgainWhenNoRoleIsChosen() {
        int before = accounts.accountCount();

        Page page = director().post("/admin/accounts", "username", "hv.khongvaitro", "fullName", "Lê Văn Học");

        assertThat(page.document().selectFirst("fieldset .text-danger").text()).isEqualTo("Chọn ít nhất một vai trò.");
        assertThat(accounts.accountCount()).isEqualTo(before);
    }

    @Test
    @DisplayName("Tên đăng nhập đã có: báo rõ tên bị trùng, không ghi gì")
    void refusesDuplicateUsername() {
        int before = accounts.accountCount();

        Page page = director()
                .post("/admin/accounts", "username", "gv.toan", "fullName", "Người Trùng", "roles", "TEACHER");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.mainText()).contains("Tên đăng nhập \"gv.toan\" đã được dùng.");
        assertThat(page.document().select(".issued-password")).isEmpty();
        assertThat(accounts.accountCount()).isEqualTo(before);
        page.showsNoJavaInternals();
    }

    @ParameterizedTest(name = "code={0}")
    @CsvSource({"lqd", "A", "MA CO DAU CACH", "QUÁ", "MOT-MA-DAI-HON-HAI-MUOI"})
    @DisplayName("Mã trung tâm sai định dạng: báo tại ô mã, không ghi gì")
    void showsCentreFormAgainWhenCodeHasWrongFormat(String code) {
        int before = centreCount();

        Page page = administrator().post("/admin/centres", "code", code, "name", "Trung tâm thử");

        assertThat(page.status()).isEqualTo(200);
        assertThat(fieldMessage(page.document(), "code")).contains("Mã trung tâm gồm 2–20 ký tự");
        assertThat(centreCount()).isEqualTo(before);
    }

    @Test
    @DisplayName("Mã trung tâm đã có: báo rõ mã bị trùng, không ghi gì")
    void refusesDuplicateCentreCode() {
        int before = centreCount();

        Page page = administrator().post("/admin/centres", "code", "LQD", "name", "Trung tâm trùng mã");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.mainText()).contains("Mã trung tâm \"LQD\" đã được dùng.");
        assertThat(centreCount()).isEqualTo(before);
        page.showsNoJavaInternals();
    }

    private Browser director() {
        return Browser.signedIn(port, "giamdoc", TestAccounts.DEMO_PASSWORD);
    }

    private Browser administrator() {
        return Browser.signedIn(port, "admin", TestAccounts.DEMO_PASSWORD);
    }

    private int centreCount() {
        return accounts.count("SELECT count(*) FROM centres.centre");
    }

    /** The message shown under a form field, which must be marked invalid. */
    private static String fieldMessage(Document page, String field) {
        var input = page.getElementById(field);
        assertThat(input).as("field %s", field).isNotNull();
        assertThat(input.hasClass("is-invalid"))
                .as("field %s marked invalid", field)
                .isTrue();
        var feedback = input.parent().selectFirst(".invalid-feedback");
        assertThat(feedback).as("message of field %s", field).isNotNull();
        return feedback.text();
    }
}
