package vn.edu.ecenter.timetable.fet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The checker against FET 6.8.5's own results on the Vietnamese schools' files (see the resources' README). */
class FetOracleTests {

    @ParameterizedTest(name = "{0}")
    @DisplayName("Thời khóa biểu FET tạo ra: đủ hoạt động, không vi phạm ràng buộc bắt buộc, xung đột mềm như FET báo")
    @CsvSource({
        // file, activities, FET's "Total soft conflicts"
        "Vietnam-HungYen-secondary,                230, 1.9",
        "Vietnam-THCS-DucHop-KimDong-HungYen-2015, 206, 0.95",
        "Vietnam-LeQuiDon-LamHa-Khoi-chieu,        288, 0"
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
}
