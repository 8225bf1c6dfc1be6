package vn.edu.ecenter.timetable.fet;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edu.ecenter.timetable.fet.FetSamples.activity;
import static vn.edu.ecenter.timetable.fet.FetSamples.fet;
import static vn.edu.ecenter.timetable.fet.FetSamples.read;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.edu.ecenter.timetable.engine.Cost;
import vn.edu.ecenter.timetable.engine.Engine;
import vn.edu.ecenter.timetable.engine.FeasiblePlacement;
import vn.edu.ecenter.timetable.engine.Placement;

/** The engine on FET files: its hard cost means what FET's compulsory rules mean. */
@DisplayName("Bộ giải hiểu tệp FET như FET")
class FetProblemTests {

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "Vietnam-HungYen-secondary",
                "Vietnam-THCS-DucHop-KimDong-HungYen-2015",
                "Vietnam-LeQuiDon-LamHa-Khoi-chieu"
            })
    void theCompleteTimetablesFetGeneratedCostNothingHard(String file) {
        FetDocument document = FetReader.read(FetSamples.benchmark(file));
        FetProblem problem = FetProblem.of(document);

        Placement fets = problem.placement(FetTimetables.generatedByFet(document, file));

        assertThat(fets.cost().hard()).as("%s", fets.violations()).isZero();
    }

    @Test
    void aTimetableItFindsWithoutHardCostIsOneFetsRulesAccept() {
        String activities = activity(1, "Lan", "6A", 2)
                + activity(2, "Lan", "6B", 2)
                + activity(3, "Minh", "6A", 1)
                + activity(4, "Minh", "6B", 1)
                + activity(5, "Minh", "Khối 6", 1)
                + activity(6, "Lan", "6A", 1);
        String constraints = """
                <ConstraintTeacherNotAvailableTimes><Weight_Percentage>100</Weight_Percentage><Teacher>Lan</Teacher>
                <Number_of_Not_Available_Times>1</Number_of_Not_Available_Times>
                <Not_Available_Time><Day>Thứ 2</Day><Hour>T1</Hour></Not_Available_Time>
                </ConstraintTeacherNotAvailableTimes>
                <ConstraintStudentsMaxGapsPerWeek><Weight_Percentage>100</Weight_Percentage><Max_Gaps>0</Max_Gaps>
                </ConstraintStudentsMaxGapsPerWeek>
                <ConstraintMinDaysBetweenActivities><Weight_Percentage>100</Weight_Percentage>
                <Consecutive_If_Same_Day>true</Consecutive_If_Same_Day><Number_of_Activities>2</Number_of_Activities>
                <Activity_Id>1</Activity_Id><Activity_Id>6</Activity_Id><MinDays>1</MinDays>
                </ConstraintMinDaysBetweenActivities>""";
        FetDocument document = read(fet(activities, constraints));
        FetProblem problem = FetProblem.of(document);

        Engine.Result result = new Engine(problem.problem(), new Engine.Settings(Duration.ofSeconds(30), 1, 0, false))
                .solve(new Placement(problem.problem()), null);
        CheckResult check = FetChecker.check(document, problem.timetable(result.best()));

        assertThat(result.cost()).isEqualTo(Cost.ZERO);
        assertThat(check.complete()).as(check.summary()).isTrue();
    }

    /**
     * The SAT solver's formula (FeasiblePlacement) says the same as the engine's monitors and FET's rules on a real
     * school: same starting day, min days between (consecutive if same day), max gaps, max days, not-available times,
     * preferred time slots and activities not overlapping.
     */
    @Test
    void theSatSolversTimetableOfDucHopIsOneFetsRulesAccept() {
        String file = "Vietnam-THCS-DucHop-KimDong-HungYen-2015";
        FetDocument document = FetReader.read(FetSamples.benchmark(file));
        FetProblem problem = FetProblem.of(document);

        Placement found = FeasiblePlacement.of(problem.problem())
                .orElseThrow()
                .find(System.nanoTime() + Duration.ofSeconds(120).toNanos())
                .orElseThrow();
        CheckResult check = FetChecker.check(document, problem.timetable(found));

        assertThat(found.cost().hard()).isZero();
        assertThat(check.complete()).as(check.summary()).isTrue();
    }

    @Test
    void anActivityOnATeachersBusyTimeIsHardCostAndAFetViolation() {
        String constraints = """
                <ConstraintTeacherNotAvailableTimes><Weight_Percentage>100</Weight_Percentage><Teacher>Lan</Teacher>
                <Number_of_Not_Available_Times>1</Number_of_Not_Available_Times>
                <Not_Available_Time><Day>Thứ 3</Day><Hour>T2</Hour></Not_Available_Time>
                </ConstraintTeacherNotAvailableTimes>""";
        FetDocument document = read(fet(activity(1, "Lan", "6A", 2), constraints));
        FetProblem problem = FetProblem.of(document);

        Placement placement =
                problem.placement(new Timetable(java.util.Map.of(1, new vn.edu.ecenter.timetable.fet.Placement(1, 1))));

        assertThat(placement.cost().hard()).isEqualTo(1);
        assertThat(FetChecker.check(document, problem.timetable(placement)).hardViolations())
                .isEqualTo(1);
        assertThat(problem.problem().lessons().getFirst().starts())
                .as("the solver never tries it")
                .doesNotContain(4 + 0, 4 + 1);
    }
}
