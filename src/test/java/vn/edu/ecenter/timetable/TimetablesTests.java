package vn.edu.ecenter.timetable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.edu.ecenter.academics.Academics;
import vn.edu.ecenter.academics.AcademicsFixture;
import vn.edu.ecenter.academics.Assign;
import vn.edu.ecenter.academics.ClassSession;
import vn.edu.ecenter.academics.ClassView;
import vn.edu.ecenter.centres.SchoolYearView;
import vn.edu.ecenter.identity.Role;
import vn.edu.ecenter.platform.jobs.JobStatus;
import vn.edu.ecenter.platform.jobs.JobView;
import vn.edu.ecenter.platform.jobs.Jobs;
import vn.edu.ecenter.platform.web.Rejected;
import vn.edu.ecenter.support.EcenterTest;
import vn.edu.ecenter.timetable.TimetableView.Broken;

/**
 * A school year's timetable made the way a centre makes it: a draft solved in the background from the teaching
 * assignments, edited by hand with the rules checked at once, submitted, published by the director and read by the
 * teacher from its effective date.
 */
@EcenterTest
@DisplayName("Thời khóa biểu: xếp nền, sửa tay có kiểm tra, trình duyệt và công bố")
class TimetablesTests {

    static final Locale VI = Locale.of("vi");
    static final Duration PATIENCE = Duration.ofMinutes(2);

    @Autowired
    Timetables timetables;

    @Autowired
    Academics academics;

    @Autowired
    AcademicsFixture fixture;

    @Autowired
    TimetableFixture centres;

    @Autowired
    Jobs jobs;

    TimetableFixture.Centre centre;
    SchoolYearView year;
    AcademicsFixture.Teacher ha;

    /** Two morning classes; Hà teaches Toán in both (3 periods each), Lan Ngữ văn in both; Tin học 1.5 → 2 periods. */
    @BeforeEach
    void centre() {
        centre = centres.centre(2044);
        year = centre.year();
        ha = centre.ha();
    }

    @Test
    @DisplayName(
            "Xếp nền bản nháp: đủ mọi tiết, không vi phạm điều kiện bắt buộc, tiến độ và kết quả trên trang công việc")
    void aDraftSolvedInTheBackgroundHasEveryLessonAndBreaksNoHardRule() {
        VersionView draft = solvedDraft();

        assertThat(draft.complete()).isTrue();
        TimetableView timetable = fixture.asDirector(() -> timetables.timetable(draft.id(), VI));
        // Toán 3 + Ngữ văn 3 + Tin học 2 (1.5 rounded half up) in each of the two classes.
        assertThat(timetable.lessons()).hasSize(16);
        assertThat(timetable.lessons())
                .filteredOn(l -> "TIN".equals(l.subjectCode()) && l.className().equals("10A1"))
                .hasSize(2);
        assertThat(timetable.broken()).noneMatch(Broken::hard);
        assertThat(timetable.unplaced()).isEmpty();
        assertThat(timetable.lessons()).allMatch(l -> l.start().session() == ClassSession.MORNING);
        JobView job = fixture.asDirector(() -> jobs.view(draft.solveJobId()));
        assertThat(job.status()).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(job.summary()).isNotNull();
        assertThat(job.summary().key()).isEqualTo("timetable.solve.done");
    }

    @Test
    @DisplayName("Chuyển tiết tạo trùng giờ: nêu rõ vi phạm và chỉ chuyển khi người sửa xác nhận")
    void aMoveThatBreaksAHardRuleIsNamedAndAppliedOnlyWhenConfirmed() {
        VersionView draft = solvedDraft();
        TimetableView timetable = fixture.asDirector(() -> timetables.timetable(draft.id(), VI));
        LessonView inA1 = single(timetable, "10A1", "TOAN");
        LessonView inA2 = single(timetable, "10A2", "TOAN");
        // Hà teaches 10A2 at that slot: moving her 10A1 lesson there makes her teach two classes at once.
        EditOutcome refused = fixture.asDirector(
                () -> timetables.move(draft.id(), draft.revision(), inA1.id(), inA2.start(), false, VI));

        assertThat(refused.applied()).isFalse();
        assertThat(refused.newlyBroken()).extracting(Broken::label).contains("GV Nguyễn Thị Hà: dạy hai lớp cùng lúc");
        assertThat(fixture.asDirector(() -> timetables.timetable(draft.id(), VI))
                        .lessons())
                .filteredOn(l -> l.id().equals(inA1.id()))
                .singleElement()
                .extracting(LessonView::start)
                .isEqualTo(inA1.start());

        EditOutcome applied = fixture.asDirector(
                () -> timetables.move(draft.id(), draft.revision(), inA1.id(), inA2.start(), true, VI));

        assertThat(applied.applied()).isTrue();
        assertThat(applied.revision()).isEqualTo(draft.revision() + 1);
        VersionView after = fixture.asDirector(() -> timetables.version(draft.id()));
        assertThat(after.hardCost()).isPositive();
        assertThatThrownBy(() -> fixture.asDirector(() -> timetables.submit(draft.id())))
                .isInstanceOfSatisfying(
                        Rejected.class, e -> assertThat(e.messageKey()).isEqualTo("timetable.submit.incomplete"));
    }

    @Test
    @DisplayName("Sửa trên bản đã cũ (người khác vừa sửa) bị từ chối, không ghi đè")
    void anEditOnAStaleRevisionIsRefused() {
        VersionView draft = solvedDraft();
        TimetableView timetable = fixture.asDirector(() -> timetables.timetable(draft.id(), VI));
        LessonView lesson = single(timetable, "10A1", "TOAN");
        MoveOption free = fixture.asDirector(() -> timetables.moveOptions(draft.id(), lesson.id(), VI)).stream()
                .filter(o -> o.swapWith() == null)
                .findFirst()
                .orElseThrow();
        fixture.asDirector(() -> timetables.move(draft.id(), draft.revision(), lesson.id(), free.slot(), true, VI));

        assertThatThrownBy(() -> fixture.asDirector(
                        () -> timetables.move(draft.id(), draft.revision(), lesson.id(), lesson.start(), true, VI)))
                .isInstanceOfSatisfying(
                        Rejected.class, e -> assertThat(e.messageKey()).isEqualTo("timetable.edit.stale"));
    }

    @Test
    @DisplayName("Các ô có thể chuyển tới: ô trùng giờ giáo viên nêu vi phạm, ô có tiết khác của lớp thành đổi chỗ")
    void moveOptionsShowWhatEachSlotWouldBreak() {
        VersionView draft = solvedDraft();
        TimetableView timetable = fixture.asDirector(() -> timetables.timetable(draft.id(), VI));
        LessonView lesson = single(timetable, "10A1", "TOAN");
        LessonView otherClass = single(timetable, "10A2", "TOAN");

        List<MoveOption> options = fixture.asDirector(() -> timetables.moveOptions(draft.id(), lesson.id(), VI));

        assertThat(options).noneMatch(o -> o.slot().equals(lesson.start()));
        assertThat(options)
                .filteredOn(o -> o.slot().equals(otherClass.start()))
                .singleElement()
                .satisfies(o -> assertThat(o.newlyBroken())
                        .extracting(Broken::label)
                        .contains("GV Nguyễn Thị Hà: dạy hai lớp cùng lúc"));
        assertThat(options).filteredOn(o -> o.swapWith() != null).allSatisfy(o -> assertThat(timetable.lessons())
                .anyMatch(l -> l.id().equals(o.swapWith())
                        && l.className().equals("10A1")
                        && l.start().equals(o.slot())));
    }

    @Test
    @DisplayName("Trình duyệt, giám đốc công bố; giáo viên xem TKB của mình từ ngày áp dụng")
    void publishedByTheDirectorAndReadByTheTeacherFromItsEffectiveDate() {
        VersionView draft = solvedDraft();
        fixture.as(Role.CLERK, null, () -> timetables.submit(draft.id()));

        assertThatThrownBy(() -> fixture.as(Role.CLERK, null, () -> timetables.publish(draft.id())))
                .isInstanceOf(AccessDeniedException.class);
        VersionView published = fixture.asDirector(() -> timetables.publish(draft.id()));

        assertThat(published.status()).isEqualTo(VersionStatus.PUBLISHED);
        LocalDate from = published.effectiveFrom();
        assertThat(fixture.asDirector(() -> timetables.inForce(year.id(), from.minusDays(1))))
                .isEmpty();
        assertThat(fixture.asDirector(() -> timetables.inForce(year.id(), from)))
                .get()
                .extracting(VersionView::id)
                .isEqualTo(draft.id());
        assertThatThrownBy(() -> fixture.asDirector(
                        () -> timetables.move(published.id(), published.revision(), UUID.randomUUID(), null, true, VI)))
                .isInstanceOfSatisfying(
                        Rejected.class, e -> assertThat(e.messageKey()).isEqualTo("timetable.version.notDraft"));
    }

    @Test
    @DisplayName("Giám đốc xếp và công bố ngay: bản đủ tiết, không vi phạm bắt buộc được công bố; văn thư không được")
    void theDirectorSolvesAndPublishesInOneStep() {
        VersionView draft = fixture.asDirector(() -> timetables.createDraft(year.id(), year.startsOn(), null));

        assertThatThrownBy(() -> fixture.as(Role.CLERK, null, () -> timetables.solve(draft.id(), 2, 3, true)))
                .isInstanceOf(AccessDeniedException.class);
        UUID job = fixture.asDirector(() -> timetables.solve(draft.id(), 2, 3, true));
        await().atMost(PATIENCE)
                .until(() -> fixture.asDirector(() -> jobs.view(job)).finished());

        VersionView published = fixture.asDirector(() -> timetables.version(draft.id()));
        assertThat(published.status()).isEqualTo(VersionStatus.PUBLISHED);
        assertThat(published.complete()).isTrue();
        assertThat(published.publishedBy()).isEqualTo("test.director");
    }

    @Test
    @DisplayName("Giáo viên có nhiều tiết hơn số ô trong buổi: từ chối xếp, nêu tên giáo viên và các con số")
    void anImpossibleDemandIsRefusedNamingTheTeacher() {
        for (int i = 3; i <= 9; i++) {
            ClassView extra = openClass("10A" + i);
            fixture.asDirector(
                    () -> academics.assign(new Assign(extra.id(), subject("TOAN"), ha.staffId(), new BigDecimal("4"))));
        }
        VersionView draft = fixture.asDirector(() -> timetables.createDraft(year.id(), year.startsOn(), null));

        assertThatThrownBy(() -> fixture.asDirector(() -> timetables.solve(draft.id(), 2, 1)))
                .isInstanceOfSatisfying(Rejected.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("timetable.solve.impossible");
                    assertThat(e.arguments()[0].toString())
                            .contains("GV Nguyễn Thị Hà dạy 34 tiết/tuần buổi sáng nhưng chỉ còn 30 tiết");
                });
    }

    @Test
    @DisplayName("Tiết đã ghim giữ nguyên chỗ khi xếp lại")
    void aPinnedLessonStaysWhenSolvedAgain() {
        VersionView draft = solvedDraft();
        TimetableView timetable = fixture.asDirector(() -> timetables.timetable(draft.id(), VI));
        LessonView lesson = single(timetable, "10A2", "VAN");
        fixture.asDirector(() -> timetables.pin(draft.id(), draft.revision(), lesson.id(), true));

        VersionView again = solve(draft.id(), 7);

        assertThat(fixture.asDirector(() -> timetables.timetable(again.id(), VI))
                        .lessons())
                .filteredOn(l -> l.pinned())
                .singleElement()
                .satisfies(l -> {
                    assertThat(l.start()).isEqualTo(lesson.start());
                    assertThat(l.title()).isEqualTo("Ngữ văn");
                });
    }

    private VersionView solvedDraft() {
        return centres.solvedDraft(centre, year.startsOn(), null);
    }

    private VersionView solve(UUID versionId, long seed) {
        return centres.solve(versionId, seed);
    }

    /** A single-period lesson of the subject in the class. */
    private static LessonView single(TimetableView timetable, String className, String subjectCode) {
        return timetable.lessons().stream()
                .filter(l ->
                        l.className().equals(className) && subjectCode.equals(l.subjectCode()) && l.duration() == 1)
                .findFirst()
                .orElseThrow();
    }

    private ClassView openClass(String name) {
        return centres.openClass(year, name);
    }

    private UUID subject(String code) {
        return centres.subject(code);
    }
}
