package vn.edu.ecenter.gradebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import vn.edu.ecenter.academics.AcademicsFixture;
import vn.edu.ecenter.identity.Role;
import vn.edu.ecenter.support.EcenterTest;
import vn.edu.ecenter.support.TestAccounts;

/**
 * The in-process speed targets of issue 4 on the demo centre's class 10A1 (45 learners, semester I scores loaded by the
 * demo): reading the mathematics score sheet through {@link Gradebook#sheet} (target: median under 30 ms) and saving
 * one cell through {@link Gradebook#save} as the assigned teacher {@code gv.toan}, alternating two values so that every
 * save changes the cell, writes its change log and an audit-trail entry (target: p99 under 20 ms). Each is warmed up,
 * then timed call by call. Run with {@code bench/gradebook.sh} (or {@code -Dbench=true}); the results are appended to
 * {@code target/bench/gradebook-in-process.txt}.
 *
 * <p>The test profile's embedded PostgreSQL does not flush commits to disk ({@code ecenter.db.durable=false}); the
 * HTTP measurements of {@code bench/gradebook.sh} run against the packaged application, whose commits are durable.
 */
@EcenterTest
@EnabledIfSystemProperty(named = "bench", matches = "true")
class GradebookBenchmark {

    static final int WARM_UP = 300;
    static final int READS = 1_000;
    static final int SAVES = 2_000;

    @Autowired
    Gradebook gradebook;

    @Autowired
    AcademicsFixture academics;

    @Autowired
    TestAccounts accounts;

    @Autowired
    GradebookFixture fixture;

    @Test
    void readsTheSheetAndSavesOneCell() throws IOException {
        UUID teacher = accounts.idOf("gv.toan");
        BookEntry.SubjectRef maths = null;
        UUID classId = null;
        for (BookEntry entry : academics.as(Role.TEACHER, teacher, gradebook::myBook)) {
            if (entry.className().equals("10A1")) {
                classId = entry.classId();
                maths = entry.subjects().stream()
                        .filter(s -> s.code().equals("TOAN"))
                        .findFirst()
                        .orElseThrow();
            }
        }
        assertThat(classId).as("gv.toan teaches mathematics in 10A1").isNotNull();
        UUID klass = classId;
        UUID subject = maths.id();

        ScoreSheet sheet = academics.as(Role.TEACHER, teacher, () -> gradebook.sheet(klass, subject, 1));
        assertThat(sheet.rows()).hasSize(45);
        long filled = sheet.rows().stream()
                .flatMap(r -> r.cells().stream())
                .filter(c -> c.mark() != null)
                .count();
        assertThat(filled).as("the demo's semester I marks").isGreaterThan(100);

        for (int i = 0; i < WARM_UP; i++) {
            academics.as(Role.TEACHER, teacher, () -> gradebook.sheet(klass, subject, 1));
        }
        long[] reads = new long[READS];
        for (int i = 0; i < READS; i++) {
            long start = System.nanoTime();
            academics.as(Role.TEACHER, teacher, () -> gradebook.sheet(klass, subject, 1));
            reads[i] = System.nanoTime() - start;
        }

        // The first ĐĐGtx of the last learner, written 8,0 / 9,0 in turn: every save changes the cell.
        UUID learner = sheet.rows().getLast().learnerId();
        int before = fixture.count(
                "SELECT count(*) FROM gradebook.score_change WHERE class_id = ? AND subject_id = ? AND semester = 1",
                klass,
                subject);
        for (int i = 0; i < WARM_UP; i++) {
            saveOne(teacher, klass, subject, learner, i);
        }
        long[] saves = new long[SAVES];
        for (int i = 0; i < SAVES; i++) {
            long start = System.nanoTime();
            saveOne(teacher, klass, subject, learner, WARM_UP + i);
            saves[i] = System.nanoTime() - start;
        }
        int after = fixture.count(
                "SELECT count(*) FROM gradebook.score_change WHERE class_id = ? AND subject_id = ? AND semester = 1",
                klass,
                subject);
        assertThat(after - before).as("one logged change per save").isEqualTo(WARM_UP + SAVES);

        String result = String.format(
                "sheet(10A1, Toán, HK1) 45 learners: %d calls after %d warm-up: %s%n"
                        + "save(one cell) as gv.toan: %d calls after %d warm-up: %s%n"
                        + "cores=%d load=%.2f%n",
                READS,
                WARM_UP,
                percentiles(reads),
                SAVES,
                WARM_UP,
                percentiles(saves),
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.print(result);
        Path out = Path.of("target", "bench", "gradebook-in-process.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, result, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private void saveOne(UUID teacher, UUID klass, UUID subject, UUID learner, int n) {
        SavedMarks saved = academics.as(
                Role.TEACHER,
                teacher,
                () -> gradebook.save(
                        klass, subject, 1, List.of(new MarkInput(learner, "TX", 1, n % 2 == 0 ? "8" : "9", null))));
        if (saved.changed() != 1) {
            throw new AssertionError("save " + n + " changed " + saved.changed() + " cells");
        }
    }

    /** p50, p95, p99 and max of the durations, in milliseconds. */
    static String percentiles(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format(
                "p50=%.2f ms p95=%.2f ms p99=%.2f ms max=%.2f ms",
                at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
    }

    private static double at(long[] sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }
}
