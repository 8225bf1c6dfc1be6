package vn.edu.ecenter.gradebook.attendance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.edu.ecenter.gradebook.attendance.AbsencesHeard;
import vn.edu.ecenter.gradebook.attendance.AttendanceFixture;
import vn.edu.ecenter.support.Browser;
import vn.edu.ecenter.support.EcenterTest;
import vn.edu.ecenter.support.Page;
import vn.edu.ecenter.support.TestAccounts;

/** {@code PUT} and {@code GET /api/v1/attendance/classes/{classId}/days/{yyyy-MM-dd}} through the real server. */
@EcenterTest
@DisplayName("API điểm danh: ghi cả ngày hoặc không gì cả, lỗi từng mục, quyền")
class AttendanceApiTests {

    @LocalServerPort
    int port;

    @Autowired
    AttendanceFixture fixture;

    @Autowired
    AbsencesHeard heard;

    AttendanceFixture.SchoolClass schoolClass;
    UUID an;
    UUID binh;
    LocalDate day;

    @BeforeEach
    void aClassOfTwo() {
        schoolClass = fixture.schoolClass("Nguyễn Văn An", "Trần Thị Bình");
        an = schoolClass.learner("Nguyễn Văn An");
        binh = schoolClass.learner("Trần Thị Bình");
        day = fixture.lastSchoolDay();
    }

    private String path(LocalDate date) {
        return "/api/v1/attendance/classes/" + schoolClass.id() + "/days/" + date;
    }

    private String[] bearer(String username, String password) {
        Browser client = Browser.at(port);
        Page token = client.postJson(
                "/api/v1/auth/token", "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
        assertThat(token.status()).as("token of %s", username).isEqualTo(200);
        return new String[] {
            "Authorization", "Bearer " + token.json().get("access_token").asString()
        };
    }

    private String[] homeroom() {
        return bearer(schoolClass.homeroom().username(), TestAccounts.PASSWORD);
    }

    private static String body(Object... learnerAndStatus) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < learnerAndStatus.length; i += 2) {
            items.add("{\"learnerId\":\"" + learnerAndStatus[i] + "\",\"status\":\"" + learnerAndStatus[i + 1] + "\"}");
        }
        return "[" + String.join(",", items) + "]";
    }

    @Test
    @DisplayName("GVCN ghi điểm danh một ngày; GET trả lại đúng trạng thái và số ngày nghỉ")
    void homeroomTeacherPutsADayAndReadsItBack() {
        Page saved = Browser.at(port).putJson(path(day), body(an, "UNEXCUSED", binh, "LATE"), homeroom());

        assertThat(saved.status()).isEqualTo(200);
        JsonNode read = Browser.at(port).getJson(path(day), homeroom()).json();
        assertThat(read.get("className").asString())
                .isEqualTo(schoolClass.view().name());
        assertThat(read.get("date").asString()).isEqualTo(day.toString());
        assertThat(read.get("session").asString()).isEqualTo("MORNING");
        JsonNode learners = read.get("learners");
        assertThat(learners).hasSize(2);
        JsonNode first = learners.get(0);
        assertThat(first.get("learnerId").asString()).isEqualTo(an.toString());
        assertThat(first.get("status").asString()).isEqualTo("UNEXCUSED");
        assertThat(first.get("daysAbsent").get("total").asInt()).isEqualTo(1);
        assertThat(first.get("daysAbsent").get("limit").asInt()).isEqualTo(45);
        assertThat(learners.get(1).get("status").asString()).isEqualTo("LATE");
        assertThat(learners.get(1).get("daysAbsent").get("late").asInt()).isEqualTo(1);
        assertThat(heard.of(schoolClass.id())).singleElement().satisfies(absence -> assertThat(absence.learnerId())
                .isEqualTo(an));
    }

    @Test
    @DisplayName("Một mục sai: 400 với lỗi tiếng Việt của từng mục, không mục nào được lưu")
    void oneBadItemAnswers400AndSavesNothing() {
        UUID stranger = fixture.academics().learner("Phạm Văn Lạ");
        String items = "[{\"learnerId\":\"" + an + "\",\"status\":\"EXCUSED\"},"
                + "{\"learnerId\":\"" + stranger + "\",\"status\":\"PRESENT\"},"
                + "{\"learnerId\":\"" + binh + "\",\"status\":\"ABSENT\"},"
                + "{\"learnerId\":\"khong-phai-ma\",\"status\":\"LATE\"}]";

        Page answer = Browser.at(port).putJson(path(day), items, homeroom());

        assertThat(answer.status()).isEqualTo(400);
        JsonNode json = answer.json();
        assertThat(json.get("message").asString()).contains("3 mục có lỗi").contains("Không mục nào được lưu");
        JsonNode errors = json.get("errors");
        assertThat(errors).hasSize(3);
        assertThat(errors.get(0).get("item").asInt()).isEqualTo(2);
        assertThat(errors.get(0).get("learnerId").asString()).isEqualTo(stranger.toString());
        assertThat(errors.get(0).get("message").asString())
                .contains("Phạm Văn Lạ")
                .contains("không học lớp " + schoolClass.view().name());
        assertThat(errors.get(1).get("item").asInt()).isEqualTo(3);
        assertThat(errors.get(1).get("message").asString())
                .contains("Trần Thị Bình")
                .contains("PRESENT");
        assertThat(errors.get(2).get("item").asInt()).isEqualTo(4);
        assertThat(errors.get(2).get("message").asString()).contains("thiếu mã học viên");
        assertThat(fixture.rows(schoolClass.id())).isZero();
    }

    @Test
    @DisplayName("\"seen\" khác trạng thái người khác vừa ghi: 409 nêu học viên và trạng thái hiện tại, không lưu gì")
    void aStatusChangedMeanwhileAnswers409() {
        Browser.at(port).putJson(path(day), body(an, "EXCUSED"), homeroom());

        Page stale = Browser.at(port)
                .putJson(
                        path(day),
                        "[{\"learnerId\":\"" + an + "\",\"status\":\"UNEXCUSED\",\"seen\":\"NONE\"}]",
                        homeroom());

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("errors").get(0).get("message").asString())
                .contains("Nguyễn Văn An", "Vắng có phép");
        JsonNode read = Browser.at(port).getJson(path(day), homeroom()).json();
        assertThat(read.toString()).contains("EXCUSED").doesNotContain("UNEXCUSED");
    }

    @Test
    @DisplayName("Ngày lễ, Chủ nhật, ngày sai dạng: 400 với lý do rõ ràng")
    void refusesDaysThatCannotBeRecorded() {
        Page holiday = Browser.at(port).putJson(path(LocalDate.of(2027, 1, 1)), body(an, "PRESENT"), homeroom());
        assertThat(holiday.status()).isEqualTo(400);
        assertThat(holiday.json().get("message").asString()).contains("ngày nghỉ (Tết Dương lịch)");

        LocalDate sunday = schoolClass
                .year()
                .startsOn()
                .with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.SUNDAY));
        Page onSunday = Browser.at(port).putJson(path(sunday), body(an, "PRESENT"), homeroom());
        assertThat(onSunday.status()).isEqualTo(400);
        assertThat(onSunday.json().get("message").asString()).contains("không phải ngày học");

        Page badDate = Browser.at(port)
                .putJson(
                        "/api/v1/attendance/classes/" + schoolClass.id() + "/days/31-12-2026",
                        body(an, "PRESENT"),
                        homeroom());
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(fixture.rows(schoolClass.id())).isZero();
    }

    @Test
    @DisplayName("Giáo viên dạy lớp và giám đốc ghi được; giáo viên lớp khác và văn thư nhận 403")
    void whoMayPut() {
        String[] subjectTeacher = bearer(schoolClass.subjectTeacher().username(), TestAccounts.PASSWORD);
        String[] director = bearer("giamdoc", TestAccounts.DEMO_PASSWORD);
        String[] outsider = bearer(schoolClass.outsider().username(), TestAccounts.PASSWORD);
        String[] clerk = bearer("vanthu", TestAccounts.DEMO_PASSWORD);

        assertThat(Browser.at(port)
                        .putJson(path(day), body(an, "PRESENT"), subjectTeacher)
                        .status())
                .isEqualTo(200);
        assertThat(Browser.at(port)
                        .putJson(path(day), body(an, "EXCUSED"), director)
                        .status())
                .isEqualTo(200);
        assertThat(Browser.at(port)
                        .putJson(path(day), body(an, "UNEXCUSED"), outsider)
                        .status())
                .isEqualTo(403);
        assertThat(Browser.at(port)
                        .putJson(path(day), body(an, "UNEXCUSED"), clerk)
                        .status())
                .isEqualTo(403);
        assertThat(Browser.at(port).getJson(path(day), clerk).status()).isEqualTo(200);
        assertThat(Browser.at(port).getJson(path(day), outsider).status()).isEqualTo(403);
        assertThat(Browser.at(port)
                        .getJson(path(day), clerk)
                        .json()
                        .get("learners")
                        .get(0)
                        .get("status")
                        .asString())
                .isEqualTo("EXCUSED");
    }

    @Test
    @DisplayName("Lớp không tồn tại: 404")
    void unknownClassIsNotFound() {
        Page answer = Browser.at(port)
                .getJson(
                        "/api/v1/attendance/classes/" + UUID.randomUUID() + "/days/" + day,
                        bearer("giamdoc", TestAccounts.DEMO_PASSWORD));

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().get("message").asString()).contains("Không tìm thấy lớp");
    }
}
