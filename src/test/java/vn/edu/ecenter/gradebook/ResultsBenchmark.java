package vn.edu.ecenter.gradebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.edu.ecenter.academics.Academics;
import vn.edu.ecenter.academics.AcademicsFixture;
import vn.edu.ecenter.academics.AcademicsFixture.Teacher;
import vn.edu.ecenter.academics.Assign;
import vn.edu.ecenter.academics.ClassSession;
import vn.edu.ecenter.academics.CreateClass;
import vn.edu.ecenter.academics.SubjectView;
import vn.edu.ecenter.gradebook.rules.Decision;
import vn.edu.ecenter.platform.tenancy.Tenancy;
import vn.edu.ecenter.support.EcenterTest;

/**
 * Benchmark of issue 4's "year-end results for 1,200 learners × 7 subjects: under 2 s" (27 classes of a past school
 * year, every mark and conduct level entered): each class is a handful of set-based queries, then the pure rules. The
 * data is written with SQL in bulk; the year is not the current one, so other tests do not see it. Runs only with
 * {@code -Dbench=true} ({@code bench/year-end-results.sh}); the times go to {@code target/bench/year-end-results.txt}.
 * It asserts what was computed, never how long it took.
 */
@EcenterTest
@EnabledIfSystemProperty(named = "bench", matches = "true")
@DisplayName("Đo tốc độ: kết quả cả năm của 1.200 học viên × 7 môn")
class ResultsBenchmark {

    @Autowired
    AcademicsFixture fixture;

    @Autowired
    Academics academics;

    @Autowired
    Results results;

    @Autowired
    Tenancy tenancy;

    @Autowired
    JdbcClient jdbc;

    static final List<String> SUBJECTS = List.of("VAN", "TOAN", "SU", "LY", "HOA", "SINH", "TIN");

    @Test
    @DisplayName("27 lớp, 1.200 học viên, mọi điểm đã nhập: bảng tổng hợp cả năm của mọi lớp")
    void yearEndResultsOfTheWholeCentre() throws Exception {
        fixture.asDirector(() -> academics.installStandardProgramme());
        var year = fixture.schoolYear(2025);
        Teacher teacher = fixture.teacherWithAccount("Nguyễn Văn Tốc Độ");
        String unique = AcademicsFixture.unique();
        UUID combination = fixture.asDirector(() -> academics.defineCombination(
                        "SP" + unique.toUpperCase(), "Tự nhiên", List.of("LY", "HOA", "SINH", "TIN")))
                .id();
        List<UUID> subjectIds = fixture.asDirector(() -> academics.subjects()).stream()
                .filter(s -> SUBJECTS.contains(s.code()))
                .map(SubjectView::id)
                .toList();
        List<UUID> classes = new ArrayList<>();
        List<Assign> assignments = new ArrayList<>();
        for (int i = 0; i < 27; i++) {
            String name = "SP" + unique + "-" + i;
            UUID classId = fixture.asDirector(() -> academics.createClass(
                            new CreateClass(year.id(), name, 10, ClassSession.EVENING, null, teacher.staffId())))
                    .id();
            classes.add(classId);
            subjectIds.forEach(
                    subject -> assignments.add(new Assign(classId, subject, teacher.staffId(), BigDecimal.valueOf(2))));
        }
        fixture.asDirector(() -> academics.assignAll(assignments));
        UUID[] ids = new UUID[1200];
        UUID[] classOf = new UUID[1200];
        Integer[] numbers = new Integer[1200];
        for (int n = 0; n < 1200; n++) {
            ids[n] = UUID.randomUUID();
            classOf[n] = classes.get(n % 27);
            numbers[n] = n;
        }
        String learners = "(SELECT * FROM unnest(?::uuid[], ?::uuid[], ?::int[]) AS t(id, class_id, n)) ";
        tenancy.inCentre(fixture.centre(), () -> {
            // 1,200 learners, 44 or 45 per class.
            jdbc.sql("""
                            INSERT INTO people.learner (centre_id, id, code, family_name, middle_name, given_name,
                                                        full_name, search_key, birth_date, sex)
                            SELECT platform.current_centre(), id, ? || n, 'Nguyễn', 'Văn', 'Học' || n,
                                   'Nguyễn Văn Học' || n, 'nguyen van hoc' || n, DATE '2009-01-01', 'MALE'
                            FROM """ + learners + "l")
                    .params("SP" + unique, ids, classOf, numbers)
                    .update();
            jdbc.sql("""
                            INSERT INTO academics.enrolment (centre_id, id, learner_id, school_year_id, class_id,
                                                             combination_id, status, starts_on)
                            SELECT platform.current_centre(), gen_random_uuid(), id, ?, class_id, ?, 'ACTIVE', ?
                            FROM """ + learners + "l")
                    .params(year.id(), combination, year.startsOn(), ids, classOf, numbers)
                    .update();
            // Every mark of both semesters: 7,0 … 9,5 by learner, so results vary.
            jdbc.sql("""
                            INSERT INTO gradebook.score (centre_id, class_id, subject_id, semester, learner_id, kind,
                                                         idx, school_year_id, score, version, changed_at, changed_by)
                            SELECT platform.current_centre(), l.class_id, s.id, sem, l.id, slot.kind, slot.idx, ?,
                                   (4 + (l.n + s.position) % 12) * 0.5 + 1, 1, now(), 'speed'
                            FROM """ + learners + """
                            l CROSS JOIN academics.subject s
                            CROSS JOIN generate_series(1, 2) sem
                            CROSS JOIN LATERAL (
                              SELECT 'TX' AS kind, i AS idx FROM generate_series(1,
                                CASE WHEN s.periods_per_year <= 35 THEN 2 WHEN s.periods_per_year <= 70 THEN 3
                                     ELSE 4 END) i
                              UNION ALL SELECT 'GK', 1 UNION ALL SELECT 'CK', 1) slot
                            WHERE s.id = ANY (?::uuid[])
                            """)
                    .params(year.id(), ids, classOf, numbers, subjectIds.toArray(UUID[]::new))
                    .update();
            jdbc.sql("""
                            INSERT INTO gradebook.conduct (centre_id, class_id, semester, learner_id, school_year_id,
                                                           rating, version, changed_at, changed_by)
                            SELECT platform.current_centre(), class_id, sem, id, ?,
                                   (ARRAY['TOT', 'KHA', 'DAT'])[1 + n % 3], 1, now(), 'speed'
                            FROM """ + learners + """
                            l CROSS JOIN generate_series(1, 2) sem
                            """)
                    .params(year.id(), ids, classOf, numbers)
                    .update();
        });

        List<Long> rounds = new ArrayList<>();
        int counted = 0;
        int decided = 0;
        for (int round = 0; round < 5; round++) {
            long start = System.nanoTime();
            counted = 0;
            decided = 0;
            for (UUID classId : classes) {
                ClassResults summary = fixture.asDirector(() -> results.classResults(classId, ResultPeriod.CN));
                counted += summary.rows().size();
                decided += (int) summary.rows().stream()
                        .filter(row -> row.decision() == Decision.LEN_LOP)
                        .count();
            }
            rounds.add((System.nanoTime() - start) / 1_000_000);
        }
        assertThat(counted).isEqualTo(1200);
        assertThat(decided).as("learners promoted").isPositive();
        Path out = Path.of("target", "bench", "year-end-results.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(
                out,
                "year-end results (CN) of 27 classes, 1,200 learners x 7 subjects, 5 rounds (ms; the first is cold): "
                        + rounds + "; learners promoted: " + decided + System.lineSeparator(),
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }
}
