package vn.edu.ecenter.timetable.centre;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.edu.ecenter.academics.ClassSession.AFTERNOON;
import static vn.edu.ecenter.academics.ClassSession.EVENING;
import static vn.edu.ecenter.academics.ClassSession.MORNING;
import static vn.edu.ecenter.timetable.centre.SmallCentre.course;
import static vn.edu.ecenter.timetable.centre.SmallCentre.slot;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.edu.ecenter.timetable.centre.CentreData.FixedActivity;
import vn.edu.ecenter.timetable.centre.CentreData.GroupMeeting;
import vn.edu.ecenter.timetable.centre.CentreData.Pin;
import vn.edu.ecenter.timetable.centre.CentreData.SchoolClass;
import vn.edu.ecenter.timetable.centre.CentreData.Teacher;
import vn.edu.ecenter.timetable.engine.Engine;
import vn.edu.ecenter.timetable.engine.Lesson;
import vn.edu.ecenter.timetable.engine.Placement;

/** A centre's data becoming the engine's problem, and the engine's placement becoming lessons at slots. */
class CentreProblemTests {

    @Test
    void aCourseBecomesItsDoublePeriodsAndSinglePeriodsInItsClassSession() {
        CentreProblem problem = new SmallCentre().problem();

        int[] toan = problem.lessonsOf("A1/TOAN");

        assertThat(Arrays.stream(toan).map(l -> lesson(problem, l).duration())).containsExactly(2, 1);
        for (int l : toan) {
            Lesson lesson = lesson(problem, l);
            assertThat(Arrays.stream(lesson.starts())
                            .mapToObj(t -> problem.data().grid().slot(t).session()))
                    .containsOnly(MORNING);
        }
        // 6 days × 5 morning periods for the single; a double cannot start at the session's last period.
        assertThat(lesson(problem, toan[1]).starts()).hasSize(30);
        assertThat(lesson(problem, toan[0]).starts()).hasSize(24);
    }

    @Test
    void fixedActivitiesAreLessonsPinnedToTheirSlot() {
        CentreProblem problem = new SmallCentre().problem();
        Placement placement = new Placement(problem.problem());

        assertThat(problem.timetable(placement))
                .extracting(ScheduledLesson::activity, ScheduledLesson::start, ScheduledLesson::pinned)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Chào cờ", slot(MONDAY, MORNING, 1), true),
                        org.assertj.core.groups.Tuple.tuple(
                                "Sinh hoạt lớp", slot(java.time.DayOfWeek.SATURDAY, MORNING, 5), true));
    }

    @Test
    void aPinnedLessonStaysWhereItWasPinnedWhenSolvedAgain() {
        SmallCentre centre = new SmallCentre();
        centre.pins.add(new Pin("A1/TOAN", slot(WEDNESDAY, MORNING, 4), 2));
        CentreProblem problem = centre.problem();

        Engine.Result result = new Engine(problem.problem(), Engine.Settings.untilFeasible(60, 3))
                .solve(new Placement(problem.problem()), null);

        assertThat(problem.timetable(result.best()))
                .filteredOn(l -> "A1/TOAN".equals(l.courseId()) && l.duration() == 2)
                .singleElement()
                .satisfies(l -> {
                    assertThat(l.start()).isEqualTo(slot(WEDNESDAY, MORNING, 4));
                    assertThat(l.pinned()).isTrue();
                });
        assertThat(result.cost().hard()).isZero();
    }

    @Test
    void aStoredTimetableIsPlacedBackLessonForLesson() {
        CentreProblem problem = new SmallCentre().problem();
        Placement solved = new Engine(problem.problem(), Engine.Settings.untilFeasible(60, 11))
                .solve(new Placement(problem.problem()), null)
                .best();
        List<ScheduledLesson> stored = problem.timetable(solved);

        Placement reloaded = problem.placement(stored);

        assertThat(problem.timetable(reloaded)).containsExactlyInAnyOrderElementsOf(stored);
        assertThat(reloaded.cost()).isEqualTo(solved.cost());
    }

    @Test
    void theGeneratedDemoSizeCentreIsSolvedWithoutAHardViolation() {
        CentreData data = GeneratedCentre.demoSize(1);
        assertThat(data.classes()).hasSize(30);
        assertThat(data.teachers()).hasSize(60);
        CentreProblem problem = CentreProblem.of(data, Wording.vietnamese());

        Engine.Result result = new Engine(problem.problem(), new Engine.Settings(Duration.ofSeconds(120), 1, 0, true))
                .solve(new Placement(problem.problem()), null);

        assertThat(result.cost().hard()).isZero();
        assertThat(problem.timetable(result.best()))
                .hasSize(problem.problem().lessons().size());
    }

    static Stream<Arguments> impossibleDemands() {
        return Stream.of(
                impossible(
                        "a teacher with more periods than slots in the session",
                        centre -> {
                            for (int i = 0; i < 14; i++) {
                                centre.classes.add(new SchoolClass("X" + i, "11X" + i, AFTERNOON, 30));
                                centre.courses.add(course("X" + i + "/TOAN", "X" + i, "Toán", "HA", 2, 0, null));
                            }
                        },
                        "GV Hà dạy 31 tiết/tuần buổi chiều nhưng chỉ còn 30 tiết có thể dạy trong buổi này."),
                impossible(
                        "a teacher elsewhere for a whole afternoon has fewer free periods",
                        centre -> {
                            centre.teachers.set(0, new Teacher("HA", "Hà", Set.of(), afternoon(TUESDAY)));
                            for (int i = 0; i < 13; i++) {
                                centre.classes.add(new SchoolClass("X" + i, "11X" + i, AFTERNOON, 30));
                                centre.courses.add(course("X" + i + "/TOAN", "X" + i, "Toán", "HA", 2, 0, null));
                            }
                        },
                        "GV Hà dạy 29 tiết/tuần buổi chiều nhưng chỉ còn 25 tiết có thể dạy trong buổi này."),
                impossible(
                        "the subject group's meeting takes a half-day",
                        centre -> {
                            centre.meetings.add(new GroupMeeting("Họp tổ Toán", List.of("HA"), TUESDAY, AFTERNOON));
                            centre.courses.add(course("A2/LY", "A2", "Vật lí", "HA", 25, 0, null));
                        },
                        "GV Hà dạy 28 tiết/tuần buổi chiều nhưng chỉ còn 25 tiết có thể dạy trong buổi này."),
                impossible(
                        "a class with more periods than its session has",
                        centre -> centre.courses.add(course("A1/ANH", "A1", "Tiếng Anh", "LAN", 24, 0, null)),
                        "Lớp 10A1 cần 33 tiết/tuần nhưng buổi sáng chỉ có 30 tiết trong tuần."),
                impossible(
                        "a class with more periods than its daily limit allows",
                        centre -> centre.rule(Rule.CLASS_MAX_PER_DAY, true, 1, 1),
                        "Lớp 10A1 cần 9 tiết/tuần nhưng chỉ được học tối đa 1 tiết/ngày trong 6 ngày."),
                impossible(
                        "more double periods than periods",
                        centre -> centre.courses.set(2, course("A1/VAN", "A1", "Ngữ văn", "LAN", 3, 2, null)),
                        "Môn Ngữ văn lớp 10A1: 2 tiết đôi cần 2 × 2 tiết nhưng môn chỉ có 3 tiết/tuần."),
                impossible(
                        "a room kind the centre does not have",
                        centre -> centre.courses.add(course("A1/LY", "A1", "Vật lí", "HA", 1, 0, "Phòng thí nghiệm")),
                        "Môn Vật lí lớp 10A1 cần phòng \"Phòng thí nghiệm\" nhưng trung tâm không có phòng loại này."),
                impossible(
                        "too few rooms of a kind",
                        centre -> {
                            for (int i = 0; i < 15; i++) {
                                centre.classes.add(new SchoolClass("Y" + i, "12Y" + i, MORNING, 30));
                                centre.teachers.add(new Teacher("T" + i, "T" + i, Set.of(), Set.of()));
                                centre.courses.add(
                                        course("Y" + i + "/TIN", "Y" + i, "Tin học", "T" + i, 2, 0, "Phòng máy tính"));
                            }
                        },
                        "Phòng loại \"Phòng máy tính\": cần 32 tiết/tuần buổi sáng nhưng chỉ có 30 tiết phòng trong"
                                + " buổi này."),
                impossible(
                        "a course of a teacher who does not exist",
                        centre -> centre.courses.add(course("A1/SU", "A1", "Lịch sử", "NOBODY", 2, 0, null)),
                        "Môn Lịch sử lớp 10A1 được phân công cho giáo viên không tồn tại (NOBODY)."),
                impossible(
                        "a fixed activity outside the class's session",
                        centre ->
                                centre.fixed.add(new FixedActivity("Chào cờ", "A2", null, slot(MONDAY, MORNING, 1), 1)),
                        "Hoạt động cố định \"Chào cờ\" lớp 10A2 đặt vào Thứ 2, sáng, tiết 1, ngoài lưới thời gian hoặc ngoài buổi học của lớp."),
                impossible(
                        "a class in a session the grid does not have",
                        centre -> {
                            centre.grid = WeekGrid.standard(false);
                            centre.classes.add(new SchoolClass("E1", "10E1", EVENING, 30));
                        },
                        "Lớp 10E1 học buổi tối, nhưng lưới thời gian không có buổi này."),
                impossible(
                        "a double period where the session has no two periods in a row",
                        centre -> centre.grid = new WeekGrid(
                                centre.grid.days(),
                                List.of(
                                        new WeekGrid.Session(
                                                MORNING,
                                                centre.grid.sessions().get(0).periods(),
                                                Set.of(1, 2, 3, 4)),
                                        centre.grid.sessions().get(1))),
                        "Môn Toán lớp 10A1 có tiết đôi nhưng buổi học không có hai tiết liền nhau không qua giờ ra"
                                + " chơi."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("impossibleDemands")
    void anImpossibleDemandIsRefusedNamingItsCause(String what, Consumer<SmallCentre> change, String reason) {
        SmallCentre centre = new SmallCentre();
        change.accept(centre);

        assertThatThrownBy(centre::problem).isInstanceOfSatisfying(ImpossibleDemand.class, e -> assertThat(e.reasons())
                .contains(reason));
    }

    @Test
    void theSmallCentreAsItIsCanBeTimetabled() {
        assertThat(new SmallCentre().problem().problem().lessons()).hasSize(10);
    }

    private static Arguments impossible(String what, Consumer<SmallCentre> change, String reason) {
        return Arguments.of(what, change, reason);
    }

    private static Set<Slot> afternoon(java.time.DayOfWeek day) {
        return Set.of(1, 2, 3, 4, 5).stream()
                .map(p -> slot(day, AFTERNOON, p))
                .collect(java.util.stream.Collectors.toSet());
    }

    private static Lesson lesson(CentreProblem problem, int index) {
        return problem.problem().lessons().get(index);
    }
}
