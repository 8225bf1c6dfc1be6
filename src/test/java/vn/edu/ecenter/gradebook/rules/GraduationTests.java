package vn.edu.ecenter.gradebook.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Điểm trung bình các năm học cho xét tốt nghiệp (TT 24/2024 Điều 44)")
class GraduationTests {

    private static final GraduationRule RULE = RuleSets.TT_43_2021.graduation();

    @ParameterizedTest(name = "ĐTBmcn {0} → điểm trung bình năm {1}")
    @CsvSource(
            delimiter = ';',
            value = {
                // 49,5 / 7 = 7,0714…
                "8 7,5 6 9 5,5 6,5 7;    7.07",
                // 49 / 8 = 6,125 exactly → 6,13 (half-up)
                "6 6 6 6 6 6 6 7;        6.13",
                // 43,2 / 7 = 6,1714…
                "6 6 6 6 6 6 7,2;        6.17",
                "10 10 10 10 10 10 10;   10.00",
                "5;                      5.00",
            })
    @DisplayName("Điểm trung bình năm = trung bình cộng ĐTBmcn các môn tính điểm, hai chữ số thập phân")
    void averagesTheScoredSubjectsOfAYear(String yearAverages, BigDecimal expected) {
        List<Score> scores =
                Arrays.stream(yearAverages.split(" ")).map(Score::parse).toList();

        assertThat(RULE.yearAverage(scores)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "L10 {0}, L11 {1}, L12 {2} → {3}")
    @CsvSource({
        // (6,13 + 2·7,07 + 3·8,00) / 6 = 44,27 / 6 = 7,3783…
        "6.13, 7.07, 8.00, 7.38",
        // 36,03 / 6 = 6,005 exactly → 6,01
        "6.00, 6.00, 6.01, 6.01",
        // 36,02 / 6 = 6,00333…
        "6.02, 6.00, 6.00, 6.00",
        "10.00, 10.00, 10.00, 10.00",
    })
    @DisplayName("Điểm trung bình các năm = (L10 + 2·L11 + 3·L12) / 6, hai chữ số thập phân")
    void weighsTheThreeYears(BigDecimal l10, BigDecimal l11, BigDecimal l12, BigDecimal expected) {
        assertThat(RULE.averageOfYears(List.of(l10, l11, l12))).isEqualTo(expected);
    }

    @Test
    @DisplayName("Cần đúng ba năm và ít nhất một môn tính điểm")
    void needsThreeYearsAndAScoredSubject() {
        assertThatThrownBy(() -> RULE.averageOfYears(List.of(new BigDecimal("6.00"), new BigDecimal("7.00"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RULE.yearAverage(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
