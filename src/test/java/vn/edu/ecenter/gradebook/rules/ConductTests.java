package vn.edu.ecenter.gradebook.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Kết quả rèn luyện cả năm từ học kỳ I và học kỳ II")
class ConductTests {

    @ParameterizedTest(name = "HK1 {0}, HK2 {1} → cả năm {2}")
    @CsvSource({
        "TOT,      TOT,      TOT",
        "KHA,      TOT,      TOT",
        "DAT,      TOT,      KHA",
        "CHUA_DAT, TOT,      KHA",
        "TOT,      KHA,      KHA",
        "KHA,      KHA,      KHA",
        "DAT,      KHA,      KHA",
        "CHUA_DAT, KHA,      DAT",
        "TOT,      DAT,      KHA",
        "KHA,      DAT,      DAT",
        "DAT,      DAT,      DAT",
        "CHUA_DAT, DAT,      DAT",
        "TOT,      CHUA_DAT, CHUA_DAT",
        "KHA,      CHUA_DAT, CHUA_DAT",
        "DAT,      CHUA_DAT, CHUA_DAT",
        "CHUA_DAT, CHUA_DAT, CHUA_DAT",
    })
    @DisplayName("Bảng 4 × 4 mức học kỳ I × học kỳ II, ở cả hai bộ quy định")
    void readsTheYearLevelFromTheTable(Rating first, Rating second, Rating year) {
        for (RuleSet rules : RuleSets.all()) {
            assertThat(rules.conduct(first, second)).as(rules.id()).isEqualTo(year);
        }
    }
}
