package vn.edu.ecenter.gradebook.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Các phiên bản quy định đánh giá: chọn theo mã và theo ngày hiệu lực")
class RuleSetsTests {

    @ParameterizedTest(name = "{0}, khối {1}, năm học bắt đầu {2} → {3}")
    @CsvSource(
            nullValues = "-",
            value = {
                "GDTX,    10, 2022, TT43_2021",
                "GDTX,    10, 2021, -",
                "GDTX,    11, 2023, TT43_2021",
                "GDTX,    11, 2022, -",
                "GDTX,    12, 2024, TT43_2021",
                "GDTX,    12, 2023, -",
                "GDTX,    12, 2026, TT43_2021",
                "GENERAL, 10, 2025, TT22_2021",
                "GDTX,    9,  2025, -",
            })
    @DisplayName("Học viên GDTX theo TT 43/2021 từ lộ trình: lớp 10 năm 2022–2023, lớp 11 năm 2023–2024, lớp 12 năm"
            + " 2024–2025")
    void choosesTheVersionThatAssessesAClass(Programme programme, int grade, int schoolYearStart, String id) {
        assertThat(RuleSets.forClass(programme, grade, schoolYearStart).map(RuleSet::id))
                .isEqualTo(Optional.ofNullable(id));
    }

    @Test
    @DisplayName("Mỗi phiên bản có mã riêng và được tìm lại theo mã đã lưu cùng kết quả")
    void findsEachVersionByItsId() {
        assertThat(RuleSets.all()).extracting(RuleSet::id).doesNotHaveDuplicates();
        RuleSets.all().forEach(rules -> assertThat(RuleSets.byId(rules.id())).contains(rules));
        assertThat(RuleSets.byId("TT58_2011")).isEmpty();
        assertThat(RuleSets.TT_43_2021.inForceFrom()).isEqualTo(LocalDate.of(2022, 2, 14));
        assertThat(RuleSets.TT_43_2021.parameters().learning().subjectCount()).isEqualTo(5);
        assertThat(RuleSets.TT_22_2021.parameters().learning().subjectCount()).isEqualTo(6);
    }

    @Test
    @DisplayName("Một cách hiểu đã sửa là phiên bản mới; kết quả tính theo phiên bản cũ không đổi")
    void makesACorrectedReadingANewVersion() {
        RuleSet current = RuleSets.TT_43_2021;
        RuleParameters old = current.parameters();
        RuleSet corrected = new CircularRules(
                "TT43_2021_R2",
                current.title(),
                current.programme(),
                LocalDate.of(2027, 9, 1),
                java.util.Map.of(10, 2027, 11, 2027, 12, 2027),
                new RuleParameters(
                        old.regular(),
                        old.averageRounding(),
                        CommentSemesterRule.END_OF_TERM_DAT,
                        old.learning(),
                        old.conduct(),
                        old.promotion(),
                        old.graduation()));
        AssessmentPlan plan = current.plan(Grading.COMMENTS, 35, 0);
        SemesterMarks marks = Sheets.marks(Grading.COMMENTS, "CĐ CĐ | CĐ | Đ");

        assertThat(current.semester(Semester.HK1, plan, marks))
                .isEqualTo(new SubjectResult.Commented(CommentLevel.CHUA_DAT));
        assertThat(corrected.semester(Semester.HK1, plan, marks))
                .isEqualTo(new SubjectResult.Commented(CommentLevel.DAT));
        assertThat(corrected.appliesTo(10, 2026)).isFalse();
        assertThat(corrected.appliesTo(10, 2027)).isTrue();
    }
}
