package vn.edu.ecenter.gradebook.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Xét lên lớp, kiểm tra lại, rèn luyện hè, ở lại lớp (TT 43/2021 Điều 11–13)")
class PromotionTests {

    private static final RuleSet RULES = RuleSets.TT_43_2021;

    @ParameterizedTest(name = "học tập {0}, rèn luyện {1}, nghỉ {2} ngày, đã KT lại {3}, đã RL hè {4} → {5}")
    @CsvSource({
        // promoted: conduct and learning Đạt or better, at most 45 days absent
        "TOT,      TOT,      0,  false, false, LEN_LOP",
        "DAT,      DAT,      45, false, false, LEN_LOP",
        "KHA,      KHA,      45, false, false, LEN_LOP",
        // the 45-day limit, whatever the results
        "DAT,      DAT,      46, false, false, O_LAI_LOP",
        "TOT,      TOT,      46, false, false, O_LAI_LOP",
        "CHUA_DAT, DAT,      46, false, false, O_LAI_LOP",
        "DAT,      CHUA_DAT, 46, false, false, O_LAI_LOP",
        // learning Chưa đạt with conduct Đạt or better: re-test, then promoted or repeat
        "CHUA_DAT, DAT,      10, false, false, KIEM_TRA_LAI",
        "CHUA_DAT, TOT,      45, false, false, KIEM_TRA_LAI",
        "DAT,      DAT,      10, true,  false, LEN_LOP",
        "CHUA_DAT, DAT,      10, true,  false, O_LAI_LOP",
        // conduct Chưa đạt: summer training, then promoted or repeat
        "DAT,      CHUA_DAT, 10, false, false, REN_LUYEN_HE",
        "TOT,      CHUA_DAT, 45, false, false, REN_LUYEN_HE",
        "DAT,      DAT,      10, false, true,  LEN_LOP",
        "DAT,      CHUA_DAT, 10, false, true,  O_LAI_LOP",
        // both Chưa đạt: summer training first; once conduct is Đạt, the re-tests
        "CHUA_DAT, CHUA_DAT, 10, false, false, REN_LUYEN_HE",
        "CHUA_DAT, DAT,      10, false, true,  KIEM_TRA_LAI",
        "DAT,      DAT,      10, true,  true,  LEN_LOP",
        "CHUA_DAT, DAT,      10, true,  true,  O_LAI_LOP",
    })
    @DisplayName("Quyết định cuối năm theo kết quả học tập, rèn luyện và số ngày nghỉ (tối đa 45 ngày)")
    void decidesTheYearEnd(
            Rating learning,
            Rating conduct,
            int daysAbsent,
            boolean retested,
            boolean summerTrained,
            Decision decision) {
        assertThat(RULES.decide(new YearStanding(learning, conduct, daysAbsent, retested, summerTrained)))
                .isEqualTo(decision);
    }

    @ParameterizedTest(name = "học tập {0}, rèn luyện {1}, đã RL hè {2} → {3}")
    @CsvSource({
        "CHUA_DAT, CHUA_DAT, false, O_LAI_LOP",
        "CHUA_DAT, DAT,      true,  O_LAI_LOP",
        "DAT,      CHUA_DAT, false, REN_LUYEN_HE",
        "CHUA_DAT, DAT,      false, KIEM_TRA_LAI",
    })
    @DisplayName("Cách hiểu khác (tham số): chưa đạt cả hai thì ở lại lớp ngay, không rèn luyện hè rồi kiểm tra lại")
    void canReadTheSummerRuleTheStricterWay(Rating learning, Rating conduct, boolean summerTrained, Decision decision) {
        var strict = new PromotionRule(45, new BigDecimal("5.0"), false);

        assertThat(strict.decide(new YearStanding(learning, conduct, 10, false, summerTrained)))
                .isEqualTo(decision);
    }

    @ParameterizedTest(name = "ĐTBmcn {0}, kiểm tra lại {1} → môn kiểm tra lại [{2}], xếp loại lại {3}, {4}")
    @CsvSource(
            delimiter = ';',
            value = {
                // Lịch sử 3,4 < 3,5 makes the year Chưa đạt; a re-test of 5,0 replaces it
                "6 6 3,4 6 6 6 6;     Lịch sử=5;            Lịch sử;               DAT;      LEN_LOP",
                "6 6 3,4 6 6 6 6;     Lịch sử=3,5;          Lịch sử;               DAT;      LEN_LOP",
                "6 6 3,4 6 6 6 6;     Lịch sử=3,4;          Lịch sử;               CHUA_DAT; O_LAI_LOP",
                // only subjects below 5,0 are re-tested: 4,9 is, 5,0 is not
                "4,9 4,9 4,9 5 5 5 5; Ngữ văn=5 Toán=6;     Ngữ văn Toán Lịch sử;  DAT;      LEN_LOP",
                "4,9 4,9 4,9 5 5 5 5; Ngữ văn=2;            Ngữ văn Toán Lịch sử;  CHUA_DAT; O_LAI_LOP",
                // a re-test lower than the year average still replaces it: Lịch sử 4,9 → 3,4 is below 3,5
                "4,9 4,9 4,9 5 5 5 5; Ngữ văn=5 Toán=5 Lịch sử=3,4; Ngữ văn Toán Lịch sử; CHUA_DAT; O_LAI_LOP",
            })
    @DisplayName("Kiểm tra lại các môn ĐTBmcn dưới 5,0; điểm kiểm tra lại thay ĐTBmcn và cả năm được xếp loại lại")
    void replacesYearAveragesByRetestsAndReclassifies(
            String averages, String retests, String subjects, Rating reclassified, Decision decision) {
        List<SubjectOutcome> year = Sheets.subjects(averages);
        assertThat(RULES.learning(year)).isEqualTo(new LearningResult.Classified(Rating.CHUA_DAT));
        assertThat(RULES.decide(YearStanding.atYearEnd(Rating.CHUA_DAT, Rating.TOT, 3)))
                .isEqualTo(Decision.KIEM_TRA_LAI);

        assertThat(String.join(" ", RULES.retestSubjects(year))).isEqualTo(subjects);

        LearningResult after = RULES.learning(RULES.afterRetests(year, retestMarks(retests)));
        assertThat(after).isEqualTo(new LearningResult.Classified(reclassified));
        assertThat(RULES.decide(new YearStanding(reclassified, Rating.TOT, 3, true, false)))
                .isEqualTo(decision);
    }

    @Test
    @DisplayName("Môn đánh giá bằng nhận xét Chưa đạt được kiểm tra lại; Đạt khi kiểm tra lại thay kết quả cả năm")
    void retestsACommentSubjectRatedChuaDat() {
        List<SubjectOutcome> year = Sheets.subjects("8 8 8 8 8 8 8 | CĐ CĐ");
        assertThat(RuleSets.TT_22_2021.learning(year)).isEqualTo(new LearningResult.Classified(Rating.CHUA_DAT));
        assertThat(RuleSets.TT_22_2021.retestSubjects(year)).containsExactly("HĐTN-HN", "GDĐP");

        var after = RuleSets.TT_22_2021.afterRetests(year, Map.of("GDĐP", CommentLevel.DAT));

        assertThat(RuleSets.TT_22_2021.learning(after)).isEqualTo(new LearningResult.Classified(Rating.DAT));
    }

    @Test
    @DisplayName("Không nhận điểm kiểm tra lại cho môn không phải kiểm tra lại hoặc sai loại đánh giá")
    void refusesRetestsOutsideTheFailedSubjects() {
        List<SubjectOutcome> year = Sheets.subjects("6 6 3,4 6 6 6 6 | CĐ");

        assertThatThrownBy(() -> RULES.afterRetests(year, Map.of("Toán", Score.of("7"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RULES.afterRetests(year, Map.of("Lịch sử", CommentLevel.DAT)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RULES.afterRetests(year, Map.of("HĐTN-HN", Score.of("7"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Map<String, Mark> retestMarks(String retests) {
        Map<String, Mark> marks = new LinkedHashMap<>();
        // "Ngữ văn=5 Toán=6": subject names may hold spaces, so split before each "name="
        Arrays.stream(retests.strip().split("(?<=\\d)\\s+")).forEach(pair -> {
            String[] parts = pair.split("=");
            marks.put(parts[0].strip(), Score.parse(parts[1]));
        });
        return marks;
    }
}
