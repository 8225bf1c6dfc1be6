package vn.edu.ecenter.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.edu.ecenter.identity.Identity;
import vn.edu.ecenter.identity.Role;
import vn.edu.ecenter.platform.tenancy.Tenancy;
import vn.edu.ecenter.support.Browser;
import vn.edu.ecenter.support.EcenterTest;
import vn.edu.ecenter.support.Page;
import vn.edu.ecenter.support.TestAccounts;

/** The REST API's sign-in ({@code POST /api/v1/auth/token}), bearer tokens, JSON errors and the OpenAPI document. */
@EcenterTest
@DisplayName("API: mã truy cập và lỗi dạng JSON")
class TokenApiTests {

    private static final String TOKEN = "/api/v1/auth/token";

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

    @Value("${ecenter.security.token-lifetime:8h}")
    Duration tokenLifetime;

    @Autowired
    TestAccounts accounts;

    @Test
    @DisplayName("Cấp mã truy cập Bearer và dùng được để gọi API")
    void issuesBearerTokenThatOpensTheApi() {
        Page issued = api().postJson(TOKEN, credentials("ketoan", TestAccounts.DEMO_PASSWORD));

        assertThat(issued.status()).isEqualTo(200);
        JsonNode token = issued.json();
        assertThat(token.propertyNames()).containsExactlyInAnyOrder("access_token", "token_type", "expires_in");
        assertThat(token.get("token_type").asString()).isEqualTo("Bearer");
        assertThat(token.get("expires_in").asLong()).isEqualTo(tokenLifetime.toSeconds());
        assertThat(token.get("access_token").asString()).hasSizeGreaterThanOrEqualTo(32);

        Page me = api().getJson("/api/v1/me", bearer(token.get("access_token").asString()));

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("username").asString()).isEqualTo("ketoan");
        assertThat(me.json().get("roles").get(0).asString()).isEqualTo("ACCOUNTANT");
        assertThat(me.json().get("centreId").asString())
                .isEqualTo(accounts.demoCentre().toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # Authorization header                  | message contains
            (none)                                  | Cần đăng nhập
            Bearer khong-phai-ma-that               | Mã truy cập không hợp lệ hoặc đã hết hạn
            Bearer                                  | Cần đăng nhập
            Basic Z2lhbWRvYzpEZW1vQDIwMjY=          | Cần đăng nhập
            """)
    @DisplayName("Thiếu hoặc sai mã truy cập: 401 JSON có thông báo tiếng Việt")
    void refusesCallsWithoutValidToken(String authorization, String message) {
        Page answer = authorization.equals("(none)")
                ? api().getJson("/api/v1/me")
                : api().getJson("/api/v1/me", "Authorization", authorization);

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.header("Content-Type")).startsWith("application/json");
        assertThat(answer.json().get("message").asString()).contains(message);
        answer.showsNoJavaInternals();
    }

    @Test
    @DisplayName("Sai thông tin đăng nhập: 401 JSON, như nhau cho tên không tồn tại")
    void refusesWrongCredentialsAlike() {
        String username = accounts.open(Role.TEACHER);

        Page wrongPassword = api().postJson(TOKEN, credentials(username, "Sai2026sai"));
        Page unknownUser = api().postJson(TOKEN, credentials("khong.co." + shortId(), "Sai2026sai"));

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(wrongPassword.json().get("message").asString()).isEqualTo("Tên đăng nhập hoặc mật khẩu không đúng.");
        assertThat(unknownUser.status()).isEqualTo(401);
        assertThat(unknownUser.body()).isEqualTo(wrongPassword.body());
        wrongPassword.showsNoJavaInternals();
    }

    @Test
    @DisplayName("Tên đăng nhập bị khóa: thông báo có số phút")
    void tellsTheMinutesOfALock() {
        String username = accounts.open(Role.TEACHER);
        for (int attempt = 1; attempt <= maxFailures; attempt++) {
            assertThat(api().postJson(TOKEN, credentials(username, "Sai2026sai"))
                            .status())
                    .isEqualTo(401);
        }

        Page locked = api().postJson(TOKEN, credentials(username, TestAccounts.PASSWORD));

        assertThat(locked.status()).isEqualTo(401);
        assertThat(locked.json().get("message").asString())
                .matches("Đăng nhập sai quá nhiều lần\\. Vui lòng thử lại sau \\d+ phút\\.");
        assertThat(accounts.auditEntries("signIn.locked", username)).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # body                                   | status | message contains
            {"username": "ketoan", "password":       | 400    | Nội dung JSON không đọc được
            [1, 2, 3]                                | 400    | Nội dung JSON không đọc được
            {"username": "", "password": ""}         | 400    | Chưa nhập tên đăng nhập
            """)
    @DisplayName("Nội dung JSON hỏng hoặc thiếu: 400 JSON có thông báo tiếng Việt")
    void refusesMalformedOrIncompleteJson(String body, int status, String message) {
        Page answer = api().postJson(TOKEN, body);

        assertThat(answer.status()).isEqualTo(status);
        assertThat(answer.json().get("status").asInt()).isEqualTo(status);
        assertThat(answer.body()).contains(message);
        answer.showsNoJavaInternals();
    }

    @Test
    @DisplayName("Địa chỉ API không tồn tại: 404 JSON")
    void answersUnknownApiRouteWithJson404() {
        Page answer = api().getJson("/api/v1/khong-co", bearer(token("vanthu")));

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.header("Content-Type")).startsWith("application/json");
        assertThat(answer.json().get("message").asString())
                .isEqualTo("Không tìm thấy trang hoặc dữ liệu được yêu cầu.");
        answer.showsNoJavaInternals();
    }

    @Test
    @DisplayName("Sai phương thức trên API: 405 JSON")
    void answersWrongMethodWithJson405() {
        Page getToken = api().getJson(TOKEN);
        Page postMe = api().postJson("/api/v1/me", "{}", bearer(token("vanthu")));

        for (Page answer : new Page[] {getToken, postMe}) {
            assertThat(answer.status()).isEqualTo(405);
            assertThat(answer.header("Content-Type")).startsWith("application/json");
            assertThat(answer.json().get("message").asString())
                    .isEqualTo("Phương thức yêu cầu không được hỗ trợ tại địa chỉ này.");
            answer.showsNoJavaInternals();
        }
    }

    @Test
    @DisplayName("Tài liệu OpenAPI liệt kê API cấp mã; Swagger UI mở được")
    void publishesOpenApiDocumentAndSwaggerUi() {
        Page document = api().getJson("/v3/api-docs");

        assertThat(document.status()).isEqualTo(200);
        assertThat(document.json().get("paths").propertyNames()).contains(TOKEN, "/api/v1/me");
        assertThat(api().get("/swagger-ui/index.html").status()).isEqualTo(200);
    }

    private Browser api() {
        return Browser.at(port);
    }

    private String token(String username) {
        return api().postJson(TOKEN, credentials(username, TestAccounts.DEMO_PASSWORD))
                .json()
                .get("access_token")
                .asString();
    }

    private static String[] bearer(String token) {
        return new String[] {"Authorization", "Bearer " + token};
    }

    private static String credentials(String username, String password) {
        return "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}";
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
