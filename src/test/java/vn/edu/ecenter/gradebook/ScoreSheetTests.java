package vn.edu.ecenter.gradebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.edu.ecenter.gradebook.GradebookFixture.mark;
import static vn.edu.ecenter.gradebook.GradebookFixture.tx;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.security.authorization.AuthorizationDeniedException;
import vn.edu.ecenter.gradebook.GradebookFixture.Book;
import vn.edu.ecenter.gradebook.GradebookRejection.ItemError;
import vn.edu.ecenter.gradebook.GradebookRejection.Kind;
import vn.edu.ecenter.gradebook.rules.MarkSlot;
import vn.edu.ecenter.gradebook.rules.Score;
import vn.edu.ecenter.gradebook.rules.SubjectResult;
import vn.edu.ecenter.support.EcenterTest;
import vn.edu.ecenter.support.Race;
import vn.edu.ecenter.support.TestAccounts;

@EcenterTest
@DisplayName("Sổ điểm: bảng điểm, ghi điểm, quyền, khóa sổ")
class ScoreSheetTests {

    private static final Locale VI = Locale.forLanguageTag("vi");

    @Autowired
    Gradebook gradebook;

    @Autowired
    GradebookFixture fixture;

    @Autowired
    MessageSource messages;

    @Autowired
    TestAccounts accounts;

    Book book;

    @BeforeEach
    void openClass() {
        book = fixture.open();
    }

    private ScoreSheet sheet(UUID subject) {
        return fixture.as(book.maths(), () -> gradebook.sheet(book.classId(), subject, 1));
    }

    private SavedMarks save(UUID subject, MarkInput... marks) {
        return fixture.as(book.maths(), () -> gradebook.save(book.classId(), subject, 1, List.of(marks)));
    }

    private GradebookRejection refusedSave(UUID subject, MarkInput... marks) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> save(subject, marks));
        assertThat(thrown).isInstanceOf(GradebookRejection.class);
        return (GradebookRejection) thrown;
    }

    private ScoreRow row(ScoreSheet sheet, UUID learner) {
        return sheet.rows().stream()
                .filter(r -> r.learnerId().equals(learner))
                .findFirst()
                .orElseThrow();
    }

    private ScoreCell cell(ScoreSheet sheet, UUID learner, MarkSlot slot) {
        return row(sheet, learner).cells().stream()
                .filter(c -> c.slot().equals(slot))
                .findFirst()
                .orElseThrow();
    }

    private String text(ItemError item) {
        return messages.getMessage(item.message(), VI);
    }

    private int storedMarks() {
        return fixture.count(
                "SELECT count(*) FROM gradebook.score WHERE class_id = ? AND (score IS NOT NULL OR level IS NOT NULL)",
                book.classId());
    }

    @Test
    @DisplayName("Bảng điểm: học viên học môn (môn lựa chọn theo tổ hợp), số ĐĐGtx theo số tiết/năm")
    void sheetHasTheLearnersWhoTakeTheSubjectAndTheRequiredColumns() {
        ScoreSheet toan = sheet(book.toan());
        assertThat(toan.regularCount()).as("Toán 105 tiết/năm > 70").isEqualTo(4);
        assertThat(toan.slots()).hasSize(6);
        assertThat(toan.rows())
                .extracting(ScoreRow::learnerId)
                .containsExactlyInAnyOrder(book.an(), book.binh(), book.chi());
        assertThat(toan.access().write()).isTrue();

        ScoreSheet tin = sheet(book.tin());
        assertThat(tin.regularCount()).as("Tin học 70 tiết/năm").isEqualTo(3);
        assertThat(tin.rows())
                .as("Chi's combination has no Tin học")
                .extracting(ScoreRow::learnerId)
                .containsExactlyInAnyOrder(book.an(), book.binh());

        ScoreSheet su = fixture.as(book.history(), () -> gradebook.sheet(book.classId(), book.su(), 2));
        assertThat(su.regularCount()).as("Lịch sử 52 tiết/năm").isEqualTo(3);
        assertThat(su.semester()).isEqualTo(2);
    }

    @Test
    @DisplayName("\"8,5\" và \"8.5\" là một điểm; ĐTBmhk chỉ có khi đủ mọi cột")
    void commaAndDotAreTheSameScoreAndTheAverageWaitsForEveryColumn() {
        SavedMarks saved = save(
                book.toan(),
                tx(book.an(), 1, "8,5"),
                tx(book.an(), 2, "8.5"),
                tx(book.an(), 3, "7"),
                tx(book.an(), 4, "6"),
                mark(book.an(), "GK", "7"));
        assertThat(saved.changed()).isEqualTo(5);
        assertThat(saved.averages()).singleElement().satisfies(a -> assertThat(a.result())
                .isInstanceOf(SubjectResult.Incomplete.class));

        ScoreSheet sheet = sheet(book.toan());
        assertThat(cell(sheet, book.an(), MarkSlot.regular(1)).mark()).isEqualTo(Score.of("8.5"));
        assertThat(cell(sheet, book.an(), MarkSlot.regular(2)).mark()).isEqualTo(Score.of("8.5"));
        assertThat(cell(sheet, book.an(), MarkSlot.regular(1)).version()).isEqualTo(1);
        assertThat(cell(sheet, book.an(), MarkSlot.END_OF_TERM).version()).isZero();
        assertThat(row(sheet, book.an()).average()).isInstanceOf(SubjectResult.Incomplete.class);

        save(book.toan(), mark(book.an(), "CK", "8"));
        // (8,5 + 8,5 + 7 + 6 + 2·7 + 3·8) / (4 + 5) = 68 / 9 = 7,555… → 7,6
        assertThat(row(sheet(book.toan()), book.an()).average())
                .isInstanceOfSatisfying(
                        SubjectResult.Average.class,
                        a -> assertThat(a.value().value()).isEqualByComparingTo(new BigDecimal("7.6")));
    }

    @Test
    @DisplayName("Điểm sai (ngoài 0–10, hai chữ số thập phân, chữ, học viên không học môn, cột không có): không lưu gì,"
            + " lỗi từng mục bằng tiếng Việt")
    void everyBadItemIsNamedAndNothingIsSaved() {
        GradebookRejection refused = refusedSave(
                book.tin(),
                tx(book.an(), 1, "9"), // valid, but the request is refused as a whole
                tx(book.an(), 2, "11"),
                tx(book.binh(), 1, "8,55"),
                tx(book.binh(), 2, "tám"),
                tx(book.chi(), 1, "7"),
                tx(book.an(), 4, "7"),
                new MarkInput(book.an(), "XY", 1, "7", null),
                new MarkInput(book.an(), "GK", 2, "7", null),
                tx(book.binh(), 3, "-1"),
                new MarkInput(null, "TX", 1, "7", null));

        assertThat(refused.kind()).isEqualTo(Kind.INVALID);
        assertThat(refused.items())
                .extracting(ItemError::messageKey)
                .containsExactly(
                        "gradebook.cell.invalid",
                        "gradebook.cell.invalid",
                        "gradebook.cell.invalid",
                        "gradebook.cell.notTaking",
                        "gradebook.cell.indexAbove",
                        "gradebook.cell.kind",
                        "gradebook.cell.indexSingle",
                        "gradebook.cell.invalid",
                        "gradebook.cell.learnerMissing");
        List<String> texts = refused.items().stream().map(this::text).toList();
        assertThat(texts.get(0)).contains("Trần Văn An", "ĐĐGtx 2", "ngoài thang điểm 10");
        assertThat(texts.get(1)).contains("Lê Thị Bình", "quá một chữ số thập phân");
        assertThat(texts.get(2)).contains("\"tám\" không phải là điểm");
        assertThat(texts.get(3)).contains("Đỗ Minh Chi", "không học môn Tin học", book.className());
        assertThat(texts.get(4)).contains("không có cột ĐĐGtx 4", "chỉ có 3 ĐĐGtx");
        assertThat(texts.get(5)).contains("\"XY\"");
        assertThat(texts.get(7)).contains("ngoài thang điểm 10");
        assertThat(messages.getMessage(refused.message(), VI))
                .isEqualTo("Không lưu điểm nào: 9 mục không hợp lệ (xem lỗi từng mục).");
        assertThat(storedMarks()).as("nothing half-saved").isZero();
    }

    @Test
    @DisplayName("Hai người sửa cùng một ô: người thứ hai nhận lỗi xung đột rõ ràng, không ô nào của họ được lưu")
    void aStaleVersionIsAConflictAndNothingOfTheRequestIsSaved() {
        ScoreSheet seen = sheet(book.toan());
        int version = cell(seen, book.an(), MarkSlot.MID_TERM).version();
        fixture.as(
                book.maths(),
                () -> gradebook.save(
                        book.classId(), book.toan(), 1, List.of(new MarkInput(book.an(), "GK", 1, "6", version))));

        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> fixture.as(
                book.maths(),
                () -> gradebook.save(
                        book.classId(),
                        book.toan(),
                        1,
                        List.of(
                                new MarkInput(book.binh(), "GK", 1, "9", 0),
                                new MarkInput(book.an(), "GK", 1, "7,5", version)))));

        assertThat(thrown).isInstanceOf(GradebookRejection.class);
        GradebookRejection conflict = (GradebookRejection) thrown;
        assertThat(conflict.kind()).isEqualTo(Kind.CONFLICT);
        assertThat(conflict.items()).singleElement().satisfies(item -> {
            assertThat(item.learnerId()).isEqualTo(book.an());
            assertThat(item.current()).isNotNull();
            assertThat(item.current().mark()).isEqualTo(Score.of("6"));
            assertThat(item.current().version()).isEqualTo(1);
            assertThat(text(item)).contains("Trần Văn An", "ĐĐGgk", "vừa sửa ô này thành 6", "(7,5) chưa được lưu");
        });
        ScoreSheet now = sheet(book.toan());
        assertThat(cell(now, book.an(), MarkSlot.MID_TERM).mark()).isEqualTo(Score.of("6"));
        assertThat(cell(now, book.binh(), MarkSlot.MID_TERM).mark())
                .as("the other cell of the refused request")
                .isNull();

        // With the version just read, the change goes through.
        fixture.as(
                book.maths(),
                () -> gradebook.save(
                        book.classId(), book.toan(), 1, List.of(new MarkInput(book.an(), "GK", 1, "7,5", 1))));
        assertThat(cell(sheet(book.toan()), book.an(), MarkSlot.MID_TERM).version())
                .isEqualTo(2);
    }

    @Test
    @DisplayName(
            "Hai lần lưu cùng lúc vào cùng một ô trống: một lần được lưu, lần kia nhận xung đột, không mất gì âm thầm")
    void twoSimultaneousFirstWritesOfOneCell() throws Exception {
        List<java.util.concurrent.Callable<String>> saves = new java.util.ArrayList<>();
        for (String value : List.of("6", "9")) {
            saves.add(() -> {
                try {
                    fixture.as(
                            book.maths(),
                            () -> gradebook.save(
                                    book.classId(),
                                    book.toan(),
                                    1,
                                    List.of(new MarkInput(book.binh(), "CK", 1, value, 0))));
                    return "saved " + value;
                } catch (GradebookRejection e) {
                    return e.kind().name();
                }
            });
        }

        List<String> results = Race.of(saves);

        assertThat(results).containsOnlyOnce("CONFLICT").anySatisfy(r -> assertThat(r)
                .startsWith("saved "));
        String winner = results.stream()
                .filter(r -> r.startsWith("saved "))
                .findFirst()
                .orElseThrow()
                .substring("saved ".length());
        ScoreCell cell = cell(sheet(book.toan()), book.binh(), MarkSlot.END_OF_TERM);
        assertThat(cell.mark()).isEqualTo(Score.of(winner));
        assertThat(cell.version()).isEqualTo(1);
    }

    @Test
    @DisplayName("Ghi lại đúng điểm đang có không đổi phiên bản; xóa ô cũng được ghi vào nhật ký")
    void unchangedMarksKeepTheirVersionAndClearingIsLogged() {
        save(book.toan(), tx(book.an(), 1, "5"));
        SavedMarks again = save(book.toan(), tx(book.an(), 1, "5,0"));
        assertThat(again.changed()).isZero();
        assertThat(again.cells())
                .singleElement()
                .satisfies(s -> assertThat(s.cell().version()).isEqualTo(1));

        save(book.toan(), tx(book.an(), 1, ""));
        assertThat(cell(sheet(book.toan()), book.an(), MarkSlot.regular(1)).mark())
                .isNull();
        List<MarkChange> log = fixture.as(book.maths(), () -> gradebook.changes(book.classId(), book.toan(), 1));
        assertThat(log).hasSize(2);
        assertThat(log.get(0).before()).isEqualTo(Score.of("5"));
        assertThat(log.get(0).after()).isNull();
        assertThat(log.get(1).before()).isNull();
        assertThat(log.get(1).after()).isEqualTo(Score.of("5"));
        assertThat(log.get(1).by()).isEqualTo("test.teacher");
        assertThat(log).allSatisfy(change -> assertThat(change.afterLock()).isFalse());
        assertThat(accounts.count(
                        "SELECT count(*) FROM platform.audit_entry WHERE action = 'gradebook.marks.saved' AND entity_id = ?",
                        book.classId() + "/" + book.toan() + "/1"))
                .as("each save that changed a mark is in the audit trail")
                .isEqualTo(2);
    }

    @Test
    @DisplayName("Giáo viên không được phân công không xem, không ghi; GVCN xem cả lớp nhưng không ghi; giám đốc xem")
    void onlyTheAssignedTeacherWrites() {
        GradebookRejection notHers =
                (GradebookRejection) org.assertj.core.api.Assertions.catchThrowable(() -> fixture.as(
                        book.history(),
                        () -> gradebook.save(book.classId(), book.toan(), 1, List.of(tx(book.an(), 1, "8")))));
        assertThat(notHers.kind()).isEqualTo(Kind.FORBIDDEN);
        assertThat(messages.getMessage(notHers.message(), VI))
                .isEqualTo("Bạn không được phân công dạy môn Toán ở lớp " + book.className()
                        + ", nên không ghi được điểm.");
        assertThatThrownBy(() -> fixture.as(book.history(), () -> gradebook.sheet(book.classId(), book.toan(), 1)))
                .isInstanceOfSatisfying(
                        GradebookRejection.class, e -> assertThat(e.kind()).isEqualTo(Kind.FORBIDDEN));

        ScoreSheet homeroomView = fixture.as(book.homeroom(), () -> gradebook.sheet(book.classId(), book.toan(), 1));
        assertThat(homeroomView.rows()).hasSize(3);
        assertThat(homeroomView.access().write()).isFalse();
        assertThatThrownBy(() -> fixture.as(
                        book.homeroom(),
                        () -> gradebook.save(book.classId(), book.toan(), 1, List.of(tx(book.an(), 1, "8")))))
                .isInstanceOfSatisfying(
                        GradebookRejection.class, e -> assertThat(e.kind()).isEqualTo(Kind.FORBIDDEN));
        assertThat(fixture.as(
                        book.homeroom(),
                        () -> gradebook.classBook(book.classId()).subjects()))
                .as("the homeroom teacher sees every subject of the class")
                .hasSize(3);
        assertThat(fixture.as(
                        book.history(),
                        () -> gradebook.classBook(book.classId()).subjects()))
                .as("a subject teacher sees their own subjects")
                .extracting(ClassBook.Subject::id)
                .containsExactly(book.su());

        assertThat(fixture.asDirector(
                        () -> gradebook.sheet(book.classId(), book.tin(), 1).rows()))
                .hasSize(2);
        assertThatThrownBy(() -> fixture.asDirector(
                        () -> gradebook.save(book.classId(), book.toan(), 1, List.of(tx(book.an(), 1, "8")))))
                .isInstanceOfSatisfying(
                        GradebookRejection.class, e -> assertThat(e.kind()).isEqualTo(Kind.FORBIDDEN));
        assertThat(storedMarks()).isZero();

        List<BookEntry> mine = fixture.as(book.maths(), () -> gradebook.myBook());
        assertThat(mine)
                .filteredOn(entry -> entry.classId().equals(book.classId()))
                .singleElement()
                .satisfies(entry -> assertThat(entry.subjects())
                        .extracting(BookEntry.SubjectRef::code)
                        .containsExactly("TOAN", "TIN"));
    }

    @Test
    @DisplayName("Semester không phải 1 hoặc 2: không tìm thấy")
    void onlySemestersOneAndTwo() {
        assertThatThrownBy(() -> fixture.as(book.maths(), () -> gradebook.sheet(book.classId(), book.toan(), 3)))
                .isInstanceOfSatisfying(GradebookRejection.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.NOT_FOUND);
                    assertThat(messages.getMessage(e.message(), VI)).contains("chỉ có học kỳ 1 và học kỳ 2");
                });
    }

    @Test
    @DisplayName("Học kỳ đã khóa sổ: ghi điểm bị từ chối (423), không gì thay đổi; mở khóa thì ghi lại được")
    void aLockedSemesterRefusesWrites() {
        save(book.toan(), tx(book.an(), 1, "8"));
        LockState lock = fixture.asDirector(() -> gradebook.lock(book.classId(), 1));
        assertThat(lock.locked()).isTrue();
        assertThat(lock.centreWide()).isFalse();

        GradebookRejection refused = refusedSave(book.toan(), tx(book.an(), 1, "9"), tx(book.binh(), 1, "7"));
        assertThat(refused.kind()).isEqualTo(Kind.LOCKED);
        assertThat(refused.kind().status()).isEqualTo(423);
        assertThat(messages.getMessage(refused.message(), VI))
                .contains("Học kỳ I của lớp " + book.className() + " đã khóa sổ", "yêu cầu điều chỉnh");
        assertThat(cell(sheet(book.toan()), book.an(), MarkSlot.regular(1)).mark())
                .isEqualTo(Score.of("8"));
        assertThat(storedMarks()).isEqualTo(1);
        assertThat(sheet(book.toan()).access()).isEqualTo(new ScoreSheet.Access(false, true, false));
        assertThat(fixture.as(book.maths(), () -> gradebook
                        .sheet(book.classId(), book.toan(), 2)
                        .lock()
                        .locked()))
                .as("semester 2 stays open")
                .isFalse();

        assertThatThrownBy(() -> fixture.as(book.maths(), () -> gradebook.unlock(book.classId(), 1)))
                .as("only the director unlocks")
                .isInstanceOf(AuthorizationDeniedException.class);
        fixture.asDirector(() -> gradebook.unlock(book.classId(), 1));
        save(book.toan(), tx(book.an(), 1, "9"));
        assertThat(cell(sheet(book.toan()), book.an(), MarkSlot.regular(1)).mark())
                .isEqualTo(Score.of("9"));
        assertThat(accounts.count(
                        "SELECT count(*) FROM platform.audit_entry WHERE action IN ('gradebook.semester.locked',"
                                + " 'gradebook.semester.unlocked') AND entity_id = ?",
                        book.classId().toString()))
                .isEqualTo(2);
    }

    @Test
    @DisplayName("Khóa sổ toàn trung tâm khóa mọi lớp; mở khóa toàn trung tâm không mở khóa riêng của lớp")
    void theWholeCentreIsLockedAtOnce() {
        try {
            fixture.asDirector(() -> gradebook.lockCentre(2));
            assertThat(fixture.asDirector(() -> gradebook.isCentreLocked(2))).isTrue();
            GradebookRejection refused =
                    (GradebookRejection) org.assertj.core.api.Assertions.catchThrowable(() -> fixture.as(
                            book.maths(),
                            () -> gradebook.save(book.classId(), book.toan(), 2, List.of(tx(book.an(), 1, "8")))));
            assertThat(refused.kind()).isEqualTo(Kind.LOCKED);
            assertThat(messages.getMessage(refused.message(), VI)).contains("khóa sổ cho toàn trung tâm");
            fixture.asDirector(() -> gradebook.lock(book.classId(), 2));
        } finally {
            fixture.asDirector(() -> gradebook.unlockCentre(2));
        }
        assertThat(fixture.asDirector(() -> gradebook.isCentreLocked(2))).isFalse();
        assertThat(fixture.as(
                        book.maths(),
                        () -> gradebook.sheet(book.classId(), book.toan(), 2).lock()))
                .satisfies(lock -> {
                    assertThat(lock.locked()).isTrue();
                    assertThat(lock.centreWide()).isFalse();
                });
        fixture.asDirector(() -> gradebook.unlock(book.classId(), 2));
    }

    @Test
    @DisplayName("Sau khóa sổ: yêu cầu điều chỉnh cần lý do, điểm chỉ đổi khi giám đốc duyệt, nhật ký ghi lý do và"
            + " người duyệt")
    void aCorrectionAfterTheLockChangesTheMarkOnlyWhenApproved() {
        save(book.toan(), mark(book.an(), "CK", "4"));
        assertThatThrownBy(() -> fixture.as(
                        book.maths(),
                        () -> gradebook.requestCorrection(
                                book.classId(),
                                book.toan(),
                                1,
                                new CorrectionRequest(book.an(), "CK", 1, "5", "Chấm sót câu 3"))))
                .as("an open semester is corrected directly")
                .isInstanceOfSatisfying(GradebookRejection.class, e -> assertThat(e.messageKey())
                        .isEqualTo("gradebook.correction.notLocked"));
        fixture.asDirector(() -> gradebook.lock(book.classId(), 1));

        assertThatThrownBy(() -> fixture.as(
                        book.maths(),
                        () -> gradebook.requestCorrection(
                                book.classId(), book.toan(), 1, new CorrectionRequest(book.an(), "CK", 1, "5", " "))))
                .isInstanceOfSatisfying(GradebookRejection.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.INVALID);
                    assertThat(e.items())
                            .extracting(ItemError::messageKey)
                            .containsExactly("gradebook.correction.reasonMissing");
                });
        assertThatThrownBy(() -> fixture.as(
                        book.history(),
                        () -> gradebook.requestCorrection(
                                book.classId(),
                                book.toan(),
                                1,
                                new CorrectionRequest(book.an(), "CK", 1, "5", "Chấm sót"))))
                .isInstanceOfSatisfying(
                        GradebookRejection.class, e -> assertThat(e.kind()).isEqualTo(Kind.FORBIDDEN));

        Correction asked = fixture.as(
                book.maths(),
                () -> gradebook.requestCorrection(
                        book.classId(),
                        book.toan(),
                        1,
                        new CorrectionRequest(book.an(), "CK", 1, "5,5", "Chấm sót câu 3")));
        assertThat(asked.status()).isEqualTo(Correction.Status.PENDING);
        assertThat(asked.before()).isEqualTo(Score.of("4"));
        assertThat(asked.after()).isEqualTo(Score.of("5.5"));
        assertThat(cell(sheet(book.toan()), book.an(), MarkSlot.END_OF_TERM).mark())
                .as("nothing changes before the director approves")
                .isEqualTo(Score.of("4"));
        assertThat(fixture.asDirector(() -> gradebook.pendingCorrections()))
                .extracting(Correction::id)
                .contains(asked.id());
        assertThatThrownBy(() -> fixture.as(book.maths(), () -> gradebook.approveCorrection(asked.id(), "")))
                .isInstanceOf(AuthorizationDeniedException.class);

        Correction approved = fixture.asDirector(() -> gradebook.approveCorrection(asked.id(), "Đồng ý"));
        assertThat(approved.status()).isEqualTo(Correction.Status.APPROVED);
        assertThat(cell(sheet(book.toan()), book.an(), MarkSlot.END_OF_TERM).mark())
                .isEqualTo(Score.of("5.5"));
        MarkChange red = fixture.as(book.maths(), () -> gradebook.changes(book.classId(), book.toan(), 1))
                .getFirst();
        assertThat(red.afterLock()).isTrue();
        assertThat(red.source()).isEqualTo(MarkChange.Source.CORRECTION);
        assertThat(red.before()).isEqualTo(Score.of("4"));
        assertThat(red.after()).isEqualTo(Score.of("5.5"));
        assertThat(red.reason()).isEqualTo("Chấm sót câu 3");
        assertThat(red.approvedBy()).isEqualTo("test.director");
        assertThatThrownBy(() -> fixture.asDirector(() -> gradebook.approveCorrection(asked.id(), "")))
                .isInstanceOfSatisfying(GradebookRejection.class, e -> assertThat(e.messageKey())
                        .isEqualTo("gradebook.correction.alreadyDecided"));

        Correction second = fixture.as(
                book.maths(),
                () -> gradebook.requestCorrection(
                        book.classId(), book.toan(), 1, new CorrectionRequest(book.an(), "CK", 1, "9", "Nhầm")));
        fixture.asDirector(() -> gradebook.rejectCorrection(second.id(), "Không có căn cứ"));
        assertThat(cell(sheet(book.toan()), book.an(), MarkSlot.END_OF_TERM).mark())
                .isEqualTo(Score.of("5.5"));
        assertThat(accounts.count(
                        "SELECT count(*) FROM platform.audit_entry WHERE action LIKE 'gradebook.correction.%'"
                                + " AND entity_id IN (?, ?)",
                        asked.id().toString(), second.id().toString()))
                .as("requested twice, approved, rejected")
                .isEqualTo(4);
        fixture.asDirector(() -> gradebook.unlock(book.classId(), 1));
    }

    @Test
    @DisplayName("Rèn luyện: GVCN ghi theo học kỳ, mức không có bị từ chối, giáo viên bộ môn không ghi được")
    void theHomeroomTeacherEntersConduct() {
        fixture.as(
                book.homeroom(),
                () -> gradebook.saveConduct(
                        book.classId(),
                        1,
                        List.of(new ConductInput(book.an(), "TOT", 0), new ConductInput(book.binh(), "kha", null))));
        ConductSheet conduct = fixture.asDirector(() -> gradebook.conduct(book.classId(), 1));
        assertThat(conduct.rows()).hasSize(3);
        assertThat(conduct.rows())
                .filteredOn(r -> r.rating() != null)
                .extracting(r -> r.rating().name())
                .containsExactlyInAnyOrder("TOT", "KHA");

        assertThatThrownBy(() -> fixture.as(
                        book.homeroom(),
                        () -> gradebook.saveConduct(
                                book.classId(),
                                1,
                                List.of(
                                        new ConductInput(book.chi(), "GIOI", null),
                                        new ConductInput(book.binh(), "DAT", null)))))
                .isInstanceOfSatisfying(GradebookRejection.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.INVALID);
                    assertThat(text(e.items().getFirst())).contains("Đỗ Minh Chi", "\"GIOI\"");
                });
        assertThat(fixture.asDirector(() -> gradebook.conduct(book.classId(), 1))
                        .rows())
                .filteredOn(r -> r.learnerId().equals(book.binh()))
                .singleElement()
                .satisfies(r ->
                        assertThat(r.rating().name()).as("nothing half-saved").isEqualTo("KHA"));
        assertThatThrownBy(() -> fixture.as(
                        book.maths(),
                        () -> gradebook.saveConduct(
                                book.classId(), 1, List.of(new ConductInput(book.an(), "DAT", null)))))
                .isInstanceOfSatisfying(
                        GradebookRejection.class, e -> assertThat(e.kind()).isEqualTo(Kind.FORBIDDEN));
        assertThatThrownBy(() -> fixture.as(
                        book.homeroom(),
                        () -> gradebook.saveConduct(book.classId(), 1, List.of(new ConductInput(book.an(), "KHA", 0)))))
                .as("stale version")
                .isInstanceOfSatisfying(
                        GradebookRejection.class, e -> assertThat(e.kind()).isEqualTo(Kind.CONFLICT));
    }
}
