package vn.edu.ecenter.timetable.centre;

import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.edu.ecenter.academics.ClassSession.AFTERNOON;
import static vn.edu.ecenter.academics.ClassSession.MORNING;
import static vn.edu.ecenter.timetable.centre.SmallCentre.course;
import static vn.edu.ecenter.timetable.centre.SmallCentre.slot;

import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.edu.ecenter.timetable.centre.CentreData.GroupMeeting;
import vn.edu.ecenter.timetable.centre.CentreData.SchoolClass;
import vn.edu.ecenter.timetable.centre.CentreData.Teacher;
import vn.edu.ecenter.timetable.engine.Placement;
import vn.edu.ecenter.timetable.engine.Violation;

/**
 * Every rule of a centre's timetable, broken on purpose in the small centre: the broken rule is named in Vietnamese and
 * costs its weight times how far it is broken, as hard cost when the user makes it hard, as soft cost when soft, and
 * not at all when switched off.
 */
class CentreRulesTests {

    /** A scenario: how the centre is set up, how lessons are placed, the label expected, and how far it is broken. */
    record Scenario(
            Rule rule,
            int limit,
            Consumer<SmallCentre> setUp,
            BiConsumer<CentreProblem, Placement> place,
            String label,
            long deviation) {

        @Override
        public String toString() {
            return rule + ": " + label;
        }
    }

    static Stream<Arguments> scenarios() {
        return Stream.of(
                        new Scenario(
                                Rule.TEACHER_CLASH,
                                0,
                                withThirdMorningClassTaughtByLan(),
                                (problem, placement) -> {
                                    at(problem, placement, "A1/VAN", 0, TUESDAY, MORNING, 1);
                                    at(problem, placement, "A3/VAN", 0, TUESDAY, MORNING, 1);
                                },
                                "GV Lan: dạy hai lớp cùng lúc",
                                1),
                        new Scenario(
                                Rule.CLASS_CLASH,
                                0,
                                centre -> {},
                                (problem, placement) -> {
                                    at(problem, placement, "A1/VAN", 0, TUESDAY, MORNING, 1);
                                    at(problem, placement, "A1/TOAN", 1, TUESDAY, MORNING, 1);
                                },
                                "Lớp 10A1: hai tiết cùng lúc",
                                1),
                        new Scenario(
                                Rule.ROOM_CLASH,
                                0,
                                withThirdMorningClassTaughtByLan(),
                                (problem, placement) -> {
                                    at(problem, placement, "A1/TIN", 0, TUESDAY, MORNING, 1);
                                    at(problem, placement, "A3/TIN", 0, TUESDAY, MORNING, 1);
                                    inRoom(problem, placement, "A1/TIN", 0);
                                    inRoom(problem, placement, "A3/TIN", 0);
                                },
                                "Phòng Phòng máy: hai lớp cùng lúc",
                                1),
                        new Scenario(
                                Rule.TEACHER_UNAVAILABLE,
                                0,
                                centre -> centre.teachers.set(
                                        0, new Teacher("HA", "Hà", Set.of(slot(TUESDAY, MORNING, 1)), Set.of())),
                                (problem, placement) -> at(problem, placement, "A1/TOAN", 1, TUESDAY, MORNING, 1),
                                "GV Hà: dạy vào giờ đã đăng ký bận",
                                1),
                        new Scenario(
                                Rule.TEACHER_ELSEWHERE,
                                0,
                                centre -> centre.teachers.set(
                                        0,
                                        new Teacher(
                                                "HA",
                                                "Hà",
                                                Set.of(),
                                                Set.of(slot(TUESDAY, MORNING, 1), slot(TUESDAY, MORNING, 2)))),
                                (problem, placement) -> at(problem, placement, "A1/TOAN", 0, TUESDAY, MORNING, 1),
                                "GV Hà: dạy vào giờ đang dạy ở đơn vị khác",
                                2),
                        new Scenario(
                                Rule.GROUP_MEETING,
                                0,
                                centre -> centre.meetings.add(new GroupMeeting(
                                        "Họp tổ Toán – Tin", List.of("HA", "MINH"), TUESDAY, AFTERNOON)),
                                (problem, placement) -> at(problem, placement, "A2/TOAN", 1, TUESDAY, AFTERNOON, 4),
                                "GV Hà: dạy vào buổi Họp tổ Toán – Tin",
                                1),
                        new Scenario(
                                Rule.DOUBLE_ACROSS_BREAK,
                                0,
                                centre -> {},
                                (problem, placement) -> at(problem, placement, "A1/TOAN", 0, TUESDAY, MORNING, 2),
                                "Toán lớp 10A1: tiết đôi bị giờ ra chơi chia cắt",
                                2),
                        new Scenario(
                                Rule.CLASS_MAX_PER_DAY,
                                2,
                                centre -> {},
                                (problem, placement) -> {
                                    at(problem, placement, "A1/TOAN", 0, TUESDAY, MORNING, 3);
                                    at(problem, placement, "A1/VAN", 0, TUESDAY, MORNING, 5);
                                },
                                "Lớp 10A1: quá 2 tiết trong một ngày",
                                1),
                        new Scenario(
                                Rule.TEACHER_MAX_PER_DAY,
                                2,
                                centre -> {},
                                (problem, placement) -> {
                                    at(problem, placement, "A1/TOAN", 0, TUESDAY, MORNING, 3);
                                    at(problem, placement, "A2/TOAN", 1, TUESDAY, AFTERNOON, 1);
                                },
                                "GV Hà: quá 2 tiết trong một ngày",
                                1),
                        new Scenario(
                                Rule.TEACHER_MAX_IDLE,
                                1,
                                centre -> {},
                                (problem, placement) -> {
                                    at(problem, placement, "A1/VAN", 0, TUESDAY, MORNING, 1);
                                    at(problem, placement, "A1/VAN", 1, TUESDAY, MORNING, 4);
                                },
                                "GV Lan: quá 1 tiết trống vào Thứ 3",
                                1),
                        new Scenario(
                                Rule.CLASS_IDLE,
                                0,
                                centre -> {},
                                (problem, placement) -> {
                                    at(problem, placement, "A1/VAN", 0, TUESDAY, MORNING, 1);
                                    at(problem, placement, "A1/TOAN", 1, TUESDAY, MORNING, 3);
                                },
                                "Lớp 10A1: có tiết trống giữa buổi",
                                1),
                        new Scenario(
                                Rule.SUBJECT_SPREAD,
                                0,
                                centre -> {},
                                (problem, placement) -> {
                                    at(problem, placement, "A1/VAN", 0, TUESDAY, MORNING, 1);
                                    at(problem, placement, "A1/VAN", 1, TUESDAY, MORNING, 2);
                                },
                                "Ngữ văn lớp 10A1: học hơn một buổi trong một ngày",
                                1),
                        new Scenario(
                                Rule.ROOM_NEEDED,
                                0,
                                centre -> {},
                                (problem, placement) -> {
                                    at(problem, placement, "A1/TIN", 0, TUESDAY, MORNING, 1);
                                    at(problem, placement, "A1/TIN", 1, TUESDAY, MORNING, 2);
                                    inRoom(problem, placement, "A1/TIN", 0);
                                },
                                "Tin học lớp 10A1: chưa có phòng Phòng máy tính",
                                1),
                        new Scenario(
                                Rule.ROOM_CAPACITY,
                                0,
                                centre -> {},
                                (problem, placement) -> {
                                    at(problem, placement, "A1/TIN", 0, TUESDAY, MORNING, 1);
                                    inRoom(problem, placement, "A1/TIN", 0);
                                },
                                "Tin học lớp 10A1: phòng không đủ chỗ cho 40 học viên",
                                1))
                .flatMap(scenario -> Stream.of(Arguments.of(scenario, true, 1), Arguments.of(scenario, false, 7)));
    }

    @ParameterizedTest(name = "{0}, hard={1}, weight={2}")
    @MethodSource("scenarios")
    void aBrokenRuleIsNamedAndCostsItsWeightTimesHowFarItIsBroken(Scenario scenario, boolean hard, int weight) {
        List<Violation> broken = violations(scenario, hard, weight, true).stream()
                .filter(v -> v.label().equals(scenario.label()))
                .toList();

        assertThat(broken).singleElement().satisfies(v -> {
            assertThat(v.hard()).isEqualTo(hard);
            assertThat(v.cost()).isEqualTo(weight * scenario.deviation());
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void aRuleSwitchedOffCostsNothing(Scenario scenario, boolean hard, int weight) {
        assertThat(violations(scenario, hard, weight, false))
                .extracting(Violation::label)
                .doesNotContain(scenario.label());
    }

    /** The rules broken once the scenario's lessons are placed, with its rule set as given (or switched off). */
    private static List<Violation> violations(Scenario scenario, boolean hard, int weight, boolean enabled) {
        SmallCentre centre = new SmallCentre();
        scenario.setUp().accept(centre);
        centre.rule(scenario.rule(), hard, weight, scenario.limit());
        if (!enabled) {
            centre.off(scenario.rule());
        }
        CentreProblem problem = centre.problem();
        Placement placement = new Placement(problem.problem());
        scenario.place().accept(problem, placement);
        return placement.violations();
    }

    private static Consumer<SmallCentre> withThirdMorningClassTaughtByLan() {
        return centre -> {
            centre.classes.add(new SchoolClass("A3", "10A3", MORNING, 30));
            centre.courses.add(course("A3/VAN", "A3", "Ngữ văn", "LAN", 2, 0, null));
            centre.courses.add(course("A3/TIN", "A3", "Tin học", "MINH", 2, 0, "Phòng máy tính"));
        };
    }

    /** Places the course's n-th lesson (doubles first) at the slot. */
    static void at(
            CentreProblem problem,
            Placement placement,
            String courseId,
            int n,
            java.time.DayOfWeek day,
            vn.edu.ecenter.academics.ClassSession session,
            int period) {
        placement.move(problem.lessonsOf(courseId)[n], problem.time(slot(day, session, period)));
    }

    /** Gives the course's n-th lesson the first room of its kind. */
    static void inRoom(CentreProblem problem, Placement placement, String courseId, int n) {
        int choice = problem.choiceOf(problem.lessonsOf(courseId)[n]);
        placement.choose(choice, problem.problem().choices().get(choice).candidates()[0]);
    }
}
