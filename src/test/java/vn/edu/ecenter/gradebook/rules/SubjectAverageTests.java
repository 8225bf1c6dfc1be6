package vn.edu.ecenter.gradebook.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Điểm trung bình môn học kỳ và cả năm (TT 43/2021 Điều 9.1)")
class SubjectAverageTests {

    private static final RuleSet RULES = RuleSets.TT_43_2021;

    @ParameterizedTest(name = "{0} tiết/năm, {1} cụm chuyên đề → {2} ĐĐGtx")
    @CsvSource({
        "1, 0, 2",
        "35, 0, 2",
        "36, 0, 3",
        "52, 0, 3",
        "70, 0, 3",
        "71, 0, 4",
        "105, 0, 4",
        "105, 1, 5",
        "70, 1, 4",
        "35, 1, 3",
    })
    @DisplayName("Số ĐĐGtx mỗi học kỳ theo số tiết/năm: đến 35 tiết 2 lần, đến 70 tiết 3 lần, trên 70 tiết 4 lần;"
            + " điểm chuyên đề học tập tính là ĐĐGtx")
    void countsRegularAssessmentsByPeriodsPerYear(int periods, int topicClusters, int expected) {
        for (RuleSet rules : RuleSets.all()) {
            assertThat(rules.plan(Grading.SCORES, periods, topicClusters).regularCount())
                    .as(rules.id())
                    .isEqualTo(expected);
        }
    }

    @ParameterizedTest(name = "{0} tiết/năm → 2 ĐĐGtx")
    @CsvSource({"35", "70", "105"})
    @DisplayName("Môn đánh giá bằng nhận xét có 2 lần ĐĐGtx mỗi học kỳ")
    void commentSubjectsHaveTwoRegularAssessments(int periods) {
        assertThat(RULES.plan(Grading.COMMENTS, periods, 0).slots())
                .extracting(MarkSlot::toString)
                .containsExactly("TX1", "TX2", "GK", "CK");
    }

    @ParameterizedTest(name = "{0} → ĐTBmhk {1}")
    @CsvSource(
            delimiter = ';',
            value = {
                // (8 + 7 + 2·6 + 3·9) / 7 = 54 / 7 = 7,714…
                "8 7 | 6 | 9;                7,7",
                "10 10 10 10 | 10 | 10;      10,0",
                "0 0 0 | 0 | 0;              0,0",
                // the weights: ĐĐGtx ×1, ĐĐGgk ×2, ĐĐGck ×3
                "10 10 | 0 | 0;              2,9",
                "0 0 | 10 | 0;               2,9",
                "0 0 | 0 | 10;               4,3",
                // rounding edges: 51,6 / 8 = 6,45 exactly → 6,5; 51,5 / 8 = 6,4375 → 6,4
                "6 6 6,6 | 6 | 7;            6,5",
                "6 6 6,5 | 6 | 7;            6,4",
                // 45,1 / 7 = 6,4428… → 6,4; 58 / 9 = 6,444… → 6,4; 58,1 / 9 = 6,4555… → 6,5
                "6 6,1 | 6 | 7;              6,4",
                "6 6 6 7 | 6 | 7;            6,4",
                "6 6 6 7,1 | 6 | 7;          6,5",
                // at the thresholds: 39,6 / 8 = 4,95 → 5,0 but 39,5 / 8 = 4,9375 → 4,9; 27,6 / 8 = 3,45 → 3,5
                "5 5 4,6 | 5 | 5;            5,0",
                "5 5 4,5 | 5 | 5;            4,9",
                "3 3 3,6 | 3 | 4;            3,5",
                "3 3 3,5 | 3 | 4;            3,4",
                // 63,6 / 8 = 7,95 → 8,0; 51,6 / 8 = 6,45 → 6,5
                "8 8 7,6 | 8 | 8;            8,0",
                "8 8 7,5 | 8 | 8;            7,9",
            })
    @DisplayName("ĐTBmhk = (ΣĐĐGtx + 2·ĐĐGgk + 3·ĐĐGck) / (số ĐĐGtx + 5), làm tròn nửa lên đến một chữ số thập phân")
    void computesTheSemesterAverage(String row, String average) {
        assertThat(RULES.semester(Semester.HK1, Sheets.plan(Grading.SCORES, row), Sheets.marks(Grading.SCORES, row)))
                .isEqualTo(new SubjectResult.Average(Score.parse(average)));
    }

    @ParameterizedTest(name = "{0} ({1} ĐĐGtx) → thiếu {2}")
    @CsvSource(
            delimiter = ';',
            value = {
                "8 _ 7 | 6 | _;     3; TX2 CK",
                "_ _ | _ | _;       2; TX1 TX2 GK CK",
                "8 7 | 6 | 9;       3; TX3",
                "8 7 6 | _ | 9;     3; GK",
                "8 7 6 9 | 6 | 9;   5; TX5",
            })
    @DisplayName("Chưa có ĐTBmhk khi còn thiếu điểm; kết quả nêu đúng các cột còn thiếu")
    void hasNoAverageUntilEveryMarkIsThere(String row, int regularCount, String missing) {
        var plan = new AssessmentPlan(Grading.SCORES, regularCount);

        SubjectResult result = RULES.semester(Semester.HK1, plan, Sheets.marks(Grading.SCORES, row));

        assertThat(result.isComplete()).isFalse();
        assertThat(result)
                .asInstanceOf(type(SubjectResult.Incomplete.class))
                .extracting(SubjectResult.Incomplete::missing)
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.list(Missing.class))
                .extracting(gap -> gap.slot().toString())
                .containsExactlyElementsOf(Arrays.asList(missing.split(" ")));
    }

    @Test
    @DisplayName("Thông báo thiếu điểm ghi rõ học kỳ và cột: \"Học kỳ II: chưa có ĐĐGtx 2\"")
    void namesTheMissingMarkInVietnamese() {
        var plan = new AssessmentPlan(Grading.SCORES, 2);

        var result = (SubjectResult.Incomplete)
                RULES.semester(Semester.HK2, plan, Sheets.marks(Grading.SCORES, "8 _ | 7 | _"));

        assertThat(result.missing())
                .extracting(gap -> Sheets.vietnamese(gap.messageKey(), gap.arguments()))
                .containsExactly("Học kỳ II: chưa có ĐĐGtx 2", "Học kỳ II: chưa có ĐĐGck");
    }

    @Test
    @DisplayName("Điểm chuyên đề học tập là một ĐĐGtx: môn 105 tiết có chuyên đề cần 5 ĐĐGtx, chia cho 10")
    void countsLearningTopicScoresAsRegularAssessments() {
        AssessmentPlan plan = RULES.plan(Grading.SCORES, 105, 1);

        // (6 + 7 + 8 + 9 + 10 (chuyên đề) + 2·8 + 3·7) / (5 + 5) = 77 / 10
        assertThat(RULES.semester(Semester.HK1, plan, Sheets.marks(Grading.SCORES, "6 7 8 9 10 | 8 | 7")))
                .isEqualTo(new SubjectResult.Average(Score.of("7.7")));
        assertThat(RULES.semester(Semester.HK1, plan, Sheets.marks(Grading.SCORES, "6 7 8 9 | 8 | 7")))
                .isEqualTo(new SubjectResult.Incomplete(List.of(new Missing(Semester.HK1, MarkSlot.regular(5)))));
    }

    @Test
    @DisplayName("Không nhận điểm ở cột không có trong kế hoạch hoặc sai loại đánh giá")
    void refusesMarksThatDoNotFitThePlan() {
        var plan = new AssessmentPlan(Grading.SCORES, 2);

        assertThatThrownBy(() -> RULES.semester(Semester.HK1, plan, Sheets.marks(Grading.SCORES, "8 7 6 | 6 | 9")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RULES.semester(
                        Semester.HK1, plan, SemesterMarks.NONE.with(MarkSlot.MID_TERM, CommentLevel.DAT)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "HK1 {0}, HK2 {1} → ĐTBmcn {2}")
    @CsvSource({
        // (6,5 + 2·7,0) / 3 = 6,833…
        "6.5, 7.0, 6.8",
        "5.0, 5.0, 5.0",
        // 14,9 / 3 = 4,966… → 5,0; 14,7 / 3 = 4,9
        "4.9, 5.0, 5.0",
        "4.7, 5.0, 4.9",
        // 19,4 / 3 = 6,466… → 6,5; 23,8 / 3 = 7,933… → 7,9
        "6.4, 6.5, 6.5",
        "8.0, 7.9, 7.9",
        "10.0, 10.0, 10.0",
        "0.0, 0.0, 0.0",
    })
    @DisplayName("ĐTBmcn = (ĐTBmhkI + 2·ĐTBmhkII) / 3, làm tròn đến một chữ số thập phân")
    void computesTheYearAverage(String first, String second, String year) {
        assertThat(RULES.year(Grading.SCORES, average(first), average(second))).isEqualTo(average(year));
    }

    @Test
    @DisplayName("ĐTBmcn tính từ các ĐTBmhk đã làm tròn: 3,85 → 3,9 và 5,45 → 5,5 cho 5,0 (không phải 4,9)")
    void computesTheYearFromTheRoundedSemesterAverages() {
        var plan = new AssessmentPlan(Grading.SCORES, 3);
        // 30,8 / 8 = 3,85 and 43,6 / 8 = 5,45; unrounded, (3,85 + 2·5,45) / 3 = 4,916… would give 4,9
        SubjectResult first = RULES.semester(Semester.HK1, plan, Sheets.marks(Grading.SCORES, "4 4 4,8 | 3 | 4"));
        SubjectResult second = RULES.semester(Semester.HK2, plan, Sheets.marks(Grading.SCORES, "5 5 5,6 | 5 | 6"));

        assertThat(first).isEqualTo(average("3.9"));
        assertThat(second).isEqualTo(average("5.5"));
        assertThat(RULES.year(Grading.SCORES, first, second)).isEqualTo(average("5.0"));
    }

    @Test
    @DisplayName("Chưa có ĐTBmcn khi một học kỳ còn thiếu điểm; kết quả nêu điểm thiếu của cả hai học kỳ")
    void hasNoYearAverageUntilBothSemestersAreComplete() {
        var plan = new AssessmentPlan(Grading.SCORES, 2);
        SubjectResult first = RULES.semester(Semester.HK1, plan, Sheets.marks(Grading.SCORES, "8 _ | 7 | 8"));
        SubjectResult second = RULES.semester(Semester.HK2, plan, Sheets.marks(Grading.SCORES, "8 8 | 7 | _"));

        assertThat(RULES.year(Grading.SCORES, average("7.0"), second))
                .isEqualTo(new SubjectResult.Incomplete(List.of(new Missing(Semester.HK2, MarkSlot.END_OF_TERM))));
        assertThat(RULES.year(Grading.SCORES, first, second))
                .isEqualTo(new SubjectResult.Incomplete(List.of(
                        new Missing(Semester.HK1, MarkSlot.regular(2)),
                        new Missing(Semester.HK2, MarkSlot.END_OF_TERM))));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = ';',
            value = {
                "Đ Đ | Đ | Đ;      DAT",
                "Đ CĐ | Đ | Đ;     CHUA_DAT",
                "Đ Đ | CĐ | Đ;     CHUA_DAT",
                "Đ Đ | Đ | CĐ;     CHUA_DAT",
                "CĐ CĐ | CĐ | CĐ;  CHUA_DAT",
            })
    @DisplayName("Môn đánh giá bằng nhận xét: Đạt khi đủ số lần đánh giá và tất cả các lần đều Đạt")
    void ratesACommentSubjectForTheSemester(String row, CommentLevel expected) {
        AssessmentPlan plan = RULES.plan(Grading.COMMENTS, 35, 0);

        assertThat(RULES.semester(Semester.HK1, plan, Sheets.marks(Grading.COMMENTS, row)))
                .isEqualTo(new SubjectResult.Commented(expected));
    }

    @Test
    @DisplayName("Môn đánh giá bằng nhận xét chưa có kết quả khi thiếu một lần đánh giá, dù các lần khác đều Đạt")
    void hasNoCommentResultUntilEveryAssessmentIsHeld() {
        AssessmentPlan plan = RULES.plan(Grading.COMMENTS, 35, 0);

        assertThat(RULES.semester(Semester.HK1, plan, Sheets.marks(Grading.COMMENTS, "Đ _ | Đ | Đ")))
                .isEqualTo(new SubjectResult.Incomplete(List.of(new Missing(Semester.HK1, MarkSlot.regular(2)))));
    }

    @ParameterizedTest(name = "HK1 {0}, HK2 {1} → cả năm {2}")
    @CsvSource({"CHUA_DAT, DAT, DAT", "DAT, CHUA_DAT, CHUA_DAT", "DAT, DAT, DAT", "CHUA_DAT, CHUA_DAT, CHUA_DAT"})
    @DisplayName("Môn đánh giá bằng nhận xét: kết quả cả năm là kết quả học kỳ II")
    void ratesACommentSubjectForTheYearByTheSecondSemester(CommentLevel first, CommentLevel second, CommentLevel year) {
        assertThat(RULES.year(
                        Grading.COMMENTS, new SubjectResult.Commented(first), new SubjectResult.Commented(second)))
                .isEqualTo(new SubjectResult.Commented(year));
    }

    private static SubjectResult average(String value) {
        return new SubjectResult.Average(Score.of(value));
    }
}
