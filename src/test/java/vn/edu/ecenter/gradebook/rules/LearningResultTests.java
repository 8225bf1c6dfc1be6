package vn.edu.ecenter.gradebook.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Kết quả học tập Tốt / Khá / Đạt / Chưa đạt (TT 43/2021 Điều 9.2, 05 môn; TT 22/2021, 06 môn)")
class LearningResultTests {

    @ParameterizedTest(name = "{0} → GDTX {1}, phổ thông {2}")
    @CsvSource(
            delimiter = ';',
            value = {
                // Tốt: all ≥ 6,5 and at least 05 ≥ 8,0 (GDTX) — both at their edge
                "8 8 8 8 8 6,5 6,5;           TOT;      KHA",
                "8 8 8 8 8 8 6,5;             TOT;      TOT",
                "8 8 8 8 7,9 6,5 6,5;         KHA;      KHA",
                "8 8 8 8 8 6,4 9;             KHA;      KHA",
                "10 10 10 10 10 10 6,4;       KHA;      KHA",
                // Khá: all ≥ 5,0 and at least 05 ≥ 6,5
                "6,5 6,5 6,5 6,5 6,5 5 5;     KHA;      DAT",
                "6,5 6,5 6,5 6,5 6,4 5 5;     DAT;      DAT",
                "9 9 9 9 9 9 4,9;             DAT;      DAT",
                // Đạt: at least 05 ≥ 5,0 and none < 3,5
                "5 5 5 5 5 3,5 3,5;           DAT;      CHUA_DAT",
                "5 5 5 5 5 5 3,5;             DAT;      DAT",
                "5 5 5 5 5 3,4 9;             CHUA_DAT; CHUA_DAT",
                "5 5 5 5 4,9 4,9 4,9;         CHUA_DAT; CHUA_DAT",
                "10 10 10 10 10 10 3,4;       CHUA_DAT; CHUA_DAT",
                "0 0 0 0 0 0 0;               CHUA_DAT; CHUA_DAT",
            })
    @DisplayName("Mỗi ngưỡng 3,5 / 5,0 / 6,5 / 8,0 đúng tại mép, với 05 môn (GDTX) và 06 môn (phổ thông)")
    void classifiesAtEveryThreshold(String averages, Rating gdtx, Rating general) {
        List<SubjectOutcome> subjects = Sheets.subjects(averages);

        assertThat(RuleSets.TT_43_2021.learning(subjects)).isEqualTo(new LearningResult.Classified(gdtx));
        assertThat(RuleSets.TT_22_2021.learning(subjects)).isEqualTo(new LearningResult.Classified(general));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = ';',
            value = {
                "8 8 8 8 8 8 8 | Đ Đ;            TOT",
                "8 8 8 8 8 8 8 | Đ CĐ;           DAT",
                "6,5 6,5 6,5 6,5 6,5 6,5 5 | CĐ; DAT",
                "8 8 8 8 8 8 8 | CĐ CĐ;          CHUA_DAT",
                "5 5 5 5 5 5 3,5 | Đ CĐ;         DAT",
                "5 5 5 5 5 5 3,4 | Đ Đ;          CHUA_DAT",
            })
    @DisplayName("Môn đánh giá bằng nhận xét: Tốt và Khá cần tất cả Đạt; Đạt cho phép nhiều nhất 01 môn Chưa đạt")
    void countsCommentSubjects(String results, Rating expected) {
        assertThat(RuleSets.TT_22_2021.learning(Sheets.subjects(results)))
                .isEqualTo(new LearningResult.Classified(expected));
    }

    @Test
    @DisplayName("Chưa xếp loại khi một môn chưa có điểm trung bình, và nêu tên môn đó")
    void isNotClassifiedWhileASubjectHasNoResult() {
        LearningResult result = RuleSets.TT_43_2021.learning(Sheets.subjects("8 8 _ 8 8 8 _"));

        assertThat(result).isEqualTo(new LearningResult.Unclassified(List.of("Lịch sử", "Tin học")));
        var unclassified = (LearningResult.Unclassified) result;
        assertThat(Sheets.vietnamese(unclassified.messageKey(), unclassified.arguments()))
                .isEqualTo("Chưa xếp loại học tập: môn Lịch sử, Tin học còn thiếu điểm.");
    }

    @Test
    @DisplayName("Xếp loại học kỳ dùng ĐTBmhk đã làm tròn: 4,95 thành 5,0 và được tính là từ 5,0 trở lên")
    void classifiesTheSemesterFromRoundedAverages() {
        RuleSet rules = RuleSets.TT_43_2021;
        var plan = new AssessmentPlan(Grading.SCORES, 3);
        List<SubjectOutcome> subjects = new ArrayList<>();
        // four subjects at 5,0 and one whose 39,6 / 8 = 4,95 rounds to 5,0: five subjects ≥ 5,0, so Đạt
        for (String row : List.of(
                "5 5 5 | 5 | 5",
                "5 5 5 | 5 | 5",
                "5 5 5 | 5 | 5",
                "5 5 5 | 5 | 5",
                "5 5 4,6 | 5 | 5",
                "4 4 4 | 4 | 4")) {
            subjects.add(new SubjectOutcome(
                    Sheets.SCORED.get(subjects.size()),
                    rules.semester(Semester.HK1, plan, Sheets.marks(Grading.SCORES, row))));
        }

        assertThat(rules.learning(subjects)).isEqualTo(new LearningResult.Classified(Rating.DAT));

        subjects.set(4, new SubjectOutcome("Vật lí", new SubjectResult.Average(Score.of("4.9"))));
        assertThat(rules.learning(subjects)).isEqualTo(new LearningResult.Classified(Rating.CHUA_DAT));
    }
}
