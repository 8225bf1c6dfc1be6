package vn.edu.ecenter.gradebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import vn.edu.ecenter.academics.AcademicsFixture;
import vn.edu.ecenter.gradebook.PrintableClass.Opened;
import vn.edu.ecenter.identity.Role;
import vn.edu.ecenter.platform.jobs.JobStatus;
import vn.edu.ecenter.platform.jobs.JobView;
import vn.edu.ecenter.platform.jobs.Jobs;
import vn.edu.ecenter.support.EcenterTest;

/**
 * Benchmark of issue 4's "the học bạ of a 45-learner class as one PDF batch: under 10 s": a grade-12 class of 45
 * learners, each with three years of grades 10–12 (every mark entered, two year-end rollovers), printed as one
 * background job started by the homeroom teacher, from the start until the job has stored its PDF. Runs only with
 * {@code -Dbench=true} ({@code bench/school-record-batch.sh}); the times go to {@code
 * target/bench/school-record-batch.txt}. It asserts what was printed, never how long it took.
 */
@EcenterTest
@EnabledIfSystemProperty(named = "bench", matches = "true")
@DisplayName("Đo tốc độ: học bạ của lớp 45 học viên (3 năm học) in thành một tệp PDF")
class SchoolRecordBatchBenchmark {

    static final int LEARNERS = 45;
    static final int ROUNDS = 3;

    @Autowired
    PrintableClass printable;

    @Autowired
    AcademicsFixture fixture;

    @Autowired
    ClassPrints prints;

    @Autowired
    Jobs jobs;

    @Test
    @DisplayName("45 học viên × 3 năm: từ lúc bấm \"In học bạ cả lớp\" đến khi có tệp PDF")
    void printsTheSchoolRecordsOfA45LearnerClassAsOneBatch() throws Exception {
        Opened opened = printable.openThroughThreeYears(LEARNERS, 2050);
        List<Long> rounds = new ArrayList<>();
        int pages = 0;
        for (int round = 0; round < ROUNDS; round++) {
            long start = System.nanoTime();
            UUID job = asHomeroom(opened, () -> prints.printClassSchoolRecords(opened.classId()));
            await().atMost(Duration.ofMinutes(5))
                    .pollInterval(Duration.ofMillis(20))
                    .until(() -> asHomeroom(opened, () -> jobs.view(job)).finished());
            rounds.add((System.nanoTime() - start) / 1_000_000);
            JobView done = asHomeroom(opened, () -> jobs.view(job));
            assertThat(done.status()).isEqualTo(JobStatus.SUCCEEDED);
            assertThat(done.done()).isEqualTo(LEARNERS);
            byte[] pdf = asHomeroom(opened, () -> prints.classSchoolRecords(job))
                    .orElseThrow()
                    .content();
            try (PDDocument document = Loader.loadPDF(pdf)) {
                pages = document.getNumberOfPages();
            }
        }
        // Page 1 and one page per school year for each learner.
        assertThat(pages).isEqualTo(LEARNERS * 4);
        Path out = Path.of("target", "bench", "school-record-batch.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(
                out,
                "học bạ of a 45-learner class x 3 school years as one PDF job (" + pages + " pages), " + ROUNDS
                        + " rounds (ms from start to stored PDF; the first is cold): " + rounds
                        + System.lineSeparator(),
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    private <T> T asHomeroom(Opened opened, java.util.function.Supplier<T> work) {
        return fixture.as(Role.TEACHER, opened.homeroom().accountId(), work);
    }
}
