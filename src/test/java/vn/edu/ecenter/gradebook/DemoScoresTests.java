package vn.edu.ecenter.gradebook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.edu.ecenter.support.EcenterTest;

@EcenterTest
@DisplayName("Trung tâm mẫu: điểm học kỳ I của 10A1 (mọi môn tính điểm), 10A2 và 11A1 (Toán, Văn)")
class DemoScoresTests {

    @Autowired
    GradebookFixture fixture;

    private int count(String sql) {
        return fixture.count(sql);
    }

    private int learnersOf10A1() {
        return count("""
                SELECT count(*) FROM academics.enrolment e JOIN academics.school_class c ON c.id = e.class_id
                JOIN centres.school_year y ON y.id = c.school_year_id AND y.name = '2026-2027'
                WHERE c.name = '10A1' AND e.status = 'ACTIVE'
                """);
    }

    @Test
    @DisplayName("Điểm mẫu hợp lệ, chỉ học kỳ I, đúng các lớp; vài ĐĐGck còn thiếu; nhật ký ghi là nhập")
    void demoScores() {
        String demoScores = """
                FROM gradebook.score g JOIN academics.school_class c ON c.centre_id = g.centre_id AND c.id = g.class_id
                JOIN centres.school_year y ON y.centre_id = c.centre_id AND y.id = c.school_year_id AND y.name = '2026-2027'
                  AND c.name ~ '^1[0-2]A[0-9]+$'
                """;
        assertThat(count("SELECT count(*) " + demoScores + " WHERE c.name = '10A1'"))
                .as("45 learners × 6 compulsory and 4 elective subjects × 5–6 columns")
                .isGreaterThan(1_500);
        assertThat(count("SELECT count(DISTINCT g.subject_id) " + demoScores + " WHERE c.name = '10A2'"))
                .isEqualTo(2);
        assertThat(count("SELECT count(DISTINCT c.name) " + demoScores)).isEqualTo(3);
        assertThat(count("SELECT count(*) " + demoScores + " WHERE g.semester = 2"))
                .isZero();
        assertThat(count("SELECT count(*) " + demoScores
                        + " WHERE g.score IS NULL OR g.score * 2 <> trunc(g.score * 2)"))
                .as("half points, never empty")
                .isZero();
        int learnersOf10A1 = learnersOf10A1();
        assertThat(count("SELECT count(*) " + demoScores + " WHERE c.name = '10A1' AND g.kind = 'CK'"
                        + " AND g.subject_id = (SELECT id FROM academics.subject WHERE code = 'TOAN')"))
                .as("some end-of-term marks still missing")
                .isLessThan(learnersOf10A1)
                .isGreaterThan(learnersOf10A1 / 2);
        assertThat(
                        count(
                                "SELECT count(*) FROM gradebook.score_change WHERE source = 'IMPORT' AND changed_by = 'system'"))
                .isGreaterThan(1_500);
    }

    @Test
    @DisplayName("Nhận xét mẫu của 10A1: giáo viên Toán (học kỳ I) và GVCN (cả năm) cho mọi học viên, theo mức học")
    void demoRemarks() {
        String of10A1 = """
                FROM gradebook.remark r JOIN academics.school_class c ON c.centre_id = r.centre_id AND c.id = r.class_id
                JOIN centres.school_year y ON y.centre_id = c.centre_id AND y.id = c.school_year_id AND y.name = '2026-2027'
                WHERE c.name = '10A1' AND r.body IS NOT NULL
                """;
        int learners = learnersOf10A1();
        assertThat(count("SELECT count(*) " + of10A1 + " AND r.semester = 1"
                        + " AND r.subject_id = (SELECT id FROM academics.subject WHERE code = 'TOAN')"))
                .isEqualTo(learners);
        assertThat(count("SELECT count(*) " + of10A1 + " AND r.subject_id IS NULL"))
                .isEqualTo(learners);
        assertThat(count("SELECT count(DISTINCT r.body) " + of10A1 + " AND r.subject_id IS NOT NULL"))
                .as("remarks follow the learners' levels")
                .isGreaterThan(1);
    }
}
