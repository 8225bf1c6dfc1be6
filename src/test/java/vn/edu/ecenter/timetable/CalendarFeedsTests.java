package vn.edu.ecenter.timetable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.edu.ecenter.academics.Academics;
import vn.edu.ecenter.academics.AcademicsFixture;
import vn.edu.ecenter.academics.CalendarDay;
import vn.edu.ecenter.identity.Role;
import vn.edu.ecenter.people.GuardianDetails;
import vn.edu.ecenter.people.People;
import vn.edu.ecenter.people.Relation;
import vn.edu.ecenter.platform.tenancy.Tenancy;
import vn.edu.ecenter.platform.web.Rejected;
import vn.edu.ecenter.shared.PersonName;
import vn.edu.ecenter.support.Browser;
import vn.edu.ecenter.support.EcenterTest;
import vn.edu.ecenter.support.Page;
import vn.edu.ecenter.support.TestAccounts;
import vn.edu.ecenter.timetable.CalendarFeeds.Created;
import vn.edu.ecenter.timetable.CalendarFeeds.OwnerKind;
import vn.edu.ecenter.timetable.centre.WeekGrid;

/**
 * Private calendar feeds: a teacher, a learner or a guardian makes a secret address that a phone's calendar reads
 * without signing in; it holds the published timetables as weekly events, and answers nothing once revoked.
 */
@EcenterTest
@DisplayName("Thời khóa biểu trên lịch điện thoại (iCalendar)")
class CalendarFeedsTests {

    static final Locale VI = Locale.of("vi");

    @Autowired
    CalendarFeeds feeds;

    @Autowired
    Timetables timetables;

    @Autowired
    Academics academics;

    @Autowired
    TimetableFixture timetableFixture;

    @Autowired
    AcademicsFixture fixture;

    @Autowired
    Tenancy tenancy;

    @Autowired
    People people;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    TimetableFixture.Centre centre;
    VersionView first;
    VersionView second;

    /** TKB số 1 from the start of the year; TKB số 2, a copy solved again, from the first Monday of November. */
    @BeforeEach
    void twoPublishedVersions() {
        centre = timetableFixture.centre(2044);
        first = timetableFixture.published(centre, centre.year().startsOn(), null);
        LocalDate november = LocalDate.of(2044, 11, 1).with(TemporalAdjusters.nextOrSame(java.time.DayOfWeek.MONDAY));
        second = timetableFixture.published(centre, november, first.id());
    }

    @Test
    @DisplayName("Giáo viên tạo địa chỉ lịch trên trang; địa chỉ mở không cần đăng nhập, có đủ tiết dạy lặp hằng tuần")
    void aTeacherMakesAFeedOnThePageAndItsAddressServesTheLessonsWeekly() {
        Browser teacher = Browser.signedIn(port, centre.ha().username(), TestAccounts.PASSWORD);
        Page made =
                teacher.post("/timetable/feeds", "owner", "STAFF/" + centre.ha().staffId());

        assertThat(made.status()).isEqualTo(200);
        String address = made.document().selectFirst("#feedAddress").attr("value");
        assertThat(address).startsWith("http://localhost:" + port + "/ical/" + fixture.centre() + "/");
        assertThat(made.mainText()).contains("Địa chỉ này chỉ hiện một lần");
        assertThat(teacher.get("/timetable/feeds").body()).doesNotContain(address);

        HttpResponse<byte[]> served =
                Browser.at(port).download(URI.create(address).getPath());
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type")).get().asString().startsWith("text/calendar");
        String ics = new String(served.body(), StandardCharsets.UTF_8);
        assertIsWellFormed(ics);
        List<Map<String, String>> events = events(ics);

        // Hà teaches Toán 3 periods a week in each of two classes, in both versions.
        assertThat(events).hasSize(12);
        TimetableView v1 = fixture.asDirector(() -> timetables.timetable(first.id(), VI));
        LessonView lesson = v1.lessons().stream()
                .filter(l -> centre.ha().staffId().equals(l.staffId()))
                .findFirst()
                .orElseThrow();
        Map<String, String> event = events.stream()
                .filter(e -> e.get("UID").startsWith(lesson.id().toString()))
                .findFirst()
                .orElseThrow();
        LocalDate firstDay = first.effectiveFrom()
                .with(TemporalAdjusters.nextOrSame(lesson.start().day()));
        LocalTime start = period(v1.grid(), lesson).start();
        assertThat(event.get("DTSTART;TZID=Asia/Ho_Chi_Minh"))
                .isEqualTo(firstDay.toString().replace("-", "") + "T"
                        + start.toString().replace(":", "") + "00");
        // Until the day before TKB số 2, 23:59:59 in Hà Nội = 16:59:59 UTC.
        String lastDay = second.effectiveFrom().minusDays(1).toString().replace("-", "");
        assertThat(event.get("RRULE")).isEqualTo("FREQ=WEEKLY;UNTIL=" + lastDay + "T165959Z");
        assertThat(event.get("SUMMARY")).isEqualTo("Toán – " + lesson.className());
        assertThat(event.get("LOCATION")).isEqualTo("P." + lesson.className());
        assertThat(event.get("DESCRIPTION"))
                .contains("Giáo viên: Nguyễn Thị Hà")
                .contains("TKB số " + first.number());
        assertThat(events)
                .filteredOn(e -> e.get("DESCRIPTION").contains("TKB số " + second.number()))
                .hasSize(6)
                .allSatisfy(e -> assertThat(e.get("RRULE")).isEqualTo("FREQ=WEEKLY;UNTIL=20450531T165959Z"));
        assertThat(ics).contains("BEGIN:VTIMEZONE\r\nTZID:Asia/Ho_Chi_Minh\r\n");

        String revoke = teacher.get("/timetable/feeds")
                .document()
                .selectFirst("table.feeds form")
                .attr("action");
        assertThat(teacher.post(revoke).status()).isEqualTo(302);
        assertThat(Browser.at(port).get(URI.create(address).getPath()).status()).isEqualTo(404);
    }

    @Test
    @DisplayName("Chỉ lưu SHA-256 của mã bí mật; thu hồi thì địa chỉ trả 404, mã lạ cũng vậy")
    void onlyTheHashIsKeptAndARevokedFeedAnswersNotFound() throws Exception {
        Created created = asHa(() -> feeds.create(OwnerKind.STAFF, centre.ha().staffId()));
        String token = created.path()
                .substring(created.path().lastIndexOf('/') + 1, created.path().length() - 4);

        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        List<Map<String, Object>> stored =
                tenancy.inCentre(fixture.centre(), () -> jdbc.sql("SELECT * FROM timetable.feed WHERE id = ?")
                        .param(created.feed().id())
                        .query()
                        .listOfRows());
        assertThat(stored).singleElement().satisfies(row -> {
            assertThat(row.values())
                    .noneMatch(value -> value != null && value.toString().contains(token));
            assertThat(row.get("token_hash"))
                    .isEqualTo(HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256")
                                    .digest(token.getBytes(StandardCharsets.UTF_8))));
        });
        assertThat(Browser.at(port).get(created.path()).status()).isEqualTo(200);

        asHa(() -> {
            feeds.revoke(created.feed().id());
            return null;
        });

        Page revoked = Browser.at(port).get(created.path());
        assertThat(revoked.status()).isEqualTo(404);
        assertThat(revoked.body()).isEmpty();
        String unknown = "/ical/" + fixture.centre() + "/" + "A".repeat(43) + ".ics";
        assertThat(Browser.at(port).get(unknown).status()).isEqualTo(404);
        assertThat(Browser.at(port).get("/ical/khong-phai-uuid/x.ics").status()).isEqualTo(404);
        assertThat(asHa(() -> feeds.feeds()))
                .noneMatch(f -> f.id().equals(created.feed().id()));
    }

    @Test
    @DisplayName("Học viên và phụ huynh tạo lịch của lớp con mình; không tạo được cho học viên khác")
    void learnersAndGuardiansMakeFeedsOfTheirOwnLearnerOnly() {
        UUID an = timetableFixture.enrolledLearner("Phạm Văn An", centre.a2(), centre.year());
        UUID account = timetableFixture.learnerAccount(an);
        UUID other = timetableFixture.enrolledLearner("Đỗ Thị Bình", centre.a1(), centre.year());

        Created created = fixture.as(Role.LEARNER, account, () -> feeds.create(OwnerKind.LEARNER, an));

        String ics = Browser.at(port).get(created.path()).body();
        List<Map<String, String>> events = events(ics);
        // Toán 3, Ngữ văn 3, Tin học 2 in 10A2, in each of the two versions.
        assertThat(events).hasSize(16).allSatisfy(e -> assertThat(e.get("SUMMARY"))
                .endsWith("– 10A2"));
        assertThat(ics).contains("X-WR-CALNAME:Thời khóa biểu – Phạm Văn An");
        assertThatThrownBy(() -> fixture.as(Role.LEARNER, account, () -> feeds.create(OwnerKind.LEARNER, other)))
                .isInstanceOfSatisfying(
                        Rejected.class, e -> assertThat(e.messageKey()).isEqualTo("timetable.feed.notYours"));
        assertThatThrownBy(
                        () -> fixture.as(Role.GUARDIAN, UUID.randomUUID(), () -> feeds.create(OwnerKind.LEARNER, an)))
                .isInstanceOfSatisfying(
                        Rejected.class, e -> assertThat(e.messageKey()).isEqualTo("timetable.feed.notYours"));
        assertThatThrownBy(() -> fixture.as(
                        Role.LEARNER,
                        account,
                        () -> feeds.create(OwnerKind.STAFF, centre.ha().staffId())))
                .isInstanceOf(Rejected.class);
        // A guardian of the learner makes one too.
        String phone = "09" + (10_000_000 + new java.util.Random().nextInt(89_999_999));
        fixture.as(
                Role.CLERK,
                null,
                () -> people.linkGuardian(
                        an,
                        new GuardianDetails(PersonName.parse("Phạm Văn Cường"), phone, null, null),
                        Relation.FATHER));
        UUID guardian = tenancy.inCentre(
                fixture.centre(), () -> jdbc.sql("SELECT account_id FROM people.guardian WHERE phone = ?")
                        .param(phone)
                        .query(UUID.class)
                        .single());
        assertThat(fixture.as(Role.GUARDIAN, guardian, () -> feeds.owners()))
                .extracting(CalendarFeeds.Owner::id)
                .containsExactly(an);
        Created byGuardian = fixture.as(Role.GUARDIAN, guardian, () -> feeds.create(OwnerKind.LEARNER, an));
        assertThat(events(Browser.at(port).get(byGuardian.path()).body())).hasSize(16);
        assertThat(fixture.as(Role.LEARNER, account, () -> feeds.feeds()))
                .extracting(CalendarFeeds.Feed::id)
                .contains(created.feed().id(), byGuardian.feed().id());
        // The office sees the feed and may revoke it; another learner may not.
        assertThat(fixture.as(Role.CLERK, null, () -> feeds.feeds()))
                .anyMatch(
                        f -> f.id().equals(created.feed().id()) && f.ownerName().equals("Phạm Văn An"));
        assertThatThrownBy(() -> fixture.as(Role.LEARNER, UUID.randomUUID(), () -> {
                    feeds.revoke(created.feed().id());
                    return null;
                }))
                .isInstanceOfSatisfying(
                        Rejected.class, e -> assertThat(e.status()).isEqualTo(404));
        fixture.as(Role.CLERK, null, () -> {
            feeds.revoke(created.feed().id());
            return null;
        });
        assertThat(Browser.at(port).get(created.path()).status()).isEqualTo(404);
    }

    @Test
    @DisplayName("Ngày nghỉ của năm học bị bỏ khỏi chuỗi lặp (EXDATE)")
    void holidaysAreLeftOutOfTheWeeklyEvents() {
        TimetableView v2 = fixture.asDirector(() -> timetables.timetable(second.id(), VI));
        LessonView lesson = v2.lessons().stream()
                .filter(l -> centre.ha().staffId().equals(l.staffId()))
                .findFirst()
                .orElseThrow();
        LocalDate holiday = second.effectiveFrom()
                .with(TemporalAdjusters.nextOrSame(lesson.start().day()))
                .plusWeeks(1);
        fixture.asDirector(() -> academics.markDays(
                centre.year().id(), List.of(new CalendarDay(holiday, CalendarDay.Kind.HOLIDAY, "Nghỉ bù", false))));
        try {
            Created created =
                    asHa(() -> feeds.create(OwnerKind.STAFF, centre.ha().staffId()));

            Map<String, String> event = events(
                            Browser.at(port).get(created.path()).body())
                    .stream()
                    .filter(e -> e.get("UID").startsWith(lesson.id().toString()))
                    .findFirst()
                    .orElseThrow();
            assertThat(event.get("EXDATE;TZID=Asia/Ho_Chi_Minh"))
                    .contains(holiday.toString().replace("-", "") + "T"
                            + period(v2.grid(), lesson).start().toString().replace(":", "") + "00");
        } finally {
            fixture.asDirector(() -> academics.unmarkDay(centre.year().id(), holiday));
        }
    }

    private <T> T asHa(java.util.function.Supplier<T> work) {
        return fixture.as(Role.TEACHER, centre.ha().accountId(), work);
    }

    private static WeekGrid.Period period(WeekGrid grid, LessonView lesson) {
        return grid.sessions()
                .get(grid.sessionIndex(lesson.start().session()))
                .periods()
                .get(lesson.start().period() - 1);
    }

    /** Lines end with CRLF, none is longer than 75 octets, and the calendar opens and closes. */
    private static void assertIsWellFormed(String ics) {
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
    }

    /** The events' properties (name with parameters → value), lines unfolded and TEXT values unescaped. */
    private static List<Map<String, String>> events(String ics) {
        String unfolded = ics.replace("\r\n ", "");
        List<Map<String, String>> events = new ArrayList<>();
        Map<String, String> event = null;
        for (String line : unfolded.split("\r\n")) {
            if (line.equals("BEGIN:VEVENT")) {
                event = new LinkedHashMap<>();
            } else if (line.equals("END:VEVENT")) {
                events.add(event);
                event = null;
            } else if (event != null) {
                int colon = line.indexOf(':');
                event.put(
                        line.substring(0, colon),
                        line.substring(colon + 1)
                                .replace("\\n", "\n")
                                .replace("\\,", ",")
                                .replace("\\;", ";")
                                .replace("\\\\", "\\"));
            }
        }
        return events;
    }
}
