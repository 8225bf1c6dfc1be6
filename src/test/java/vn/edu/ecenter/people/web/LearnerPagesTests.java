package vn.edu.ecenter.people.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.edu.ecenter.support.Browser;
import vn.edu.ecenter.support.EcenterTest;
import vn.edu.ecenter.support.Page;
import vn.edu.ecenter.support.TestAccounts;

@EcenterTest
@DisplayName("Trang học viên: thêm, tìm khi đang gõ, hồ sơ, xem số định danh có ghi nhật ký, API tìm kiếm")
class LearnerPagesTests {

    @LocalServerPort
    int port;

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** A given name nobody else in the demo centre has, so that a search finds exactly this learner. */
    private static String rareGivenName() {
        String[] syllables = {"Khuê", "Diệp", "Thư", "Nguyệt", "Uyên", "Quỳnh"};
        return syllables[ThreadLocalRandom.current().nextInt(syllables.length)]
                + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    }

    private String register(Browser clerk, String code, String given) {
        Page created = clerk.post(
                "/learners",
                "code",
                code,
                "familyName",
                "Nguyễn",
                "middleName",
                "Thị Ánh",
                "givenName",
                given,
                "birthDate",
                "2009-03-14",
                "sex",
                "FEMALE",
                "citizenId",
                "079309" + ThreadLocalRandom.current().nextInt(100_000, 999_999),
                "phone",
                "0912 345 678",
                "version",
                "0");
        assertThat(created.status()).as(created.mainText()).isEqualTo(302);
        assertThat(created.location()).startsWith("/learners/");
        // Follow the redirect as a browser does (it carries the one-time "saved" notice).
        assertThat(clerk.get(created.location()).mainText()).contains("Đã lưu.");
        return created.location();
    }

    @Test
    @DisplayName("Văn thư thêm học viên; tìm không dấu trả về đoạn kết quả cho htmx; xuất Excel mở được")
    void registerAndSearchWhileTyping() {
        Browser clerk = Browser.signedIn(port, "vanthu", TestAccounts.DEMO_PASSWORD);
        String given = rareGivenName();
        String code = "HV" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
        String profile = register(clerk, code, given);

        Page fragment = clerk.get("/learners?q=" + q("nguyen thi anh " + given.toLowerCase()), "HX-Request", "true");
        Page full = clerk.get("/learners?q=" + q("NGUYỄN THỊ ÁNH " + given.toUpperCase()));

        assertThat(fragment.status()).isEqualTo(200);
        assertThat(fragment.body())
                .doesNotContain("<html")
                .contains("Nguyễn Thị Ánh " + given)
                .contains(code);
        assertThat(full.mainText()).contains("Nguyễn Thị Ánh " + given);
        assertThat(full.document().select("input[hx-get][hx-trigger]")).hasSize(1);
        assertThat(clerk.get(profile).mainText()).contains(code).contains("*********");
    }

    @Test
    @DisplayName("Hiện đầy đủ số định danh cần mục đích và được ghi vào nhật ký mà giám đốc xem")
    void revealIsLogged() {
        Browser clerk = Browser.signedIn(port, "vanthu", TestAccounts.DEMO_PASSWORD);
        String code = "HV" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
        String profile = register(clerk, code, rareGivenName());

        Page shown = clerk.post(profile + "/reveal-id", "purpose", "Làm hồ sơ thi tốt nghiệp");
        Page after = clerk.get(shown.location());
        Page log = Browser.signedIn(port, "giamdoc", TestAccounts.DEMO_PASSWORD)
                .get("/admin/access-log?learner=" + profile.substring("/learners/".length()));

        assertThat(after.mainText()).containsPattern("079309\\d{6}");
        assertThat(log.mainText())
                .contains("Làm hồ sơ thi tốt nghiệp")
                .contains("vanthu")
                .contains(code);
    }

    @Test
    @DisplayName("Sửa từ bản cũ: trang báo xung đột bằng tiếng Việt, không ghi đè")
    void staleEditIsRefused() {
        Browser clerk = Browser.signedIn(port, "vanthu", TestAccounts.DEMO_PASSWORD);
        String code = "HV" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
        String profile = register(clerk, code, rareGivenName());
        String[] edit = {
            "code",
            code,
            "familyName",
            "Nguyễn",
            "middleName",
            "Thị",
            "givenName",
            "Mới",
            "birthDate",
            "2009-03-14",
            "sex",
            "FEMALE",
            "version",
            "0"
        };

        Page first = clerk.post(profile, edit);
        Page second = clerk.post(profile, edit);

        assertThat(first.status()).isEqualTo(302);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.mainText()).contains("vừa được người khác sửa");
    }

    @Test
    @DisplayName("GET /api/v1/learners?q= trả JSON với họ, đệm, tên, bỏ qua dấu")
    void apiSearch() {
        Browser clerk = Browser.signedIn(port, "vanthu", TestAccounts.DEMO_PASSWORD);
        String given = rareGivenName();
        String code = "HV" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
        register(clerk, code, given);
        Browser api = Browser.at(port);
        String token = api.postJson("/api/v1/auth/token", "{\"username\":\"gv.toan\",\"password\":\"Demo@2026\"}")
                .json()
                .get("access_token")
                .asString();

        Page found =
                api.getJson("/api/v1/learners?q=" + q("nguyen thi anh " + given), "Authorization", "Bearer " + token);

        assertThat(found.status()).isEqualTo(200);
        var first = found.json().get(0);
        assertThat(first.get("code").asString()).isEqualTo(code);
        assertThat(first.get("familyName").asString()).isEqualTo("Nguyễn");
        assertThat(first.get("middleName").asString()).isEqualTo("Thị Ánh");
        assertThat(first.get("givenName").asString()).isEqualTo(given);
        assertThat(first.get("fullName").asString()).isEqualTo("Nguyễn Thị Ánh " + given);
        assertThat(first.get("birthDate").asString()).isEqualTo("2009-03-14");
    }

    @Test
    @DisplayName("Xuất dữ liệu cá nhân (JSON, PDF) và xuất Excel danh sách học viên, cán bộ")
    void exports() {
        Browser clerk = Browser.signedIn(port, "vanthu", TestAccounts.DEMO_PASSWORD);
        String code = "HV" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
        String profile = register(clerk, code, rareGivenName());

        Page json = clerk.get(profile + "/export.json");
        Page pdf = clerk.get(profile + "/export.pdf");
        Page learners = clerk.get("/learners/export.xlsx?q=" + code);
        Page staff = clerk.get("/staff/export.xlsx");

        assertThat(json.status()).isEqualTo(200);
        assertThat(json.json().get("learner").get("code").asString()).isEqualTo(code);
        assertThat(json.json().get("learner").get("citizenId").asString()).matches("079309\\d{6}");
        assertThat(json.header("Content-Disposition")).startsWith("attachment");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(learners.status()).isEqualTo(200);
        assertThat(learners.header("Content-Type")).contains("spreadsheetml");
        assertThat(staff.status()).isEqualTo(200);
    }
}
