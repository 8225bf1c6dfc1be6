package vn.edu.ecenter.gradebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import vn.edu.ecenter.gradebook.GradebookFixture.Book;
import vn.edu.ecenter.gradebook.GradebookRejection.Kind;
import vn.edu.ecenter.support.EcenterTest;
import vn.edu.ecenter.support.Race;

@EcenterTest
@DisplayName("Nhận xét: giáo viên bộ môn theo học kỳ, giáo viên chủ nhiệm cả năm; quyền, khóa sổ, độ dài, xung đột")
class RemarksTests {

    private static final Locale VI = Locale.forLanguageTag("vi");

    @Autowired
    Remarks remarks;

    @Autowired
    Gradebook gradebook;

    @Autowired
    GradebookFixture fixture;

    @Autowired
    MessageSource messages;

    Book book;

    @BeforeEach
    void openClass() {
        book = fixture.open();
    }

    private int saveMaths(RemarkInput... items) {
        return fixture.as(
                book.maths(), () -> remarks.saveSubjectRemarks(book.classId(), book.toan(), 1, List.of(items)));
    }

    private RemarkSheet mathsRemarks() {
        return fixture.as(book.maths(), () -> remarks.subjectRemarks(book.classId(), book.toan(), 1));
    }

    private static RemarkSheet.Row row(RemarkSheet sheet, UUID learner) {
        return sheet.rows().stream()
                .filter(r -> r.learnerId().equals(learner))
                .findFirst()
                .orElseThrow();
    }

    private GradebookRejection refused(Runnable work) {
        return catchThrowableOfType(GradebookRejection.class, work::run);
    }

    private String text(GradebookRejection e) {
        return messages.getMessage(e.items().getFirst().message(), VI);
    }

    @Test
    @DisplayName(
            "Giáo viên bộ môn ghi nhận xét; khoảng trắng thừa bị bỏ; ghi lại y nguyên không đổi phiên bản; để trống"
                    + " thì xóa; nhật ký hệ thống ghi cả nội dung cũ và mới")
    void theSubjectTeacherWritesRemarks() {
        assertThat(saveMaths(
                        new RemarkInput(book.an(), "  Tiến bộ rõ\nở phần   hình học.  ", 0),
                        new RemarkInput(book.binh(), "Cần luyện thêm đại số.", null)))
                .isEqualTo(2);

        RemarkSheet sheet = mathsRemarks();
        assertThat(sheet.rows())
                .extracting(RemarkSheet.Row::learnerId)
                .containsExactlyInAnyOrder(book.an(), book.binh(), book.chi());
        assertThat(row(sheet, book.an()).text()).isEqualTo("Tiến bộ rõ ở phần hình học.");
        assertThat(row(sheet, book.an()).version()).isEqualTo(1);
        assertThat(sheet.write()).isTrue();

        assertThat(saveMaths(new RemarkInput(book.an(), "Tiến bộ rõ ở phần hình học.", 1)))
                .isZero();
        assertThat(row(mathsRemarks(), book.an()).version()).isEqualTo(1);

        assertThat(saveMaths(new RemarkInput(book.binh(), "   ", 1))).isEqualTo(1);
        assertThat(row(mathsRemarks(), book.binh()).text()).isNull();
        String entity = book.classId() + "/" + book.toan() + "/1";
        assertThat(fixture.count(
                        "SELECT count(*) FROM platform.audit_entry WHERE action = 'gradebook.remarks.saved'"
                                + " AND entity_id = ? AND new_value LIKE '%hình học%'",
                        entity))
                .isOne();
        assertThat(fixture.count(
                        "SELECT count(*) FROM platform.audit_entry WHERE action = 'gradebook.remarks.saved'"
                                + " AND entity_id = ? AND old_value LIKE '%đại số%' AND new_value NOT LIKE '%đại số%'",
                        entity))
                .as("clearing keeps the old text in the trail")
                .isOne();
    }

    @Test
    @DisplayName("Nhận xét quá dài, có ký tự điều khiển, học viên không học môn, học viên trùng: không lưu gì, lỗi nêu"
            + " rõ học viên và lý do")
    void badRemarksAreRejectedWhole() {
        String tooLong = "x".repeat(Remarks.MAX_LENGTH + 1);

        GradebookRejection longOne = refused(
                () -> saveMaths(new RemarkInput(book.an(), "Tốt.", 0), new RemarkInput(book.binh(), tooLong, 0)));
        assertThat(longOne.kind()).isEqualTo(Kind.INVALID);
        assertThat(text(longOne)).contains("Lê Thị Bình", String.valueOf(Remarks.MAX_LENGTH + 1), "học bạ");

        GradebookRejection control = refused(() -> saveMaths(new RemarkInput(book.an(), "Tốt\u0007", 0)));
        assertThat(text(control)).contains("Trần Văn An", "ký tự điều khiển");

        // Chi's combination has no informatics: she has no informatics remarks to write.
        GradebookRejection stranger = refused(() -> fixture.as(
                book.maths(),
                () -> remarks.saveSubjectRemarks(
                        book.classId(), book.tin(), 1, List.of(new RemarkInput(book.chi(), "Tốt.", 0)))));
        assertThat(text(stranger)).contains("Đỗ Minh Chi", "Tin học");

        GradebookRejection twice =
                refused(() -> saveMaths(new RemarkInput(book.an(), "Tốt.", 0), new RemarkInput(book.an(), "Khá.", 0)));
        assertThat(text(twice)).contains("Trần Văn An", "hai lần");

        assertThat(mathsRemarks().rows())
                .allSatisfy(r -> assertThat(r.text()).as("nothing half-saved").isNull());
    }

    @Test
    @DisplayName("Người khác đã sửa nhận xét sau khi mở trang: xung đột, nêu nội dung hiện tại, không ghi đè")
    void aStaleVersionIsAConflict() {
        saveMaths(new RemarkInput(book.an(), "Chăm chỉ.", 0));

        GradebookRejection stale = refused(() -> saveMaths(new RemarkInput(book.an(), "Lười.", 0)));

        assertThat(stale.kind()).isEqualTo(Kind.CONFLICT);
        assertThat(text(stale)).contains("Chăm chỉ.");
        assertThat(row(mathsRemarks(), book.an()).text()).isEqualTo("Chăm chỉ.");
    }

    @Test
    @DisplayName("Hai lần ghi cùng lúc nhận xét đầu tiên của một học viên: một lần được lưu, lần kia nhận xung đột")
    void twoSimultaneousFirstRemarks() throws Exception {
        List<java.util.concurrent.Callable<String>> saves = new java.util.ArrayList<>();
        for (String text : List.of("Chăm chỉ.", "Cần cố gắng.")) {
            saves.add(() -> {
                try {
                    saveMaths(new RemarkInput(book.binh(), text, 0));
                    return "saved " + text;
                } catch (GradebookRejection e) {
                    return e.kind().name();
                }
            });
        }

        List<String> results = Race.of(saves);

        assertThat(results).containsOnlyOnce("CONFLICT");
        String winner = results.stream()
                .filter(r -> r.startsWith("saved "))
                .findFirst()
                .orElseThrow()
                .substring("saved ".length());
        RemarkSheet.Row row = row(mathsRemarks(), book.binh());
        assertThat(row.text()).isEqualTo(winner);
        assertThat(row.version()).isOne();
    }

    @Test
    @DisplayName("Chỉ giáo viên được phân công ghi nhận xét môn; GVCN và giám đốc chỉ xem; giáo viên khác không xem")
    void onlyTheAssignedTeacherWritesSubjectRemarks() {
        saveMaths(new RemarkInput(book.an(), "Tốt.", 0));

        assertThat(refused(() -> fixture.as(
                                book.homeroom(),
                                () -> remarks.saveSubjectRemarks(
                                        book.classId(),
                                        book.toan(),
                                        1,
                                        List.of(new RemarkInput(book.an(), "Khá.", 1)))))
                        .kind())
                .isEqualTo(Kind.FORBIDDEN);
        RemarkSheet readByHomeroom =
                fixture.as(book.homeroom(), () -> remarks.subjectRemarks(book.classId(), book.toan(), 1));
        assertThat(readByHomeroom.write()).isFalse();
        assertThat(row(readByHomeroom, book.an()).text()).isEqualTo("Tốt.");
        assertThat(fixture.asDirector(() -> remarks.subjectRemarks(book.classId(), book.toan(), 1))
                        .write())
                .isFalse();
        assertThat(refused(() -> fixture.as(
                                book.history(), () -> remarks.subjectRemarks(book.classId(), book.toan(), 1)))
                        .kind())
                .isEqualTo(Kind.FORBIDDEN);
    }

    @Test
    @DisplayName("Học kỳ đã khóa sổ: nhận xét môn của học kỳ đó và nhận xét cả năm (khóa học kỳ II) bị từ chối (423)")
    void aLockedSemesterRefusesRemarks() {
        fixture.asDirector(() -> gradebook.lock(book.classId(), 1));
        try {
            GradebookRejection locked = refused(() -> saveMaths(new RemarkInput(book.an(), "Tốt.", 0)));
            assertThat(locked.kind()).isEqualTo(Kind.LOCKED);
            assertThat(mathsRemarks().write()).isFalse();
            // Semester II and the year are still open.
            assertThat(fixture.as(
                            book.maths(),
                            () -> remarks.saveSubjectRemarks(
                                    book.classId(), book.toan(), 2, List.of(new RemarkInput(book.an(), "Tốt.", 0)))))
                    .isOne();
            assertThat(fixture.as(
                            book.homeroom(),
                            () -> remarks.saveHomeroomRemarks(
                                    book.classId(), List.of(new RemarkInput(book.an(), "Ngoan.", 0)))))
                    .isOne();
        } finally {
            fixture.asDirector(() -> gradebook.unlock(book.classId(), 1));
        }
        fixture.asDirector(() -> gradebook.lock(book.classId(), 2));
        try {
            assertThat(refused(() -> fixture.as(
                                    book.homeroom(),
                                    () -> remarks.saveHomeroomRemarks(
                                            book.classId(), List.of(new RemarkInput(book.an(), "Chăm.", 1)))))
                            .kind())
                    .isEqualTo(Kind.LOCKED);
        } finally {
            fixture.asDirector(() -> gradebook.unlock(book.classId(), 2));
        }
    }

    @Test
    @DisplayName("Nhận xét cả năm: GVCN ghi cho mọi học viên của lớp; giáo viên bộ môn không xem, không ghi; giám đốc"
            + " xem")
    void theHomeroomTeacherWritesTheYearRemarks() {
        assertThat(fixture.as(
                        book.homeroom(),
                        () -> remarks.saveHomeroomRemarks(
                                book.classId(),
                                List.of(
                                        new RemarkInput(book.chi(), "Ngoan, chăm học; cần mạnh dạn hơn.", 0),
                                        new RemarkInput(book.an(), "Tích cực tham gia hoạt động của lớp.", 0)))))
                .isEqualTo(2);

        RemarkSheet year = fixture.asDirector(() -> remarks.homeroomRemarks(book.classId()));
        assertThat(year.homeroom()).isTrue();
        assertThat(year.write()).isFalse();
        assertThat(row(year, book.chi()).text()).isEqualTo("Ngoan, chăm học; cần mạnh dạn hơn.");
        assertThat(row(year, book.binh()).text()).isNull();
        assertThat(refused(() -> fixture.as(book.maths(), () -> remarks.homeroomRemarks(book.classId())))
                        .kind())
                .isEqualTo(Kind.FORBIDDEN);
        GradebookRejection notHomeroom = refused(() -> fixture.as(
                book.maths(),
                () -> remarks.saveHomeroomRemarks(book.classId(), List.of(new RemarkInput(book.an(), "Tốt.", 1)))));
        assertThat(notHomeroom.kind()).isEqualTo(Kind.FORBIDDEN);
        assertThat(row(fixture.asDirector(() -> remarks.homeroomRemarks(book.classId())), book.an())
                        .text())
                .isEqualTo("Tích cực tham gia hoạt động của lớp.");
    }
}
