package vn.edu.ecenter.gradebook.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.edu.ecenter.gradebook.attendance.AttendanceStatus.EXCUSED;
import static vn.edu.ecenter.gradebook.attendance.AttendanceStatus.LATE;
import static vn.edu.ecenter.gradebook.attendance.AttendanceStatus.PRESENT;
import static vn.edu.ecenter.gradebook.attendance.AttendanceStatus.UNEXCUSED;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import vn.edu.ecenter.academics.Academics;
import vn.edu.ecenter.academics.ClassSession;
import vn.edu.ecenter.identity.Role;
import vn.edu.ecenter.support.EcenterTest;

@EcenterTest
@DisplayName("Điểm danh: ghi, sửa, đếm ngày nghỉ, lỗi đầu vào và quyền")
class AttendanceServiceTests {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    @Autowired
    Attendance attendance;

    @Autowired
    Academics academics;

    @Autowired
    AttendanceFixture fixture;

    @Autowired
    AbsencesHeard heard;

    @Autowired
    MessageSource messages;

    AttendanceFixture.SchoolClass schoolClass;
    UUID an;
    UUID binh;
    UUID chi;

    @BeforeEach
    void aClassOfThree() {
        schoolClass = fixture.schoolClass("Nguyễn Văn An", "Trần Thị Bình", "Lê Minh Chi");
        an = schoolClass.learner("Nguyễn Văn An");
        binh = schoolClass.learner("Trần Thị Bình");
        chi = schoolClass.learner("Lê Minh Chi");
    }

    private DaySheet recordAsHomeroom(LocalDate day, AttendanceEntry... entries) {
        return fixture.as(
                schoolClass.homeroom(), () -> attendance.record(schoolClass.id(), day, null, List.of(entries)));
    }

    private static AttendanceEntry entry(UUID learner, AttendanceStatus status) {
        return new AttendanceEntry(learner, status);
    }

    private AttendanceRejected rejected(Runnable work) {
        try {
            work.run();
        } catch (AttendanceRejected e) {
            return e;
        }
        throw new AssertionError("The day was saved, but it should have been rejected");
    }

    /** The text the user reads, in Vietnamese. */
    private String text(AttendanceRejected.Problem problem) {
        return messages.getMessage(problem.messageKey(), problem.arguments().toArray(), VIETNAMESE);
    }

    private String text(AttendanceRejected rejected) {
        return messages.getMessage(rejected.messageKey(), rejected.arguments(), VIETNAMESE);
    }

    @Test
    @DisplayName("GVCN điểm danh một ngày; trang ngày theo thứ tự danh sách lớp với số ngày nghỉ cả năm")
    void homeroomTeacherRecordsADay() {
        LocalDate day = fixture.lastSchoolDay();

        DaySheet sheet = recordAsHomeroom(day, entry(an, EXCUSED), entry(binh, UNEXCUSED), entry(chi, LATE));

        assertThat(sheet.session()).isEqualTo(ClassSession.MORNING);
        assertThat(sheet.rows())
                .extracting(row -> row.name().fullName(), DaySheet.Row::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Nguyễn Văn An", EXCUSED),
                        org.assertj.core.groups.Tuple.tuple("Trần Thị Bình", UNEXCUSED),
                        org.assertj.core.groups.Tuple.tuple("Lê Minh Chi", LATE));
        assertThat(sheet.rows()).extracting(row -> row.year().totalText()).containsExactly("1", "1", "0");
        assertThat(sheet.rows().get(2).year().lates()).isEqualTo(1);
        assertThat(sheet.lastChangedBy()).isEqualTo("test.teacher");
        assertThat(sheet.mayRecord()).isTrue();
        assertThat(fixture.rows(schoolClass.id())).isEqualTo(3);
    }

    @Test
    @DisplayName("Ngày nghỉ cộng dồn qua các ngày: có phép và không phép đều tính, đi muộn không tính")
    void daysAbsentAddUpOverTheYear() {
        List<LocalDate> days = fixture.pastSchoolDays(3);
        recordAsHomeroom(days.get(0), entry(an, EXCUSED), entry(binh, LATE));
        recordAsHomeroom(days.get(1), entry(an, UNEXCUSED), entry(binh, LATE));
        recordAsHomeroom(days.get(2), entry(an, PRESENT), entry(binh, EXCUSED));

        Map<UUID, AbsenceCount> counts =
                fixture.as(schoolClass.homeroom(), () -> attendance.classAbsences(schoolClass.id()));

        assertThat(counts.get(an).excusedText()).isEqualTo("1");
        assertThat(counts.get(an).unexcusedText()).isEqualTo("1");
        assertThat(counts.get(an).total()).isEqualByComparingTo("2");
        assertThat(counts.get(binh).total()).isEqualByComparingTo("1");
        assertThat(counts.get(binh).lates()).isEqualTo(2);
        assertThat(counts.get(chi).total()).isEqualByComparingTo("0");
        AbsenceCount forPromotion = fixture.as(
                Role.DIRECTOR,
                () -> attendance.absenceDays(an, schoolClass.year().id()));
        assertThat(forPromotion.daysForPromotion()).isEqualTo(2);
        assertThat(forPromotion.limit()).isEqualTo(45);
    }

    @Test
    @DisplayName("Sửa điểm danh: trạng thái cũ và mới, người sửa được lưu vào lịch sử; lưu lại y nguyên không ghi gì")
    void correctionsAreLogged() {
        LocalDate day = fixture.lastSchoolDay();
        recordAsHomeroom(day, entry(an, PRESENT), entry(binh, PRESENT));

        recordAsHomeroom(day, entry(an, UNEXCUSED), entry(binh, PRESENT));
        DaySheet sheet = recordAsHomeroom(day, entry(an, UNEXCUSED), entry(binh, PRESENT));

        List<Correction> corrections =
                fixture.as(schoolClass.homeroom(), () -> attendance.corrections(schoolClass.id(), day));
        assertThat(corrections).singleElement().satisfies(correction -> {
            assertThat(correction.learnerId()).isEqualTo(an);
            assertThat(correction.oldStatus()).isEqualTo(PRESENT);
            assertThat(correction.newStatus()).isEqualTo(UNEXCUSED);
            assertThat(correction.changedBy()).isEqualTo("test.teacher");
        });
        assertThat(sheet.rows())
                .filteredOn(row -> row.learnerId().equals(an))
                .singleElement()
                .satisfies(row -> assertThat(row.corrected()).isTrue());
        assertThat(fixture.rows(schoolClass.id())).isEqualTo(2);
    }

    @Test
    @DisplayName(
            "Hai người cùng điểm danh một ngày: trạng thái đã bị người kia sửa sau khi mở trang thì không bị ghi đè"
                    + " (xung đột, nêu trạng thái hiện tại); chọn trùng với trạng thái hiện tại thì không xung đột")
    void aStatusChangedMeanwhileIsNotOverwritten() {
        LocalDate day = fixture.lastSchoolDay();
        // Both open the empty day; the homeroom teacher saves first.
        recordAsHomeroom(
                day,
                new AttendanceEntry(an, UNEXCUSED, AttendanceEntry.NONE),
                new AttendanceEntry(binh, PRESENT, AttendanceEntry.NONE));

        AttendanceRejected conflict = rejected(() -> fixture.as(
                schoolClass.subjectTeacher(),
                () -> attendance.record(
                        schoolClass.id(),
                        day,
                        null,
                        List.of(
                                new AttendanceEntry(an, PRESENT, AttendanceEntry.NONE),
                                new AttendanceEntry(binh, PRESENT, "NONE"),
                                new AttendanceEntry(chi, LATE, "")))));

        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.learnerId()).isEqualTo(an);
            assertThat(text(problem)).contains("Nguyễn Văn An", "Vắng không phép", "test.teacher");
        });
        assertThat(fixture.rows(schoolClass.id()))
                .as("nothing of the refused day written")
                .isEqualTo(2);

        // Having seen the current status, the subject teacher's correction goes through.
        fixture.as(
                schoolClass.subjectTeacher(),
                () -> attendance.record(
                        schoolClass.id(), day, null, List.of(new AttendanceEntry(an, PRESENT, "UNEXCUSED"))));
        assertThat(recordAsHomeroom(day, entry(chi, LATE)).rows())
                .filteredOn(row -> row.learnerId().equals(an))
                .singleElement()
                .satisfies(row -> assertThat(row.status()).isEqualTo(PRESENT));
        assertThat(rejected(() -> recordAsHomeroom(day, new AttendanceEntry(chi, LATE, "ABSENT")))
                        .problems())
                .singleElement()
                .satisfies(problem -> assertThat(text(problem)).contains("NONE"));
    }

    @Test
    @DisplayName("Báo vắng cho phụ huynh: mỗi lần vắng một sự kiện, không lặp khi lưu lại hay đổi có phép ↔ không phép")
    void publishesLearnerMarkedAbsentOncePerAbsence() {
        List<LocalDate> days = fixture.pastSchoolDays(2);
        recordAsHomeroom(days.get(0), entry(an, EXCUSED), entry(binh, PRESENT), entry(chi, LATE));
        recordAsHomeroom(days.get(0), entry(an, UNEXCUSED), entry(binh, PRESENT), entry(chi, LATE));
        recordAsHomeroom(days.get(0), entry(an, UNEXCUSED), entry(binh, UNEXCUSED), entry(chi, LATE));
        recordAsHomeroom(days.get(1), entry(an, PRESENT), entry(binh, PRESENT), entry(chi, EXCUSED));

        assertThat(heard.of(schoolClass.id()))
                .containsExactly(
                        new LearnerMarkedAbsent(an, schoolClass.id(), days.get(0), ClassSession.MORNING, EXCUSED),
                        new LearnerMarkedAbsent(binh, schoolClass.id(), days.get(0), ClassSession.MORNING, UNEXCUSED),
                        new LearnerMarkedAbsent(chi, schoolClass.id(), days.get(1), ClassSession.MORNING, EXCUSED));
    }

    @Test
    @DisplayName("Một mục sai thì cả ngày không được lưu; mỗi mục sai có thông báo riêng bằng tiếng Việt")
    void oneBadItemRejectsTheWholeDay() {
        LocalDate day = fixture.lastSchoolDay();
        UUID stranger = fixture.academics().learner("Phạm Văn Lạ");

        AttendanceRejected e = rejected(() -> recordAsHomeroom(
                day,
                entry(an, EXCUSED),
                entry(stranger, PRESENT),
                entry(binh, null),
                entry(an, PRESENT),
                entry(UUID.randomUUID(), PRESENT),
                new AttendanceEntry(null, LATE)));

        assertThat(e.problems()).extracting(AttendanceRejected.Problem::item).containsExactly(2, 3, 4, 5, 6);
        assertThat(text(e)).contains("5 mục có lỗi").contains("Không mục nào được lưu");
        assertThat(text(e.problems().get(0)))
                .contains("Mục 2")
                .contains("Phạm Văn Lạ")
                .contains("không học lớp " + schoolClass.view().name());
        assertThat(text(e.problems().get(1))).contains("Mục 3").contains("thiếu trạng thái");
        assertThat(text(e.problems().get(2))).contains("Mục 4").contains("đã có ở mục 1");
        assertThat(text(e.problems().get(3))).contains("Mục 5").contains("không có học viên mã");
        assertThat(text(e.problems().get(4))).contains("Mục 6").contains("thiếu mã học viên");
        assertThat(fixture.rows(schoolClass.id())).isZero();
        assertThat(heard.of(schoolClass.id())).isEmpty();
    }

    @Test
    @DisplayName("Ngày ngoài năm học, Chủ nhật, ngày lễ, ngày chưa tới: từ chối với lý do rõ ràng")
    void refusesDatesThatAreNotSchoolDays() {
        LocalDate firstDay = schoolClass.year().startsOn();
        LocalDate sunday = firstDay.with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.SUNDAY));
        LocalDate tomorrow = fixture.nextSchoolDay();
        LocalDate newYearsDay = LocalDate.of(2027, 1, 1);

        assertThat(text(rejected(() -> recordAsHomeroom(firstDay.minusDays(1), entry(an, PRESENT)))))
                .contains("nằm ngoài năm học " + schoolClass.year().name());
        assertThat(text(rejected(() -> recordAsHomeroom(sunday, entry(an, PRESENT)))))
                .contains("không phải ngày học");
        assertThat(text(rejected(() -> recordAsHomeroom(tomorrow, entry(an, PRESENT)))))
                .contains("Không điểm danh trước");
        assertThat(text(rejected(() -> recordAsHomeroom(newYearsDay, entry(an, PRESENT)))))
                .as("a holiday of the demo calendar")
                .isEqualTo("Ngày 01/01/2027 là ngày nghỉ (Tết Dương lịch) theo lịch năm học, nên không điểm danh.");
        assertThat(text(rejected(() -> recordAsHomeroom(fixture.lastSchoolDay()))))
                .contains("Chưa có học viên nào");
        assertThat(fixture.rows(schoolClass.id())).isZero();
    }

    @Test
    @DisplayName("Học viên đã chuyển lớp không còn được điểm danh ở lớp cũ từ ngày chuyển")
    void learnerTransferredAwayIsNotInTheOldClass() {
        List<LocalDate> days = fixture.pastSchoolDays(2);
        AttendanceFixture.SchoolClass other = fixture.schoolClass("Đỗ Thị Dung");
        fixture.academics()
                .asDirector(() -> academics.transfer(binh, other.id(), days.get(1), "Chuyển sang lớp buổi sáng khác"));

        recordAsHomeroom(days.get(0), entry(an, PRESENT), entry(binh, UNEXCUSED), entry(chi, PRESENT));
        AttendanceRejected e = rejected(() -> recordAsHomeroom(days.get(1), entry(binh, PRESENT)));

        assertThat(text(e.problems().getFirst())).contains("Trần Thị Bình").contains("không học lớp");
        DaySheet after =
                fixture.as(schoolClass.homeroom(), () -> attendance.daySheet(schoolClass.id(), days.get(1), null));
        assertThat(after.rows())
                .extracting(row -> row.name().fullName())
                .containsExactly("Nguyễn Văn An", "Lê Minh Chi");
        AbsenceCount inNewClass = fixture.as(other.homeroom(), () -> attendance.classAbsences(other.id()))
                .get(binh);
        assertThat(inNewClass.total())
                .as("the year's days absent follow the learner to the new class")
                .isEqualByComparingTo("1");
    }

    @Test
    @DisplayName("Ghi điểm danh: GVCN, giáo viên dạy lớp và giám đốc; giáo viên lớp khác, văn thư, học viên thì không")
    void whoMayRecord() {
        LocalDate day = fixture.lastSchoolDay();
        List<AttendanceEntry> entries = List.of(entry(an, PRESENT));

        fixture.as(schoolClass.subjectTeacher(), () -> attendance.record(schoolClass.id(), day, null, entries));
        fixture.as(Role.DIRECTOR, () -> attendance.record(schoolClass.id(), day, null, entries));

        assertThatThrownBy(() -> fixture.as(
                        schoolClass.outsider(), () -> attendance.record(schoolClass.id(), day, null, entries)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixture.as(Role.CLERK, () -> attendance.record(schoolClass.id(), day, null, entries)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(
                        () -> fixture.as(Role.LEARNER, () -> attendance.record(schoolClass.id(), day, null, entries)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(fixture.rows(schoolClass.id())).isEqualTo(1);
    }

    @Test
    @DisplayName("Xem điểm danh: văn thư xem được nhưng không sửa; giáo viên lớp khác và học viên không xem được")
    void whoMayRead() {
        LocalDate day = fixture.lastSchoolDay();
        recordAsHomeroom(day, entry(an, EXCUSED));

        DaySheet asClerk = fixture.as(Role.CLERK, () -> attendance.daySheet(schoolClass.id(), day, null));
        assertThat(asClerk.mayRecord()).isFalse();
        assertThat(asClerk.count(EXCUSED)).isEqualTo(1);
        assertThat(fixture.as(Role.CLERK, () -> attendance.monthSheet(schoolClass.id(), YearMonth.from(day)))
                        .rows())
                .hasSize(3);
        assertThatThrownBy(() ->
                        fixture.as(schoolClass.outsider(), () -> attendance.daySheet(schoolClass.id(), day, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixture.as(
                        schoolClass.outsider(), () -> attendance.monthSheet(schoolClass.id(), YearMonth.from(day))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixture.as(Role.LEARNER, () -> attendance.daySheet(schoolClass.id(), day, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixture.as(
                        schoolClass.outsider(),
                        () -> attendance.absenceDays(an, schoolClass.year().id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @DisplayName("Tháng: học viên × ngày học, các buổi đã ghi và số ngày nghỉ trong tháng")
    void monthSheetShowsEveryRecordedSession() {
        LocalDate day = fixture.lastSchoolDay();
        recordAsHomeroom(day, entry(an, UNEXCUSED), entry(binh, LATE));
        fixture.as(
                schoolClass.homeroom(),
                () -> attendance.record(schoolClass.id(), day, ClassSession.EVENING, List.of(entry(an, EXCUSED))));

        MonthSheet month =
                fixture.as(schoolClass.homeroom(), () -> attendance.monthSheet(schoolClass.id(), YearMonth.from(day)));

        int column = month.days().indexOf(day);
        assertThat(column).isNotNegative();
        assertThat(month.rows())
                .extracting(row -> row.name().fullName())
                .containsExactly("Nguyễn Văn An", "Trần Thị Bình", "Lê Minh Chi");
        MonthSheet.Row first = month.rows().getFirst();
        assertThat(first.days().get(column)).containsExactly(UNEXCUSED, EXCUSED);
        assertThat(first.month().total())
                .as("two sessions missed on one date are one day")
                .isEqualByComparingTo("1");
        assertThat(first.month().unexcused()).isEqualByComparingTo("1");
        assertThat(month.rows().get(1).month().lates()).isEqualTo(1);
        assertThat(month.rows().get(2).days().get(column)).isEmpty();
    }

    @Test
    @DisplayName("Học viên xem chuyên cần của chính mình: số ngày nghỉ và các buổi vắng, muộn")
    void learnerSeesOwnAttendance() {
        List<LocalDate> days = fixture.pastSchoolDays(2);
        recordAsHomeroom(days.get(0), entry(an, EXCUSED), entry(binh, UNEXCUSED));
        recordAsHomeroom(days.get(1), entry(an, LATE), entry(binh, PRESENT));
        String account = fixture.learnerAccount(an);

        List<LearnerAttendance> mine = fixture.asLearnerAccount(account, () -> attendance.myAttendance());

        assertThat(mine).singleElement().satisfies(own -> {
            assertThat(own.learnerId()).isEqualTo(an);
            assertThat(own.className()).isEqualTo(schoolClass.view().name());
            assertThat(own.year().totalText()).isEqualTo("1");
            assertThat(own.year().lates()).isEqualTo(1);
            assertThat(own.missed())
                    .extracting(LearnerAttendance.Missed::date, LearnerAttendance.Missed::status)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(days.get(1), LATE),
                            org.assertj.core.groups.Tuple.tuple(days.get(0), EXCUSED));
        });
    }
}
