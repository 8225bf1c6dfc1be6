package vn.edu.ecenter.timetable.fet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;

/** The checker against FET 6.8.5's own results on the Vietnamese schools' files (see the resources' README). */
class FetOracleTests {

    @ParameterizedTest(name = "{0}")
    @DisplayName(
            "Thời khóa biểu FET tạo ra hoặc chấp nhận: đủ hoạt động, không vi phạm ràng buộc bắt buộc, xung đột mềm như FET báo")
    @CsvSource({
        // file, activities, FET's "Total soft conflicts"
        "Vietnam-HungYen-secondary,                230, 1.9",
        "Vietnam-THCS-DucHop-KimDong-HungYen-2015, 206, 0.95",
        "Vietnam-LeQuiDon-LamHa-Khoi-chieu,        288, 0",
        // eCenter's timetable (session 16), which fet-cl accepted with every activity locked (the resources' README)
        "Vietnam-LeQuiDon-LamHa-Khoi-sang,         361, 0"
    })
    void findsNoHardViolationInFetsCompleteTimetables(String file, int activities, double fetSoftConflicts) {
        FetDocument document = FetReader.read(FetSamples.benchmark(file));

        CheckResult result = FetChecker.check(document, FetTimetables.generatedByFet(document, file));

        assertThat(result.placed()).isEqualTo(activities);
        assertThat(result.activeActivities()).isEqualTo(activities);
        assertThat(result.hardViolations()).isZero();
        assertThat(result.softConflicts()).isCloseTo(fetSoftConflicts, within(1e-9));
        assertThat(result.complete()).isTrue();
    }

    private static final Map<String, FetDocument> DOCUMENTS = new ConcurrentHashMap<>();

    private static FetDocument document(String file) {
        return DOCUMENTS.computeIfAbsent(file, f -> FetReader.read(FetSamples.benchmark(f)));
    }

    /** FET's timetable with the moves applied, written "id@day/hour;id@day/hour" with FET's names. */
    private static Timetable moved(FetDocument document, String file, String moves) {
        Timetable timetable = FetTimetables.generatedByFet(document, file);
        for (String move : moves.split(";")) {
            String[] idAndSlot = move.split("@");
            String[] dayAndHour = idAndSlot[1].split("/");
            timetable = timetable.with(
                    Integer.parseInt(idAndSlot[0]),
                    new Placement(
                            document.days().indexOf(dayAndHour[0]),
                            document.hours().indexOf(dayAndHour[1])));
        }
        return timetable;
    }

    @ParameterizedTest(name = "{0}: {1} -> FET {2} {3}")
    @DisplayName(
            "Di chuyển hoạt động trong thời khóa biểu của FET: FET chấp nhận khi và chỉ khi không có vi phạm bắt buộc")
    @CsvFileSource(resources = "/timetable/fet/fet-verdicts.csv", numLinesToSkip = 1)
    void agreesWithFetOnTimetablesWithMovedActivities(String file, String moves, String fet, Double fetSoftConflicts) {
        FetDocument document = document(file);

        CheckResult result = FetChecker.check(document, moved(document, file, moves));

        if (fet.equals("complete")) {
            assertThat(result.hardViolations()).isZero();
            assertThat(result.softConflicts()).isCloseTo(fetSoftConflicts, within(1e-9));
        } else {
            assertThat(fet).isEqualTo("impossible");
            assertThat(result.hardViolations()).isPositive();
        }
    }

    @Test
    @DisplayName(
            "Chuyển hoạt động vào giờ bận của giáo viên: FET từ chối, bộ kiểm tra chỉ ra giờ bận, trùng lớp, lệch ngày")
    void findsAnActivityMovedOntoItsTeachersNotAvailableSlot() {
        String file = "Vietnam-HungYen-secondary";
        FetDocument document = document(file);

        CheckResult result = FetChecker.check(document, moved(document, file, "1@Thứ Hai/Tiết 2"));

        String yen = "Yến _(10909510_000019)";
        assertThat(result.violations().filter(v -> v.weight().isHard()))
                .extracting(Violation::description)
                .containsExactlyInAnyOrder(
                        "Giáo viên %s không rảnh vào Thứ Hai, Tiết 2 nhưng có hoạt động 1 (Vật lí, 6A, %s)"
                                .formatted(yen, yen),
                        "Lớp 6A có 2 hoạt động cùng lúc vào Thứ Hai, Tiết 2: hoạt động 1 (Vật lí, 6A, %s), hoạt động 7 (Tin học, 6A, Nhinh_(10909517_000023))"
                                .formatted(yen),
                        "Hoạt động 1 (Vật lí, 6A, %s) (Thứ Hai) và hoạt động 2 (Vật lí, 6B, %s) (Thứ Năm) không bắt đầu cùng ngày"
                                .formatted(yen, yen));
        assertThat(result.summary()).isEqualTo("placed=230/230 hard_violations=3 soft_conflicts=1.9");
    }

    @Test
    @DisplayName("Chuyển hoạt động vào giờ giáo viên đang dạy lớp khác: trùng giờ giáo viên")
    void findsAnActivityMovedOntoItsTeachersOtherActivity() {
        String file = "Vietnam-HungYen-secondary";
        FetDocument document = document(file);

        CheckResult result = FetChecker.check(document, moved(document, file, "2@Thứ Năm/Tiết 3"));

        assertThat(result.violations())
                .extracting(Violation::description)
                .contains(
                        "Giáo viên Yến _(10909510_000019) có 2 hoạt động cùng lúc vào Thứ Năm, Tiết 3: "
                                + "hoạt động 1 (Vật lí, 6A, Yến _(10909510_000019)), hoạt động 2 (Vật lí, 6B, Yến _(10909510_000019))");
        assertThat(result.complete()).isFalse();
    }
}
