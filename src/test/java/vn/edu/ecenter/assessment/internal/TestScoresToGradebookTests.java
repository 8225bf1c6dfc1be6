package vn.edu.ecenter.assessment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import vn.edu.ecenter.academics.AcademicsFixture;
import vn.edu.ecenter.assessment.AssessmentFixture;
import vn.edu.ecenter.assessment.AssessmentFixture.Classroom;
import vn.edu.ecenter.assessment.TakenTests;
import vn.edu.ecenter.assessment.TestResults;
import vn.edu.ecenter.assessment.TestScoresTransferred.Status;
import vn.edu.ecenter.assessment.TestView;
import vn.edu.ecenter.assessment.TransferOutcome;
import vn.edu.ecenter.assessment.TransferPreview;
import vn.edu.ecenter.gradebook.Gradebook;
import vn.edu.ecenter.gradebook.GradebookRejection;
import vn.edu.ecenter.gradebook.MarkInput;
import vn.edu.ecenter.gradebook.ScoreCell;
import vn.edu.ecenter.gradebook.rules.MarkSlot;
import vn.edu.ecenter.support.EcenterTest;

/**
 * A graded test's scores sent to a ĐĐGtx column of the gradebook, end to end: the teacher sees the preview on the
 * 10-point scale and nothing is written; after the confirmation the marks are in the sheet; a mark already there is
 * kept unless the teacher chooses "ghi đè"; a locked semester and a writer who is not the assigned teacher are refused
 * by the gradebook, in its own words, with nothing written.
 */
@EcenterTest
@DisplayName("Chuyển điểm bài kiểm tra vào cột ĐĐGtx của sổ điểm")
class TestScoresToGradebookTests {

    private static final Locale VI = Locale.of("vi");

    @Autowired
    TestResults results;

    @Autowired
    Gradebook gradebook;

    @Autowired
    AssessmentFixture classroom;

    @Autowired
    TakenTests taken;

    @Autowired
    AcademicsFixture fixture;

    @Autowired
    MessageSource messages;

    Classroom room;
    UUID toan;
    TestView test;

    /** A graded test of the four sums: An 4/4 (10,0), Bình 2/4 (5,0). */
    @BeforeEach
    void aGradedTestTaken() {
        LocaleContextHolder.setLocale(VI);
        room = classroom.classroom();
        toan = classroom.subject("TOAN");
        taken.approveAll(room);
        test = taken.sums(room, true, 1);
        taken.take(room.anLogin(), test.id(), TakenTests::allRight);
        taken.take(room.binhLogin(), test.id(), TakenTests::halfRight);
    }

    private <T> T asHa(java.util.function.Supplier<T> work) {
        return fixture.as(room.ha(), work);
    }

    private TransferOutcome confirm(int column, boolean overwrite, UUID... learners) {
        return asHa(() -> results.confirmTransfer(test.id(), 1, column, overwrite, Set.of(learners)));
    }

    private ScoreCell cell(UUID learner, int column) {
        return asHa(() -> gradebook.sheet(room.schoolClass().id(), toan, 1)).rows().stream()
                .filter(r -> r.learnerId().equals(learner))
                .findFirst()
                .orElseThrow()
                .cells()
                .stream()
                .filter(c -> c.slot().equals(MarkSlot.regular(column)))
                .findFirst()
                .orElseThrow();
    }

    private static Status status(TransferOutcome outcome, UUID learner) {
        return outcome.lines().stream()
                .filter(l -> l.learnerId().equals(learner))
                .findFirst()
                .orElseThrow()
                .status();
    }

    @Test
    @DisplayName("Xem trước quy đổi thang 10 không ghi gì; xác nhận xong điểm có trong cột ĐĐGtx 1 của sổ")
    void previewWritesNothingAndTheConfirmationWritesTheMarks() {
        TransferPreview preview = asHa(() -> results.previewTransfer(test.id(), 1, 1));

        assertThat(preview.lines())
                .filteredOn(l -> l.learnerId().equals(room.an()))
                .singleElement()
                .satisfies(l -> assertThat(l.onTen()).isEqualByComparingTo("10.0"));
        assertThat(preview.lines())
                .filteredOn(l -> l.learnerId().equals(room.binh()))
                .singleElement()
                .satisfies(l -> assertThat(l.onTen()).isEqualByComparingTo("5.0"));
        assertThat(cell(room.an(), 1).mark())
                .as("nothing before the confirmation")
                .isNull();

        TransferOutcome outcome = confirm(1, false);

        assertThat(outcome.answered()).isTrue();
        assertThat(outcome.refusal()).isNull();
        assertThat(status(outcome, room.an())).isEqualTo(Status.WRITTEN);
        assertThat(status(outcome, room.binh())).isEqualTo(Status.WRITTEN);
        assertThat(cell(room.an(), 1).display()).isEqualTo("10,0");
        assertThat(cell(room.binh(), 1).display()).isEqualTo("5,0");
        assertThat(cell(room.an(), 1).changedBy()).isEqualTo(room.ha().username());
        assertThat(asHa(() -> results.transfer(test.id(), outcome.transferId())).count(Status.WRITTEN))
                .isEqualTo(2);

        TransferOutcome again = confirm(1, false);
        assertThat(status(again, room.an())).as("the same mark again").isEqualTo(Status.UNCHANGED);
    }

    @Test
    @DisplayName("Điểm đã có trong sổ không bị ghi đè âm thầm: báo lại, chỉ ghi đè khi giáo viên chọn «ghi đè»")
    void anExistingMarkIsKeptUntilTheTeacherChoosesToOverwriteIt() {
        asHa(() -> gradebook.save(
                room.schoolClass().id(), toan, 1, List.of(new MarkInput(room.an(), "TX", 2, "7", null))));

        TransferOutcome kept = confirm(2, false);

        assertThat(status(kept, room.an())).isEqualTo(Status.KEPT);
        assertThat(kept.lines())
                .filteredOn(l -> l.learnerId().equals(room.an()))
                .singleElement()
                .satisfies(l -> assertThat(l.before()).isEqualTo("7,0"));
        assertThat(status(kept, room.binh())).isEqualTo(Status.WRITTEN);
        assertThat(kept.kept()).containsExactly(room.an());
        assertThat(cell(room.an(), 2).display()).isEqualTo("7,0");

        TransferOutcome overwritten = confirm(2, true, room.an());

        assertThat(overwritten.lines()).singleElement().satisfies(l -> {
            assertThat(l.status()).isEqualTo(Status.OVERWRITTEN);
            assertThat(l.before()).isEqualTo("7,0");
        });
        assertThat(cell(room.an(), 2).display()).isEqualTo("10,0");
        assertThat(cell(room.binh(), 2).display()).isEqualTo("5,0");
    }

    @Test
    @DisplayName("Học kỳ đã khóa sổ: sổ điểm từ chối bằng thông báo của chính nó, không ghi điểm nào")
    void aLockedSemesterIsRefusedInTheGradebooksWords() {
        fixture.asDirector(() -> gradebook.lock(room.schoolClass().id(), 1));
        GradebookRejection direct = org.assertj.core.api.Assertions.catchThrowableOfType(
                GradebookRejection.class,
                () -> asHa(() -> gradebook.save(
                        room.schoolClass().id(), toan, 1, List.of(new MarkInput(room.an(), "TX", 1, "9", null)))));

        TransferOutcome outcome = confirm(1, false);

        assertThat(outcome.refusal()).startsWith(messages.getMessage(direct.message(), VI));
        assertThat(outcome.count(Status.WRITTEN)).isZero();
        assertThat(cell(room.an(), 1).mark()).isNull();
    }

    @Test
    @DisplayName("Người không được phân công dạy môn: giám đốc bị sổ điểm từ chối ghi; giáo viên lớp khác không chuyển"
            + " được")
    void onlyTheAssignedTeacherWritesTheMarks() {
        TransferOutcome byDirector =
                fixture.asDirector(() -> results.confirmTransfer(test.id(), 1, 1, false, Set.of()));

        assertThat(byDirector.refusal())
                .contains("Toán")
                .contains(room.schoolClass().name());
        assertThat(cell(room.an(), 1).mark()).isNull();

        assertThatThrownBy(
                        () -> fixture.as(room.lan(), () -> results.confirmTransfer(test.id(), 1, 1, false, Set.of())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(cell(room.an(), 1).mark()).isNull();
    }
}
