package vn.edu.ecenter.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edu.ecenter.imports.ImportFixtures.citizenId;
import static vn.edu.ecenter.imports.ImportFixtures.freshCode;
import static vn.edu.ecenter.imports.ImportFixtures.learner;
import static vn.edu.ecenter.imports.ImportFixtures.sheet;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.edu.ecenter.support.Browser;
import vn.edu.ecenter.support.EcenterTest;
import vn.edu.ecenter.support.Page;
import vn.edu.ecenter.support.TestAccounts;
import vn.edu.ecenter.support.Xlsx;

@EcenterTest
@DisplayName("API nhập học viên: /api/v1/learners/import")
class LearnerImportApiTests {

    @LocalServerPort
    int port;

    String token;

    @BeforeEach
    void signIn() {
        var page = Browser.at(port)
                .postJson(
                        "/api/v1/auth/token",
                        "{\"username\":\"vanthu\",\"password\":\"" + TestAccounts.DEMO_PASSWORD + "\"}");
        token = page.json().get("access_token").asString();
    }

    record Answer(int status, JsonNode json) {}

    private Answer post(String query, String fileName, byte[] content) {
        Page page = Browser.at(port)
                .postFileToApi(
                        "/api/v1/learners/import" + query,
                        "file",
                        fileName,
                        content,
                        "Authorization",
                        "Bearer " + token);
        return new Answer(page.status(), page.json());
    }

    @Test
    @DisplayName("Trả về accepted, rejected và lỗi từng dòng (dòng, cột, lý do tiếng Việt)")
    void answersWithCountsAndRowErrors() throws Exception {
        byte[] xlsx = Xlsx.workbook()
                .sheet(
                        "Học viên",
                        sheet(
                                learner(freshCode(), "Nguyễn Văn An", "05/09/2009", "Nam", citizenId(2009, false)),
                                learner(freshCode(), "Trần Thị Bình", "5/13/2009", "Nữ", null)))
                .bytes();

        Answer dryRun = post("?dryRun=true&mode=valid", "hoc-vien.xlsx", xlsx);

        assertThat(dryRun.status()).isEqualTo(200);
        assertThat(dryRun.json().get("accepted").asInt()).isEqualTo(1);
        assertThat(dryRun.json().get("rejected").asInt()).isEqualTo(1);
        JsonNode error = dryRun.json().get("errors").get(0);
        assertThat(error.get("row").asInt()).isEqualTo(3);
        assertThat(error.get("column").asString()).isEqualTo("Ngày sinh");
        assertThat(error.get("message").asString()).contains("dd/MM/yyyy");

        Answer all = post("?dryRun=false&mode=all", "hoc-vien.xlsx", xlsx);
        assertThat(all.json().get("accepted").asInt()).isZero();
        assertThat(all.json().get("written").asBoolean()).isFalse();
    }

    @Test
    @DisplayName("Tệp sai loại, thiếu tệp hoặc thiếu cột: 400 với message tiếng Việt")
    void badFilesAnswer400WithAVietnameseMessage() throws Exception {
        Answer pdf = post("?dryRun=true", "hoc-vien.xlsx", "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(pdf.status()).isEqualTo(400);
        assertThat(pdf.json().get("message").asString())
                .contains("hoc-vien.xlsx")
                .contains("chỉ nhận");

        Answer missing = post(
                "?dryRun=true",
                "hoc-vien.xlsx",
                Xlsx.workbook()
                        .sheet("Học viên", java.util.List.<Object[]>of(new Object[] {"Mã học sinh", "Ngày sinh"}))
                        .bytes());
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("message").asString())
                .contains("thiếu cột")
                .contains("Họ và tên");

        Answer mode = post("?mode=nothing", "a.xlsx", new byte[] {1});
        assertThat(mode.status()).isEqualTo(400);
    }

    @Test
    @DisplayName("Tệp mẫu tải về là .xlsx có trang Học viên và trang Hướng dẫn")
    void servesTheTemplate() throws Exception {
        var response =
                Browser.at(port).downloadWith("/api/v1/learners/import/template", "Authorization", "Bearer " + token);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .contains(".xlsx");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Học viên");
            assertThat(workbook.getSheet("Hướng dẫn")).isNotNull();
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(1).getStringCellValue())
                    .isEqualTo("Họ và tên *");
        }
    }
}
