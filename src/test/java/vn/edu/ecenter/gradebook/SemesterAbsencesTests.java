package vn.edu.ecenter.gradebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.edu.ecenter.centres.SemesterView;
import vn.edu.ecenter.gradebook.attendance.AbsenceCount;
import vn.edu.ecenter.gradebook.attendance.Attendance;
import vn.edu.ecenter.gradebook.attendance.AttendanceEntry;
import vn.edu.ecenter.gradebook.attendance.AttendanceFixture;
import vn.edu.ecenter.gradebook.attendance.AttendanceFixture.SchoolClass;
import vn.edu.ecenter.gradebook.attendance.AttendanceStatus;
import vn.edu.ecenter.platform.tenancy.Tenancy;
import vn.edu.ecenter.support.Browser;
import vn.edu.ecenter.support.EcenterTest;
import vn.edu.ecenter.support.Page;
import vn.edu.ecenter.support.TestAccounts;

/**
 * Days absent on the class summary by period: HK1 counts the days of semester I, HK2 those of semester II (the
 * semester dates of the centre's calendar), CN the whole year, which is also what the 45-day limit counts. The
 * absences lie on both sides of the boundary: the last day of semester I and the first of semester II.
 *
 * <p>Those two days are after today in the demo year (semester II starts in January), and attendance cannot be taken
 * for a future day, so they are written with the test's own SQL as the homeroom teacher will record them; one more
 * absence, on the last school day up to today, goes through the attendance service.
 */
@EcenterTest
@DisplayName("Số ngày nghỉ của bảng tổng hợp theo kỳ: HK1 trong học kỳ I, HK2 trong học kỳ II, CN cả năm")
class SemesterAbsencesTests {

    @LocalServerPort
    int port;

    @Autowired
    AttendanceFixture fixture;

    @Autowired
    Attendance attendance;

    @Autowired
    Results results;

    @Autowired
    Tenancy tenancy;

    @Autowired
    JdbcClient jdbc;

    SchoolClass schoolClass;
    UUID an;
    UUID binh;
    SemesterView first;
    SemesterView second;
    /** The semester of the absence recorded through the service (1 while today is in semester I). */
    int recordedIn;

    @BeforeEach
    void absencesAroundTheBoundary() {
        schoolClass = fixture.schoolClass("Trần Văn An", "Lê Thị Bình");
        an = schoolClass.learner("Trần Văn An");
        binh = schoolClass.learner("Lê Thị Bình");
        first = schoolClass.year().semesters().get(0);
        second = schoolClass.year().semesters().get(1);

        LocalDate recorded = fixture.lastSchoolDay();
        recordedIn = recorded.isAfter(first.endsOn()) ? 2 : 1;
        fixture.as(
                schoolClass.homeroom(),
                () -> attendance.record(
                        schoolClass.id(),
                        recorded,
                        null,
                        List.of(
                                new AttendanceEntry(an, AttendanceStatus.EXCUSED),
                                new AttendanceEntry(binh, AttendanceStatus.LATE))));

        // The last day of semester I and the first of semester II (Saturday 16 and Monday 18 January 2027).
        insert(first.endsOn(), an, AttendanceStatus.UNEXCUSED);
        insert(first.endsOn(), binh, AttendanceStatus.PRESENT);
        insert(second.startsOn(), an, AttendanceStatus.EXCUSED);
        insert(second.startsOn(), binh, AttendanceStatus.EXCUSED);
        insert(second.startsOn().plusDays(1), an, AttendanceStatus.UNEXCUSED);
    }

    private void insert(LocalDate day, UUID learner, AttendanceStatus status) {
        tenancy.inCentre(fixture.academics().centre(), () -> {
            jdbc.sql("""
                            INSERT INTO gradebook.attendance (centre_id, class_id, day, session, learner_id,
                                                              school_year_id, status, recorded_by, recorded_at)
                            VALUES (platform.current_centre(), ?, ?, 'MORNING', ?, ?, ?, 'test', now())
                            """)
                    .params(schoolClass.id(), day, learner, schoolClass.year().id(), status.name())
                    .update();
        });
    }

    private Map<UUID, AbsenceCount> shown(ResultPeriod period) {
        ClassResults summary = fixture.as(schoolClass.homeroom(), () -> results.classResults(schoolClass.id(), period));
        Map<UUID, AbsenceCount> days = new java.util.HashMap<>();
        summary.rows().forEach(row -> days.put(row.learnerId(), row.absences()));
        return days;
    }

    @Test
    @DisplayName(
            "An: HK1 1 không phép (+1 có phép hôm nay), HK2 1 có phép + 1 không phép, CN tất cả; đi muộn không tính")
    void countsEachSemesterBetweenItsDates() {
        Map<UUID, AbsenceCount> hk1 = shown(ResultPeriod.HK1);
        Map<UUID, AbsenceCount> hk2 = shown(ResultPeriod.HK2);
        Map<UUID, AbsenceCount> year = shown(ResultPeriod.CN);
        int todayInFirst = recordedIn == 1 ? 1 : 0;
        int todayInSecond = recordedIn == 2 ? 1 : 0;

        assertThat(hk1.get(an).excused()).isEqualByComparingTo(String.valueOf(todayInFirst));
        assertThat(hk1.get(an).unexcused()).isEqualByComparingTo("1");
        assertThat(hk2.get(an).excused()).isEqualByComparingTo(String.valueOf(1 + todayInSecond));
        assertThat(hk2.get(an).unexcused()).isEqualByComparingTo("1");
        assertThat(year.get(an).total()).isEqualByComparingTo("4");
        assertThat(hk1.get(an).total().add(hk2.get(an).total()))
                .isEqualByComparingTo(year.get(an).total());

        assertThat(hk1.get(binh).total()).isEqualByComparingTo("0");
        assertThat(hk2.get(binh).total()).isEqualByComparingTo("1");
        assertThat(year.get(binh).total()).isEqualByComparingTo("1");
        assertThat(year.get(binh).lates()).isEqualTo(1);
    }

    @Test
    @DisplayName("Dịch vụ điểm danh đếm theo học kỳ; học kỳ không có thì báo lỗi")
    void attendanceCountsASemester() {
        Map<UUID, AbsenceCount> second =
                fixture.as(schoolClass.homeroom(), () -> attendance.classAbsences(schoolClass.id(), 2));

        assertThat(second.get(an).total()).isEqualByComparingTo(String.valueOf(2 + (recordedIn == 2 ? 1 : 0)));
        assertThat(org.assertj.core.api.Assertions.catchThrowable(
                        () -> fixture.as(schoolClass.homeroom(), () -> attendance.classAbsences(schoolClass.id(), 3))))
                .hasMessageContaining("attendance.semester.notFound");
    }

    @Test
    @DisplayName("API /summary?period=HK1|HK2|CN: daysAbsent của từng kỳ")
    void theSummaryApiShowsThePeriodsDays() {
        Page token = Browser.at(port)
                .postJson(
                        "/api/v1/auth/token",
                        "{\"username\":\"" + schoolClass.homeroom().username() + "\",\"password\":\""
                                + TestAccounts.PASSWORD + "\"}");
        String bearer = "Bearer " + token.json().get("access_token").asString();
        String path = "/api/v1/gradebook/classes/" + schoolClass.id() + "/summary?period=";

        assertThat(daysOfAn(path + "HK1", bearer).get("total").decimalValue())
                .isEqualByComparingTo(String.valueOf(1 + (recordedIn == 1 ? 1 : 0)));
        assertThat(daysOfAn(path + "HK2", bearer).get("total").decimalValue())
                .isEqualByComparingTo(String.valueOf(2 + (recordedIn == 2 ? 1 : 0)));
        JsonNode year = daysOfAn(path + "CN", bearer);
        assertThat(year.get("total").decimalValue()).isEqualByComparingTo("4");
        assertThat(year.get("excused").decimalValue()).isEqualByComparingTo("2");
        assertThat(year.get("unexcused").decimalValue()).isEqualByComparingTo("2");
    }

    private JsonNode daysOfAn(String path, String bearer) {
        Page page = Browser.at(port).getJson(path, "Authorization", bearer);
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        for (JsonNode learner : page.json().get("learners")) {
            if (learner.get("learnerId").asString().equals(an.toString())) {
                return learner.get("daysAbsent");
            }
        }
        throw new AssertionError("An is not on the summary");
    }
}
