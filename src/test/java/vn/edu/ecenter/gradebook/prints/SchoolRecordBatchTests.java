package vn.edu.ecenter.gradebook.prints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import vn.edu.ecenter.identity.Role;
import vn.edu.ecenter.platform.jobs.JobMessage;
import vn.edu.ecenter.platform.jobs.JobStatus;
import vn.edu.ecenter.platform.jobs.JobView;
import vn.edu.ecenter.platform.jobs.Jobs;
import vn.edu.ecenter.support.EcenterTest;
import vn.edu.ecenter.support.SignedIn;

@EcenterTest
@DisplayName("In học bạ của cả lớp thành một tệp PDF, chạy nền")
class SchoolRecordBatchTests {

    static final Duration PATIENCE = Duration.ofMinutes(3);

    /** Given names in an order that is not the class-list order, each with its own family and middle name. */
    static final List<String> NAMES = List.of(
            "Võ Thị Mỹ Anh",
            "Lê Hoàng An",
            "Phạm Bình",
            "Trần Thị Ánh",
            "Đặng Minh An",
            "Nguyễn Văn An",
            "Hồ Quang Huy",
            "Bùi Thị Lan",
            "Đỗ Đức Mạnh",
            "Huỳnh Ngọc Trâm",
            "Phan Thanh Tùng",
            "Vũ Thị Yến",
            "Trương Gia Bảo",
            "Lý Thu Hà",
            "Dương Minh Khôi");

    @Autowired
    OfficialPrints prints;

    @Autowired
    Jobs jobs;

    @Autowired
    ClassesToPrint classes;

    Authentication director;

    @BeforeEach
    void signIn() {
        director = SignedIn.as("gd.hocba." + UUID.randomUUID(), UUID.randomUUID(), Role.DIRECTOR);
    }

    @Test
    @DisplayName("Lớp 45 học viên × 3 năm: công việc báo tiến độ, hoàn thành, một tệp PDF có học bạ của từng học viên")
    void printsTheSchoolRecordsOfA45LearnerClassAsOneJob() {
        List<SchoolRecord> records = classOf(45, 3);
        UUID classId = classes.add(new ClassSchoolRecords("12A1", "2027-2028", records));

        long started = System.nanoTime();
        UUID job = SignedIn.call(director, () -> prints.printClassSchoolRecords(classId));
        await().atMost(PATIENCE).until(() -> view(job).finished());
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("Học bạ of a 45-learner class × 3 years as one PDF job: %d ms%n", millis);

        JobView done = view(job);
        assertThat(done.status()).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(done.done()).isEqualTo(45);
        assertThat(done.total()).isEqualTo(45);
        assertThat(done.summary()).isEqualTo(JobMessage.of("prints.batch.done", 45, "12A1", 180));

        PrintedBatch batch = SignedIn.call(director, () -> prints.batchOf(job)).orElseThrow();
        assertThat(batch.fileName()).isEqualTo("Học bạ lớp 12A1 năm học 2027-2028.pdf");
        assertThat(batch.learners()).isEqualTo(45);
        assertThat(batch.pages()).isEqualTo(180);
        byte[] pdf = SignedIn.call(director, () -> prints.content(batch));
        Samples.keep("hoc-ba-ca-lop.pdf", pdf);
        PrintedPdf printed = PrintedPdf.read(pdf);
        System.out.printf("The batch PDF: %d pages, %d KiB%n", printed.pages(), pdf.length / 1024);

        assertThat(printed.pages()).isEqualTo(180);
        assertThat(printed.allPortrait()).isTrue();
        for (SchoolRecord record : records) {
            assertThat(printed.text())
                    .contains(record.learner().name().fullName().toUpperCase(java.util.Locale.ROOT));
        }
        // Each học bạ keeps its own page numbers.
        assertThat(printed.text()).contains("Trang 4/4").doesNotContain("Trang 5/");
    }

    @Test
    @DisplayName("Học bạ trong tệp theo thứ tự danh sách lớp, báo tiến độ sau từng học viên")
    void printsInClassListOrderAndReportsProgressAfterEachLearner() {
        var data = new ClassSchoolRecords("10A1", "2025-2026", classOf(12, 1));
        List<Integer> progress = new CopyOnWriteArrayList<>();

        byte[] pdf = prints.schoolRecords(data.records(), (done, total) -> {
            assertThat(total).isEqualTo(12);
            progress.add(done);
        });

        // Printed nine at a time, progress told after each part.
        assertThat(progress).containsExactly(9, 12);
        String text = PrintedPdf.read(pdf).text();
        List<String> order =
                List.of("LÊ HOÀNG AN", "ĐẶNG MINH AN", "NGUYỄN VĂN AN", "VÕ THỊ MỸ ANH", "TRẦN THỊ ÁNH", "PHẠM BÌNH");
        for (int i = 1; i < order.size(); i++) {
            assertThat(text.indexOf(order.get(i - 1))).isLessThan(text.indexOf(order.get(i)));
        }
    }

    @Test
    @DisplayName("Lớp chưa có dữ liệu học bạ: công việc không thành công với lý do rõ ràng")
    void aClassWithoutDataFailsWithAClearReason() {
        UUID job = SignedIn.call(director, () -> prints.printClassSchoolRecords(UUID.randomUUID()));
        await().atMost(PATIENCE).until(() -> view(job).finished());

        assertThat(view(job).status()).isEqualTo(JobStatus.FAILED);
        assertThat(view(job).summary()).isEqualTo(JobMessage.of("prints.batch.noData"));
        assertThat(SignedIn.call(director, () -> prints.batchOf(job))).isEmpty();
    }

    @Test
    @DisplayName("Hủy công việc in học bạ: công việc dừng, không để lại tệp")
    void aCancelledBatchStopsAndLeavesNoFile() {
        UUID classId = UUID.randomUUID();
        var gate = classes.addBehindGate(new ClassSchoolRecords("11A2", "2026-2027", classOf(20, 2)), classId);
        UUID job = SignedIn.call(director, () -> prints.printClassSchoolRecords(classId));
        await().atMost(PATIENCE).until(() -> view(job).status() == JobStatus.RUNNING);

        SignedIn.call(director, () -> jobs.cancel(job));
        gate.countDown();
        await().atMost(PATIENCE).until(() -> view(job).finished());

        assertThat(view(job).status()).isEqualTo(JobStatus.CANCELLED);
        assertThat(view(job).done()).isLessThan(20);
        assertThat(SignedIn.call(director, () -> prints.batchOf(job))).isEmpty();
    }

    private JobView view(UUID job) {
        return SignedIn.call(director, () -> jobs.view(job));
    }

    /** The học bạ of a class: the first {@code size} names (then numbered ones), each over {@code years} years. */
    static List<SchoolRecord> classOf(int size, int years) {
        List<SchoolRecord> records = new ArrayList<>();
        IntStream.range(0, size).forEach(i -> {
            String name = i < NAMES.size() ? NAMES.get(i) : NAMES.get(i % NAMES.size()) + " " + letter(i);
            records.add(PrintSamples.schoolRecord("HV" + (1000 + i), name, years));
        });
        return records;
    }

    private static String letter(int i) {
        return List.of("Khang", "Long", "Minh", "Nam", "Oanh", "Phúc").get(i / NAMES.size() % 6);
    }
}
