package vn.edu.ecenter.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.edu.ecenter.support.EcenterTest;

/** The account list downloads, through the real sign-in form and the real server port. */
@EcenterTest
class AccountExportControllerTests {

    static final String PASSWORD = "Demo@2026";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @LocalServerPort
    int port;

    @Test
    void directorDownloadsTheCentresAccountsAsExcel() throws Exception {
        var director = signIn("giamdoc");

        HttpResponse<byte[]> response = director.get("/admin/accounts/export.xlsx");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(XLSX);
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .matches(
                        "attachment; filename=\"Danh sach tai khoan LQD \\d{4}-\\d{2}-\\d{2}\\.xlsx\"; "
                                + "filename\\*=UTF-8''Danh%20s%C3%A1ch%20t%C3%A0i%20kho%E1%BA%A3n%20LQD%20\\d{4}-\\d{2}-\\d{2}\\.xlsx");
        assertThat(response.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Tài khoản");
            assertThat(cells(sheet.getRow(1)))
                    .containsExactly("Tên đăng nhập", "Họ và tên", "Vai trò", "E-mail", "Trạng thái");
            assertThat(rowOf(sheet, "gv.toan"))
                    .containsExactly(
                            "gv.toan", "Nguyễn Thị Ánh Tuyết", "Giáo viên", "gv.toan@lequydon.demo", "Đang hoạt động");
            assertThat(rowOf(sheet, "giamdoc")).contains("Ban giám đốc");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .startsWith("Danh sách tài khoản – Trung tâm GDTX Lê Quý Đôn (demo) – ngày ");
        }
    }

    @Test
    void directorPrintsTheCentresAccountsAsPdf() throws Exception {
        var director = signIn("giamdoc");

        HttpResponse<byte[]> response = director.get("/admin/accounts/export.pdf");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("inline; filename=\"Danh sach tai khoan LQD ")
                .contains("filename*=UTF-8''Danh%20s%C3%A1ch%20t%C3%A0i%20kho%E1%BA%A3n%20LQD%20");
        String text = textOf(response.body());
        assertThat(pageSizes(response.body()))
                .allSatisfy(size -> assertThat(size[0]).isGreaterThan(size[1]));
        assertThat(text.lines()).contains("DANH SÁCH TÀI KHOẢN");
        assertThat(text).contains("Trung tâm GDTX Lê Quý Đôn (demo)");
        assertThat(text).containsPattern("ngày in \\d{2}/\\d{2}/\\d{4}");
        assertThat(text).contains("gv.toan", "Nguyễn Thị Ánh Tuyết", "Giáo viên", "Trần Văn Minh", "Trang 1/");
    }

    @Test
    void exportsFollowTheChosenLanguage() throws Exception {
        var director = signIn("giamdoc");

        HttpResponse<byte[]> response = director.get("/admin/accounts/export.xlsx?lang=en");

        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("filename=\"Accounts LQD ");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(cells(sheet.getRow(1))).containsExactly("Username", "Full name", "Roles", "E-mail", "Status");
            assertThat(rowOf(sheet, "gv.toan")).contains("Teacher", "Active");
        }
    }

    @Test
    void accountsPageLinksToBothExports() throws Exception {
        var director = signIn("giamdoc");

        String page = new String(director.get("/admin/accounts").body(), StandardCharsets.UTF_8);

        assertThat(page)
                .contains("href=\"/admin/accounts/export.xlsx\"")
                .contains("href=\"/admin/accounts/export.pdf\"")
                .contains("Xuất Excel")
                .contains("In PDF");
    }

    @Test
    void teacherMayNotExportTheAccounts() throws Exception {
        var teacher = signIn("gv.toan");

        assertThat(teacher.get("/admin/accounts/export.xlsx").statusCode()).isEqualTo(403);
        assertThat(teacher.get("/admin/accounts/export.pdf").statusCode()).isEqualTo(403);
    }

    @Test
    void signedOutVisitorIsSentToSignIn() throws Exception {
        HttpResponse<byte[]> response = new Browser().get("/admin/accounts/export.xlsx");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    @Test
    void systemAdministratorIsAskedToChooseACentreFirst() throws Exception {
        var admin = signIn("admin");

        HttpResponse<byte[]> response = admin.get("/admin/accounts/export.pdf");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/admin/accounts");
        String page = new String(admin.get("/admin/accounts").body(), StandardCharsets.UTF_8);
        assertThat(page).contains("cần chọn một trung tâm");
    }

    private Browser signIn(String username) throws Exception {
        var browser = new Browser();
        String form = new String(browser.get("/login").body(), StandardCharsets.UTF_8);
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
        assertThat(csrf.find()).isTrue();
        HttpResponse<byte[]> response = browser.post(
                "/login", "username=" + username + "&password=" + encode(PASSWORD) + "&_csrf=" + encode(csrf.group(1)));
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        return browser;
    }

    private static List<String> rowOf(Sheet sheet, String username) {
        for (Row row : sheet) {
            if (row.getRowNum() > 1 && username.equals(row.getCell(0).getStringCellValue())) {
                return cells(row);
            }
        }
        throw new AssertionError("No row for " + username);
    }

    private static List<String> cells(Row row) {
        List<String> values = new ArrayList<>();
        row.forEach(cell -> values.add(cell.getStringCellValue()));
        return values;
    }

    private static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return Normalizer.normalize(stripper.getText(document), Normalizer.Form.NFC);
        }
    }

    private static List<float[]> pageSizes(byte[] pdf) throws IOException {
        List<float[]> sizes = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            document.getPages()
                    .forEach(page -> sizes.add(new float[] {
                        page.getMediaBox().getWidth(), page.getMediaBox().getHeight()
                    }));
        }
        return sizes;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private final class Browser {

        private final HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        HttpResponse<byte[]> get(String path) throws Exception {
            return client.send(
                    HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        }

        HttpResponse<byte[]> post(String path, String form) throws Exception {
            return client.send(
                    HttpRequest.newBuilder(uri(path))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        }

        private URI uri(String path) {
            return URI.create("http://127.0.0.1:" + port + path);
        }
    }
}
