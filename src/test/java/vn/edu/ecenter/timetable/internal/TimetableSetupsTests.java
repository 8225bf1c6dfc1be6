package vn.edu.ecenter.timetable.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.edu.ecenter.academics.Academics;
import vn.edu.ecenter.academics.AcademicsFixture;
import vn.edu.ecenter.academics.Assign;
import vn.edu.ecenter.academics.ClassSession;
import vn.edu.ecenter.academics.ClassView;
import vn.edu.ecenter.academics.CreateClass;
import vn.edu.ecenter.centres.SchoolYearView;
import vn.edu.ecenter.identity.Role;
import vn.edu.ecenter.platform.web.Rejected;
import vn.edu.ecenter.support.EcenterTest;
import vn.edu.ecenter.timetable.TeacherSlotKind;
import vn.edu.ecenter.timetable.TimetableSetups;
import vn.edu.ecenter.timetable.TimetableSetups.DataCheck;
import vn.edu.ecenter.timetable.TimetableSetups.FixedActivity;
import vn.edu.ecenter.timetable.TimetableSetups.GridInput;
import vn.edu.ecenter.timetable.TimetableSetups.NewFixedActivity;
import vn.edu.ecenter.timetable.TimetableSetups.NewMeeting;
import vn.edu.ecenter.timetable.TimetableSetups.PeriodInput;
import vn.edu.ecenter.timetable.TimetableSetups.RuleInput;
import vn.edu.ecenter.timetable.TimetableSetups.SessionInput;
import vn.edu.ecenter.timetable.TimetableSetups.TeacherSlots;
import vn.edu.ecenter.timetable.centre.CentreData;
import vn.edu.ecenter.timetable.centre.CentreProblem;
import vn.edu.ecenter.timetable.centre.Rule;
import vn.edu.ecenter.timetable.centre.Rules;
import vn.edu.ecenter.timetable.centre.Slot;
import vn.edu.ecenter.timetable.centre.WeekGrid;
import vn.edu.ecenter.timetable.centre.Wording;

/**
 * The set-up of a school year's timetables as the director's office enters it — week grid, rules, rooms, fixed
 * activities, subject-group meetings, teachers' unavailable slots, course options — and what the solver then receives
 * from it; bad input refused with a Vietnamese message naming what is wrong; the up-front check of the data.
 */
@EcenterTest
@DisplayName("Cài đặt xếp thời khóa biểu: lưới thời gian, điều kiện, phòng, hoạt động cố định, giờ bận, môn học")
class TimetableSetupsTests {

    static final Locale VI = Locale.of("vi");

    @Autowired
    TimetableSetups setups;

    @Autowired
    Academics academics;

    @Autowired
    AcademicsFixture fixture;

    @Autowired
    CentreDataAssembler assembler;

    @Autowired
    SetupStore store;

    @Autowired
    MessageSource messages;

    @Autowired
    PlatformTransactionManager transactions;

    SchoolYearView year;
    ClassView a1;
    ClassView a2;
    UUID ha;
    UUID lan;
    UUID minh;

    /**
     * Two morning classes: 10A1 (homeroom Lan), 10A2 (homeroom Minh). Hà teaches Toán in both (3 periods each), Lan
     * Ngữ văn in both, Minh Tin học (1.5 → 2 periods).
     */
    @BeforeEach
    void centre() {
        fixture.asDirector(() -> academics.installStandardProgramme());
        year = fixture.schoolYear(2045);
        ha = fixture.teacher("Nguyễn Thị Hà", null, 17);
        lan = fixture.teacher("Trần Văn Lan", null, 17);
        minh = fixture.teacher("Lê Minh", null, 17);
        a1 = openClass("10A1", lan);
        a2 = openClass("10A2", minh);
        fixture.asDirector(() -> academics.assignAll(List.of(
                new Assign(a1.id(), subject("TOAN"), ha, new BigDecimal("3")),
                new Assign(a2.id(), subject("TOAN"), ha, new BigDecimal("3")),
                new Assign(a1.id(), subject("VAN"), lan, new BigDecimal("3")),
                new Assign(a2.id(), subject("VAN"), lan, new BigDecimal("3")),
                new Assign(a1.id(), subject("TIN"), minh, new BigDecimal("1.5")),
                new Assign(a2.id(), subject("TIN"), minh, new BigDecimal("1.5")))));
    }

    @Test
    @DisplayName("Lưới thời gian và điều kiện xếp được lưu và đọc lại; khôi phục điều kiện mặc định")
    void theGridAndTheRulesAreSavedAndReadBack() {
        GridInput typed = new GridInput(
                List.of(DayOfWeek.TUESDAY, DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY),
                List.of(
                        session(ClassSession.EVENING, Set.of(), "18:00", "18:45", "18:50", "19:35"),
                        session(
                                ClassSession.MORNING,
                                Set.of(2),
                                "07:30",
                                "08:15",
                                "08:20",
                                "09:05",
                                "09:20",
                                "10:05")));

        WeekGrid saved = fixture.asDirector(() -> setups.saveGrid(year.id(), typed));

        WeekGrid read = fixture.asDirector(() -> setups.grid(year.id()));
        assertThat(read).isEqualTo(saved);
        assertThat(read.days()).first().isEqualTo(DayOfWeek.MONDAY);
        assertThat(read.sessions())
                .extracting(WeekGrid.Session::kind)
                .containsExactly(ClassSession.MORNING, ClassSession.EVENING);
        assertThat(read.sessions().getFirst().periods()).hasSize(3);
        assertThat(read.sessions().getFirst().breakAfter()).containsExactly(2);
        assertThat(read.sessions().getFirst().periods().get(2).start()).isEqualTo(LocalTime.of(9, 20));

        Rules rules = fixture.asDirector(() -> setups.saveRules(
                year.id(),
                Map.of(
                        Rule.TEACHER_MAX_PER_DAY, new RuleInput(true, true, 20, 4),
                        Rule.SUBJECT_SPREAD, new RuleInput(false, false, 5, 0))));

        assertThat(fixture.asDirector(() -> setups.rules(year.id()))).isEqualTo(rules);
        assertThat(rules.get(Rule.TEACHER_MAX_PER_DAY)).isEqualTo(new Rules.Setting(true, true, 20, 4));
        assertThat(rules.get(Rule.SUBJECT_SPREAD).enabled()).isFalse();
        assertThat(rules.get(Rule.CLASS_CLASH)).isEqualTo(Rules.defaults().get(Rule.CLASS_CLASH));
        assertThat(fixture.asDirector(() -> setups.grid(year.id())))
                .as("saving the rules keeps the grid")
                .isEqualTo(saved);

        fixture.asDirector(() -> setups.restoreDefaultRules(year.id()));

        assertThat(fixture.asDirector(() -> setups.rules(year.id()))).isEqualTo(Rules.defaults());
    }

    @Test
    @DisplayName("Tiết bắt đầu trước khi tiết trước kết thúc: từ chối, nêu buổi và tiết, lưới không đổi")
    void aGridWithOverlappingPeriodsIsRefusedNamingTheSessionAndPeriod() {
        GridInput overlapping = new GridInput(
                List.of(DayOfWeek.MONDAY),
                List.of(session(
                        ClassSession.AFTERNOON, Set.of(), "13:00", "13:45", "13:50", "14:35", "14:30", "15:15")));

        assertThatThrownBy(() -> fixture.asDirector(() -> setups.saveGrid(year.id(), overlapping)))
                .isInstanceOfSatisfying(Rejected.class, e -> assertThat(vietnamese(e))
                        .isEqualTo("Buổi chiều, tiết 3: bắt đầu lúc 14:30, trước khi tiết trước kết thúc (14:35)."));
        assertThat(fixture.asDirector(() -> setups.grid(year.id()))).isEqualTo(WeekGrid.standard(true));

        GridInput blank = new GridInput(
                List.of(DayOfWeek.MONDAY),
                List.of(new SessionInput(
                        ClassSession.MORNING,
                        List.of(period("07:00", "07:45"), new PeriodInput(LocalTime.of(7, 50), null)),
                        Set.of())));
        assertThatThrownBy(() -> fixture.asDirector(() -> setups.saveGrid(year.id(), blank)))
                .isInstanceOfSatisfying(Rejected.class, e -> assertThat(vietnamese(e))
                        .isEqualTo("Buổi sáng, tiết 2: hãy nhập cả giờ bắt đầu và giờ kết thúc (dạng 07:00)."));
        assertThatThrownBy(
                        () -> fixture.asDirector(() -> setups.saveGrid(year.id(), new GridInput(List.of(), List.of()))))
                .isInstanceOfSatisfying(
                        Rejected.class, e -> assertThat(e.messageKey()).isEqualTo("timetable.setup.grid.noDay"));
    }

    @Test
    @DisplayName("Trọng số ngoài 1–1000 hoặc giới hạn ngoài khoảng: từ chối, nêu tên điều kiện")
    void aWeightOrLimitOutOfRangeIsRefusedNamingTheRule() {
        assertThatThrownBy(() -> fixture.asDirector(() -> setups.saveRules(
                        year.id(), Map.of(Rule.TEACHER_MAX_IDLE, new RuleInput(true, false, 1001, 1)))))
                .isInstanceOfSatisfying(Rejected.class, e -> assertThat(vietnamese(e))
                        .isEqualTo("Điều kiện \"Số tiết trống tối đa một ngày của giáo viên\": trọng số phải từ 1 đến"
                                + " 1.000."));
        assertThatThrownBy(() -> fixture.asDirector(() ->
                        setups.saveRules(year.id(), Map.of(Rule.CLASS_MAX_PER_DAY, new RuleInput(true, true, 1, 0)))))
                .isInstanceOfSatisfying(Rejected.class, e -> assertThat(vietnamese(e))
                        .isEqualTo("Điều kiện \"Số tiết tối đa một ngày của lớp\": giới hạn phải từ 1 đến 20."));
        assertThat(fixture.asDirector(() -> setups.rules(year.id()))).isEqualTo(Rules.defaults());
    }

    @Test
    @DisplayName("Giờ bận và giờ dạy ở đơn vị khác của giáo viên đến được dữ liệu của trình xếp")
    void aTeachersBusyAndElsewhereSlotsReachTheSolversData() {
        Slot mondayFirst = new Slot(DayOfWeek.MONDAY, ClassSession.MORNING, 1);
        Slot tuesdaySecond = new Slot(DayOfWeek.TUESDAY, ClassSession.MORNING, 2);

        fixture.asDirector(() -> setups.saveTeacherSlots(
                year.id(), ha, Map.of(mondayFirst, TeacherSlotKind.BUSY, tuesdaySecond, TeacherSlotKind.ELSEWHERE)));

        CentreData.Teacher teacher = teacher(assembled(), ha);
        assertThat(teacher.unavailable()).containsExactly(mondayFirst);
        assertThat(teacher.elsewhere()).containsExactly(tuesdaySecond);
        assertThat(fixture.asDirector(() -> setups.teachers(year.id())))
                .filteredOn(t -> t.staffId().equals(ha))
                .singleElement()
                .extracting(TeacherSlots::busy, TeacherSlots::elsewhere)
                .containsExactly(1, 1);

        fixture.asDirector(
                () -> setups.saveTeacherSlots(year.id(), ha, Map.of(mondayFirst, TeacherSlotKind.ELSEWHERE)));

        assertThat(fixture.asDirector(() -> setups.teacherSlots(year.id(), ha)))
                .as("saving replaces the teacher's slots")
                .containsExactly(Map.entry(mondayFirst, TeacherSlotKind.ELSEWHERE));
        Slot sunday = new Slot(DayOfWeek.SUNDAY, ClassSession.MORNING, 1);
        assertThatThrownBy(() -> fixture.asDirector(
                        () -> setups.saveTeacherSlots(year.id(), ha, Map.of(sunday, TeacherSlotKind.BUSY))))
                .isInstanceOfSatisfying(Rejected.class, e -> assertThat(vietnamese(e))
                        .isEqualTo("GV Nguyễn Thị Hà: Chủ nhật, sáng, tiết 1 không có trong lưới thời gian."));
    }

    @Test
    @DisplayName("Giáo viên dạy ở đơn vị khác quá nhiều buổi: phần kiểm tra dữ liệu nêu tên và các con số")
    void aTeacherElsewhereTooOftenIsNamedByTheCheck() {
        assertThat(fixture.asDirector(() -> setups.check(year.id(), VI)))
                .satisfies(check -> assertThat(check.possible()).isTrue())
                .extracting(DataCheck::courses)
                .isEqualTo(6);

        // Hà teaches 6 morning periods; at another school in all but 4 of the 30 morning slots of the week.
        Map<Slot, TeacherSlotKind> elsewhere = new LinkedHashMap<>();
        WeekGrid grid = WeekGrid.standard(true);
        for (DayOfWeek day : grid.days()) {
            for (int period = 1; period <= 5; period++) {
                elsewhere.put(new Slot(day, ClassSession.MORNING, period), TeacherSlotKind.ELSEWHERE);
            }
        }
        new ArrayList<>(elsewhere.keySet()).subList(0, 4).forEach(elsewhere::remove);
        fixture.asDirector(() -> setups.saveTeacherSlots(year.id(), ha, elsewhere));

        DataCheck check = fixture.asDirector(() -> setups.check(year.id(), VI));

        assertThat(check.possible()).isFalse();
        assertThat(check.reasons())
                .containsExactly(
                        "GV Nguyễn Thị Hà dạy 6 tiết/tuần buổi sáng nhưng chỉ còn 4 tiết có thể dạy trong buổi này.");
    }

    @Test
    @DisplayName("Tiết đôi: quá nửa số tiết bị từ chối; hợp lệ thì trình xếp nhận bài học hai tiết")
    void doublePeriodsBeyondHalfAreRefusedAndOthersBecomeDoubleLessons() {
        assertThatThrownBy(() -> fixture.asDirector(
                        () -> setups.saveCourseOption(year.id(), a1.id(), subject("TOAN"), null, 2, null)))
                .isInstanceOfSatisfying(Rejected.class, e -> assertThat(vietnamese(e))
                        .isEqualTo("Môn Toán lớp 10A1: 2 tiết đôi cần 4 tiết nhưng môn chỉ có 3 tiết/tuần."));

        fixture.asDirector(() -> setups.saveCourseOption(year.id(), a1.id(), subject("TOAN"), null, 1, null));
        fixture.asDirector(() -> setups.saveCourseOption(year.id(), a2.id(), subject("TIN"), 1, 0, null));

        CentreProblem problem = CentreProblem.of(assembled(), Wording.vietnamese());
        String toan = CentreDataAssembler.courseId(a1.id(), subject("TOAN"));
        assertThat(Arrays.stream(problem.lessonsOf(toan))
                        .map(l -> problem.problem().lessons().get(l).duration()))
                .containsExactly(2, 1);
        assertThat(problem.data().courses())
                .filteredOn(c -> c.id().equals(CentreDataAssembler.courseId(a2.id(), subject("TIN"))))
                .singleElement()
                .extracting(CentreData.Course::periods)
                .isEqualTo(1);
        assertThat(fixture.asDirector(() -> setups.courseOptions(year.id())))
                .filteredOn(o -> o.classId().equals(a1.id()) && o.subjectCode().equals("TIN"))
                .singleElement()
                .satisfies(o -> {
                    assertThat(o.periods()).isNull();
                    assertThat(o.timetabled()).as("1.5 rounded half up").isEqualTo(2);
                });
    }

    @Test
    @DisplayName("Môn cần loại phòng trung tâm chưa có: từ chối; thêm phòng loại đó thì được")
    void aRoomKindMustBeOneOfTheCentresRooms() {
        String kind = "Phòng máy " + AcademicsFixture.unique();

        assertThatThrownBy(() -> fixture.asDirector(
                        () -> setups.saveCourseOption(year.id(), a1.id(), subject("TIN"), null, 0, kind)))
                .isInstanceOfSatisfying(Rejected.class, e -> assertThat(vietnamese(e))
                        .isEqualTo("Môn Tin học lớp 10A1: trung tâm không có phòng loại \"" + kind + "\"."));

        TimetableSetups.Room room = fixture.asDirector(() -> setups.addRoom("P.Máy " + kind, kind, 40));
        fixture.asDirector(() -> setups.saveCourseOption(year.id(), a1.id(), subject("TIN"), null, 0, kind));

        assertThat(fixture.asDirector(() -> setups.roomKinds())).contains(kind);
        assertThat(assembled().courses())
                .filteredOn(c -> c.id().equals(CentreDataAssembler.courseId(a1.id(), subject("TIN"))))
                .singleElement()
                .extracting(CentreData.Course::roomKind)
                .isEqualTo(kind);
        assertThatThrownBy(() -> fixture.asDirector(() -> setups.addRoom(room.name(), kind, 30)))
                .isInstanceOfSatisfying(Rejected.class, e -> assertThat(vietnamese(e))
                        .isEqualTo("Trung tâm đã có phòng tên \"" + room.name() + "\"."));

        fixture.asDirector(() -> setups.removeRoom(room.id()));

        assertThat(fixture.asDirector(() -> setups.rooms())).noneMatch(r -> r.id().equals(room.id()));
    }

    @Test
    @DisplayName("Hoạt động thường có: chào cờ mọi lớp, sinh hoạt lớp do GVCN của từng lớp phụ trách")
    void theUsualActivitiesReachEveryClassOfTheSessionWithItsHomeroomTeacher() {
        List<FixedActivity> added = fixture.asDirector(() -> setups.addUsualFixedActivities(year.id()));

        // Chào cờ once for every session; sinh hoạt lớp once per session of the standard grid (sáng, chiều, tối).
        assertThat(added).hasSize(4);
        assertThat(fixture.asDirector(() -> setups.addUsualFixedActivities(year.id())))
                .as("the usual activities are not added twice")
                .isEmpty();
        List<CentreData.FixedActivity> fixed = assembled().fixedActivities();
        assertThat(fixed)
                .filteredOn(f -> f.name().equals("Chào cờ"))
                .extracting(CentreData.FixedActivity::classId, CentreData.FixedActivity::slot)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(
                                a1.id().toString(), new Slot(DayOfWeek.MONDAY, ClassSession.MORNING, 1)),
                        org.assertj.core.groups.Tuple.tuple(
                                a2.id().toString(), new Slot(DayOfWeek.MONDAY, ClassSession.MORNING, 1)));
        assertThat(fixed)
                .filteredOn(f -> f.name().equals("Sinh hoạt lớp"))
                .extracting(CentreData.FixedActivity::classId, CentreData.FixedActivity::teacherId)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(a1.id().toString(), lan.toString()),
                        org.assertj.core.groups.Tuple.tuple(a2.id().toString(), minh.toString()));
        assertThat(fixed).filteredOn(f -> f.name().equals("Sinh hoạt lớp")).allSatisfy(f -> assertThat(f.slot())
                .isEqualTo(new Slot(DayOfWeek.SATURDAY, ClassSession.MORNING, 5)));

        assertThatThrownBy(() -> fixture.asDirector(() -> setups.addFixedActivity(
                        year.id(),
                        new NewFixedActivity(
                                "Hoạt động ngoài giờ", ClassSession.EVENING, DayOfWeek.FRIDAY, 4, 2, false))))
                .isInstanceOfSatisfying(Rejected.class, e -> assertThat(vietnamese(e))
                        .isEqualTo("Hoạt động \"Hoạt động ngoài giờ\": tiết 4 đến tiết 5 vượt ra ngoài 4 tiết của buổi"
                                + " tối."));
        FixedActivity salute = added.stream()
                .filter(a -> a.name().equals("Chào cờ"))
                .findFirst()
                .orElseThrow();
        fixture.asDirector(() -> setups.removeFixedActivity(salute.id()));
        assertThat(fixture.asDirector(() -> setups.fixedActivities(year.id()))).hasSize(3);
    }

    @Test
    @DisplayName("Ngày họp tổ: giáo viên dạy các môn của tổ không dạy vào buổi họp")
    void aSubjectGroupMeetingHoldsTheTeachersOfItsSubjects() {
        fixture.asDirector(() -> setups.addMeeting(
                year.id(),
                new NewMeeting("Tổ Toán – Tin", List.of("TOAN", "TIN"), DayOfWeek.WEDNESDAY, ClassSession.MORNING)));

        assertThat(assembled().meetings()).singleElement().satisfies(m -> assertThat(m.teacherIds())
                .containsExactlyInAnyOrder(ha.toString(), minh.toString()));
        assertThatThrownBy(() -> fixture.asDirector(() -> setups.addMeeting(
                        year.id(),
                        new NewMeeting("Tổ Ngoại ngữ", List.of("KHONGCO"), DayOfWeek.MONDAY, ClassSession.MORNING))))
                .isInstanceOfSatisfying(Rejected.class, e -> assertThat(vietnamese(e))
                        .isEqualTo("Buổi họp \"Tổ Ngoại ngữ\": chương trình không có môn mã KHONGCO."));
    }

    @Test
    @DisplayName("Văn thư được cài đặt; giáo viên không được")
    void theClerkMaySetUpButATeacherMayNot() {
        fixture.as(Role.CLERK, null, () -> {
            setups.saveTeacherSlots(
                    year.id(), lan, Map.of(new Slot(DayOfWeek.FRIDAY, ClassSession.MORNING, 5), TeacherSlotKind.BUSY));
            return null;
        });

        assertThat(fixture.as(Role.CLERK, null, () -> setups.teacherSlots(year.id(), lan)))
                .hasSize(1);
        assertThatThrownBy(() -> fixture.as(Role.TEACHER, null, () -> setups.rooms()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixture.as(Role.TEACHER, null, () -> {
                    setups.saveTeacherSlots(year.id(), lan, Map.of());
                    return null;
                }))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(fixture.asDirector(() -> setups.teacherSlots(year.id(), lan)))
                .hasSize(1);
    }

    /** The data the solver would receive for the school year now. */
    private CentreData assembled() {
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        transaction.setReadOnly(true);
        return fixture.asDirector(() -> transaction.execute(status ->
                assembler.assemble(year.id(), store.setup(year.id()), List.of()).data()));
    }

    private static CentreData.Teacher teacher(CentreData data, UUID staffId) {
        return data.teachers().stream()
                .filter(t -> t.id().equals(staffId.toString()))
                .findFirst()
                .orElseThrow();
    }

    private String vietnamese(Rejected e) {
        return messages.getMessage(e.messageKey(), e.arguments(), VI);
    }

    private static SessionInput session(ClassSession kind, Set<Integer> breakAfter, String... times) {
        List<PeriodInput> periods = new ArrayList<>();
        for (int i = 0; i < times.length; i += 2) {
            periods.add(period(times[i], times[i + 1]));
        }
        return new SessionInput(kind, periods, breakAfter);
    }

    private static PeriodInput period(String start, String end) {
        return new PeriodInput(LocalTime.parse(start), LocalTime.parse(end));
    }

    private ClassView openClass(String name, UUID homeroom) {
        return fixture.asDirector(() -> academics.createClass(
                new CreateClass(year.id(), name, 10, ClassSession.MORNING, "P." + name, homeroom)));
    }

    private UUID subject(String code) {
        return fixture.asDirector(() -> academics.subjects().stream()
                .filter(s -> s.code().equals(code))
                .findFirst()
                .orElseThrow()
                .id());
    }
}
