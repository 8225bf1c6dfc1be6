package vn.edu.ecenter.assessment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The statistics of a test's results, with values worked out by hand. */
@DisplayName("Thống kê kết quả bài kiểm tra: thang 10, trung bình, trung vị, độ khó, độ phân biệt")
class ScoreStatisticsTests {

    private static List<BigDecimal> numbers(String spaced) {
        return Arrays.stream(spaced.trim().split("\\s+")).map(BigDecimal::new).toList();
    }

    @ParameterizedTest(name = "{0}/{1} điểm → {2} trên thang 10")
    @DisplayName("Quy đổi sang thang 10: điểm ÷ điểm tối đa × 10, làm tròn nửa lên một chữ số thập phân")
    @CsvSource(textBlock = """
            # score, max,  on ten
              0.75,  1.5,  5.0
              7,     9,    7.8
              2.25,  3,    7.5
              1,     6,    1.7
              1.25,  2,    6.3
              0.85,  2,    4.3
              0,     4,    0.0
              4,     4,    10.0
              3,     0,    0.0
            """)
    void convertsToTheTenPointScaleRoundingHalfUp(String score, String max, String onTen) {
        assertThat(ScoreStatistics.onTen(new BigDecimal(score), new BigDecimal(max)))
                .isEqualByComparingTo(onTen)
                .satisfies(value -> assertThat(value.scale()).isEqualTo(1));
    }

    @ParameterizedTest(name = "{0} → trung bình {1}, trung vị {2}")
    @DisplayName("Điểm trung bình và trung vị của lớp, hai chữ số thập phân")
    @CsvSource(textBlock = """
            # scores,            mean, median
              6 8 7,             7.00, 7.00
              6 8 7 5,           6.50, 6.50
              9.5 3 7.5 6 2,     5.60, 6.00
              10 10 0 0,         5.00, 5.00
              7.8,               7.80, 7.80
              1 2,               1.50, 1.50
              8.1 8.2 8.2,       8.17, 8.20
            """)
    void meanAndMedian(String scores, String mean, String median) {
        assertThat(ScoreStatistics.mean(numbers(scores))).isEqualByComparingTo(mean);
        assertThat(ScoreStatistics.median(numbers(scores))).isEqualByComparingTo(median);
    }

    @Test
    @DisplayName("Không có bài nào: không có trung bình, trung vị, độ khó, độ phân biệt")
    void nothingToCountGivesNoStatistics() {
        assertThat(ScoreStatistics.mean(List.of())).isNull();
        assertThat(ScoreStatistics.median(List.of())).isNull();
        assertThat(ScoreStatistics.difficulty(List.of())).isNull();
        assertThat(ScoreStatistics.discrimination(List.of(), List.of())).isNull();
    }

    @ParameterizedTest(name = "{0} → khoảng {1}")
    @DisplayName("Phổ điểm theo khoảng một điểm; điểm 10 thuộc khoảng cuối [9;10]")
    @CsvSource({"0.0, 0", "0.9, 0", "1.0, 1", "4.9, 4", "5.0, 5", "8.5, 8", "9.0, 9", "9.9, 9", "10.0, 9"})
    void bandsOfTheTenPointScale(String score, int band) {
        assertThat(ScoreStatistics.band(new BigDecimal(score))).isEqualTo(band);
    }

    @Test
    @DisplayName("Phổ điểm đếm số bài trong mỗi khoảng")
    void bandsCountTheScores() {
        assertThat(ScoreStatistics.bands(numbers("0.5 5 5.5 6.5 10 9.2 3.4")))
                .containsExactly(1, 0, 0, 1, 0, 2, 1, 0, 0, 2);
    }

    @ParameterizedTest(name = "tỉ lệ {0} → độ khó {1}")
    @DisplayName("Độ khó (p): tỉ lệ điểm trung bình học viên đạt được trên câu")
    @CsvSource(textBlock = """
            # shares,             p
              1 1 0 1 0,          0.60
              0.5 1 0 0.25 0.75,  0.50
              1 1 1,              1.00
              0 0,                0.00
              0.25 0.5 1,         0.58
            """)
    void difficultyIsTheMeanShare(String shares, String p) {
        assertThat(ScoreStatistics.difficulty(numbers(shares))).isEqualByComparingTo(p);
    }

    /**
     * Worked by hand for five learners, e.g. the first row: shares x = 1 1 0 1 0 (mean 0,6), rest scores y = 8 7 4 6 5
     * (mean 6); Σ(x−x̄)(y−ȳ) = 0,8 + 0,4 + 1,2 + 0 + 0,6 = 3; Σ(x−x̄)² = 1,2; Σ(y−ȳ)² = 10; r = 3 / √12 = 0,866 → 0,87.
     */
    @ParameterizedTest(name = "tỉ lệ {0}, điểm phần còn lại {1} → r = {2}")
    @DisplayName("Độ phân biệt: tương quan điểm-nhị phân giữa tỉ lệ điểm của câu và điểm phần còn lại của bài")
    @CsvSource(textBlock = """
            # shares,             rest,          r
              1 1 0 1 0,          8 7 4 6 5,     0.87
              1 0 1 0 1,          2 8 3 7 5,     -0.90
              0.5 1 0 0.25 0.75,  6 9 2 4 7,     0.99
              1 0 1 0,            5 5 5 5,
              1 1 1 1 1,          9 3 6 4 8,
              1,                  7,
              1 0,                6 2,           1.00
            """)
    void discriminationIsThePointBiserialWithTheRestOfThePaper(String shares, String rest, String r) {
        BigDecimal found = ScoreStatistics.discrimination(numbers(shares), numbers(rest));
        if (r == null) {
            assertThat(found)
                    .as("undefined without variance or with fewer than two learners")
                    .isNull();
        } else {
            assertThat(found).isEqualByComparingTo(r);
        }
    }
}
