package vn.edu.ecenter.gradebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import vn.edu.ecenter.academics.Academics;
import vn.edu.ecenter.academics.AcademicsFixture;
import vn.edu.ecenter.academics.AcademicsFixture.Teacher;
import vn.edu.ecenter.academics.ClassSession;
import vn.edu.ecenter.academics.CreateClass;
import vn.edu.ecenter.academics.Enrol;
import vn.edu.ecenter.gradebook.DigitalRecords.Batch;
import vn.edu.ecenter.gradebook.DigitalRecords.LearnerRecords;
import vn.edu.ecenter.gradebook.DigitalRecords.RecordState;
import vn.edu.ecenter.gradebook.DigitalRecords.Stage;
import vn.edu.ecenter.gradebook.attendance.Attendance;
import vn.edu.ecenter.gradebook.attendance.AttendanceEntry;
import vn.edu.ecenter.gradebook.attendance.AttendanceFixture;
import vn.edu.ecenter.gradebook.attendance.AttendanceStatus;
import vn.edu.ecenter.gradebook.rules.MarkSlot;
import vn.edu.ecenter.identity.Role;
import vn.edu.ecenter.people.GuardianDetails;
import vn.edu.ecenter.people.People;
import vn.edu.ecenter.people.Relation;
import vn.edu.ecenter.platform.signing.CopyKind;
import vn.edu.ecenter.platform.signing.Issuance;
import vn.edu.ecenter.platform.signing.IssuanceLog;
import vn.edu.ecenter.platform.signing.PdfVerification;
import vn.edu.ecenter.platform.signing.SignedDocument;
import vn.edu.ecenter.platform.signing.SignedDocuments;
import vn.edu.ecenter.shared.PersonName;
import vn.edu.ecenter.support.Browser;
import vn.edu.ecenter.support.EcenterTest;
import vn.edu.ecenter.support.TestAccounts;

/**
 * The học bạ số of a class whose year is complete for An and Bình (five subjects, both semesters, conduct Tốt) and not
 * for Chi (no marks, no conduct): checked by the director, signed by the homeroom teacher, then by the director, as
 * PAdES signatures that verify; every step out of order or by the wrong person refused in Vietnamese with nothing
 * written; a corrected score after signing asks for new signatures on a new version; copies issued are logged.
 */
@EcenterTest
@DisplayName("Học bạ số: đủ dữ liệu → kiểm tra → GVCN ký → giám đốc ký; thay đổi sau khi ký; cấp bản sao")
class DigitalRecordsTests {

    static final Locale VI = Locale.forLanguageTag("vi");

    @LocalServerPort
    int port;

    @Autowired
    AcademicsFixture academicsFixture;

    @Autowired
    GradebookFixture fixture;

    @Autowired
    Academics academics;

    @Autowired
    AttendanceFixture attendanceFixture;

    @Autowired
    Attendance attendance;

    @Autowired
    Gradebook gradebook;

    @Autowired
    DigitalRecords records;

    @Autowired
    SignedDocuments documents;

    @Autowired
    IssuanceLog issuances;

    @Autowired
    MessageSource messages;

    @Autowired
    People people;

    @Autowired
    PrintableClass printable;

    UUID classId;
    Teacher homeroom;
    Teacher subjects;
    Map<String, UUID> subjectIds = new HashMap<>();
    UUID an;
    UUID binh;
    UUID chi;

    @BeforeEach
    void openClass() {
        var year = academicsFixture.currentYear();
        academicsFixture.asDirector(() -> academics.installStandardProgramme());
        homeroom = academicsFixture.teacherWithAccount("Phạm Thị Chủ Nhiệm");
        subjects = academicsFixture.teacherWithAccount("Nguyễn Văn Bộ Môn");
        classId = academicsFixture
                .asDirector(() -> academics.createClass(new CreateClass(
                        year.id(),
                        "HB" + AcademicsFixture.unique(),
                        10,
                        ClassSession.EVENING,
                        null,
                        homeroom.staffId())))
                .id();
        an = academicsFixture.learner("Trần Văn An");
        binh = academicsFixture.learner("Lê Thị Bình");
        chi = academicsFixture.learner("Đỗ Minh Chi");
        academicsFixture.asDirector(() -> academics.enrolAll(List.of(an, binh, chi).stream()
                .map(learner -> new Enrol(learner, classId, year.startsOn(), null))
                .toList()));
        subjectIds.putAll(printable.subjects());
        printable.assign(classId, subjectIds, subjects);
        printable.score(classId, subjectIds, homeroom, Map.of(an, "8,5", binh, "7"));
    }

    // ---------------------------------------------------------------- helpers

    private <T> T director(Supplier<T> work) {
        return academicsFixture.asDirector(work);
    }

    private <T> T clerk(Supplier<T> work) {
        return academicsFixture.as(Role.CLERK, null, work);
    }

    private RecordState state(UUID learner) {
        return director(() -> records.classRecords(classId)).learners().stream()
                .filter(s -> s.learnerId().equals(learner))
                .findFirst()
                .orElseThrow();
    }

    private GradebookRejection refused(Runnable work) {
        Throwable thrown = catchThrowable(work::run);
        assertThat(thrown).isInstanceOf(GradebookRejection.class);
        return (GradebookRejection) thrown;
    }

    private String text(GradebookRejection e) {
        return messages.getMessage(e.message(), VI);
    }

    private int steps(UUID learner) {
        return fixture.count("SELECT count(*)::int FROM gradebook.record_step WHERE learner_id = ?", learner);
    }

    private int versions(UUID learner) {
        return fixture.count(
                "SELECT count(*)::int FROM platform.signed_document WHERE kind = ? AND subject_id = ?",
                DigitalRecords.KIND,
                DigitalRecords.recordOf(learner, classId));
    }

    private int audits(String action, UUID learner) {
        return fixture.count(
                "SELECT count(*)::int FROM platform.audit_entry WHERE action = ? AND entity_id = ?",
                action,
                learner.toString());
    }

    private RecordState signFully(UUID learner) {
        director(() -> records.check(classId, learner));
        fixture.as(homeroom, () -> records.signAsHomeroom(classId, learner));
        return director(() -> records.signAsDirector(classId, learner));
    }

    private static int signaturesIn(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getSignatureDictionaries().size();
        }
    }

    // ---------------------------------------------------------------- tests

    @Test
    @DisplayName("Đủ dữ liệu → giám đốc kiểm tra → GVCN ký → giám đốc ký: hai chữ ký PAdES hợp lệ, có nhật ký")
    void happyPathToTwoValidSignatures() throws Exception {
        RecordState complete = state(an);
        assertThat(complete.missing()).isEmpty();
        assertThat(complete.stage()).isEqualTo(Stage.COMPLETE);

        RecordState checked = director(() -> records.check(classId, an));
        assertThat(checked.stage()).isEqualTo(Stage.CHECKED);
        assertThat(checked.checked()).isNotNull();

        RecordState byHomeroom = fixture.as(homeroom, () -> records.signAsHomeroom(classId, an));
        assertThat(byHomeroom.stage()).isEqualTo(Stage.SIGNED_BY_HOMEROOM);
        assertThat(byHomeroom.version()).isEqualTo(1);

        RecordState byDirector = director(() -> records.signAsDirector(classId, an));
        assertThat(byDirector.stage()).isEqualTo(Stage.SIGNED_BY_DIRECTOR);
        assertThat(byDirector.version()).isEqualTo(2);
        assertThat(state(an).stage()).isEqualTo(Stage.SIGNED_BY_DIRECTOR);

        SignedDocument latest = director(
                        () -> documents.latest(DigitalRecords.KIND, DigitalRecords.recordOf(an, classId)))
                .orElseThrow();
        assertThat(latest.version()).isEqualTo(2);
        assertThat(latest.signatureCount()).isEqualTo(2);
        PdfVerification verification = director(() -> documents.verify(latest.id()));
        assertThat(verification.valid()).isTrue();
        assertThat(verification.signatures()).hasSize(2);
        assertThat(verification.signatures().get(0).reason()).startsWith("Giáo viên chủ nhiệm xác nhận học bạ lớp HB");
        assertThat(verification.signatures().get(1).reason()).startsWith("Giám đốc trung tâm phê duyệt học bạ lớp HB");
        byte[] pdf = director(() -> documents.content(latest.id()));
        assertThat(signaturesIn(pdf)).isEqualTo(2);

        assertThat(audits("hocBa.checked", an)).isEqualTo(1);
        assertThat(audits("hocBa.signedByHomeroom", an)).isEqualTo(1);
        assertThat(audits("hocBa.signedByDirector", an)).isEqualTo(1);

        var book = director(() -> records.learnerRecords(an));
        assertThat(book.years()).singleElement().satisfies(y -> assertThat(y.stage())
                .isEqualTo(Stage.SIGNED_BY_DIRECTOR));
        assertThat(book.versions()).hasSize(2);
        assertThat(book.versions())
                .allSatisfy(v -> assertThat(v.verification().valid()).isTrue());
        assertThat(book.versions().getFirst().official()).isTrue();
        assertThat(book.versions().getLast().official()).isFalse();

        // The JSON state, for the homeroom teacher with a bearer token.
        String token = Browser.at(port)
                .postJson(
                        "/api/v1/auth/token",
                        "{\"username\":\"" + homeroom.username() + "\",\"password\":\"" + TestAccounts.PASSWORD + "\"}")
                .json()
                .get("access_token")
                .asString();
        var json = Browser.at(port)
                .getJson("/api/v1/gradebook/classes/" + classId + "/hoc-ba", "Authorization", "Bearer " + token);
        assertThat(json.status()).isEqualTo(200);
        var rows = json.json().get("learners");
        assertThat(rows.size()).isEqualTo(3);
        for (var row : rows) {
            if (row.get("learnerId").asString().equals(an.toString())) {
                assertThat(row.get("stage").asString()).isEqualTo("SIGNED_BY_DIRECTOR");
                assertThat(row.get("version").asInt()).isEqualTo(2);
                assertThat(row.get("checked").get("at").isNull()).isFalse();
            } else if (row.get("learnerId").asString().equals(chi.toString())) {
                assertThat(row.get("stage").asString()).isEqualTo("INCOMPLETE");
                assertThat(row.get("missing").get(0).asString()).startsWith("Môn ");
            }
        }
    }

    @Test
    @DisplayName("Thiếu dữ liệu được liệt kê bằng tiếng Việt; mỗi bước sai thứ tự bị từ chối, không ghi gì")
    void outOfOrderStepsAreRefusedAndWriteNothing() {
        RecordState incomplete = state(chi);
        assertThat(incomplete.stage()).isEqualTo(Stage.INCOMPLETE);
        List<String> missing = incomplete.missing().stream()
                .map(m -> messages.getMessage(m.message(), VI))
                .toList();
        assertThat(missing)
                .contains(
                        "Môn Toán: chưa đủ điểm học kỳ I.",
                        "Môn Toán: chưa đủ điểm học kỳ II.",
                        "Chưa có xếp loại rèn luyện học kỳ I.",
                        "Chưa có xếp loại rèn luyện học kỳ II.",
                        "Chưa có quyết định cuối năm (lên lớp, kiểm tra lại, rèn luyện hè, ở lại lớp).");

        assertThat(text(refused(() -> director(() -> records.check(classId, chi)))))
                .startsWith("Chưa thể xác nhận kiểm tra học bạ của Đỗ Minh Chi: còn thiếu");
        assertThat(text(refused(() -> fixture.as(homeroom, () -> records.signAsHomeroom(classId, an)))))
                .isEqualTo("Chưa thể ký học bạ của Trần Văn An: học bạ chưa được giám đốc xác nhận đã kiểm tra.");
        assertThat(text(refused(() -> director(() -> records.signAsDirector(classId, an)))))
                .isEqualTo("Chưa thể ký học bạ của Trần Văn An: giáo viên chủ nhiệm chưa ký.");
        assertThat(steps(an) + steps(chi)).isZero();
        assertThat(versions(an)).isZero();

        director(() -> records.check(classId, an));
        assertThat(text(refused(() -> director(() -> records.check(classId, an)))))
                .startsWith("Học bạ của Trần Văn An đã được kiểm tra");
        assertThat(text(refused(() -> director(() -> records.signAsDirector(classId, an)))))
                .isEqualTo("Chưa thể ký học bạ của Trần Văn An: giáo viên chủ nhiệm chưa ký.");
        assertThat(steps(an)).isEqualTo(1);
        assertThat(versions(an)).isZero();

        fixture.as(homeroom, () -> records.signAsHomeroom(classId, an));
        assertThat(text(refused(() -> fixture.as(homeroom, () -> records.signAsHomeroom(classId, an)))))
                .startsWith("Học bạ của Trần Văn An đã được ký ở bước này");
        assertThat(steps(an)).isEqualTo(2);
        assertThat(versions(an)).isEqualTo(1);
    }

    @Test
    @DisplayName(
            "Người không có quyền bị từ chối: giáo viên bộ môn, giáo viên lớp khác (403), GVCN không được kiểm tra")
    void theWrongPersonIsRefused() {
        director(() -> records.check(classId, an));

        GradebookRejection notHomeroom = refused(() -> fixture.as(subjects, () -> records.signAsHomeroom(classId, an)));
        assertThat(notHomeroom.kind()).isEqualTo(GradebookRejection.Kind.FORBIDDEN);
        assertThat(text(notHomeroom)).startsWith("Chỉ giáo viên chủ nhiệm lớp HB");
        GradebookRejection directorAsHomeroom = refused(() -> director(() -> records.signAsHomeroom(classId, an)));
        assertThat(directorAsHomeroom.kind()).isEqualTo(GradebookRejection.Kind.FORBIDDEN);
        assertThat(catchThrowable(() -> fixture.as(homeroom, () -> records.check(classId, binh))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(catchThrowable(() -> fixture.as(homeroom, () -> records.signAsDirector(classId, an))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(steps(an)).isEqualTo(1);
        assertThat(steps(binh)).isZero();
        assertThat(versions(an)).isZero();

        // Over HTTP: a teacher of another class gets 403 on the class page, its JSON and the signing form.
        Teacher outsider = academicsFixture.teacherWithAccount("Võ Văn Lớp Khác");
        Browser browser = Browser.signedIn(port, outsider.username(), TestAccounts.PASSWORD);
        assertThat(browser.get("/gradebook/classes/" + classId + "/hoc-ba").status())
                .isEqualTo(403);
        assertThat(browser.get("/gradebook/learners/" + an + "/hoc-ba").status())
                .isEqualTo(403);
        assertThat(browser.post("/gradebook/classes/" + classId + "/hoc-ba/sign-homeroom", "learnerId", an.toString())
                        .status())
                .isEqualTo(403);
        assertThat(versions(an)).isZero();
        Browser own = Browser.signedIn(port, homeroom.username(), TestAccounts.PASSWORD);
        var page = own.get("/gradebook/classes/" + classId + "/hoc-ba");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.mainText()).contains("Trần Văn An", "Đã kiểm tra, chờ GVCN ký", "Chưa đủ dữ liệu");
    }

    @Test
    @DisplayName("Sửa điểm sau khi ký: cần ký lại; ký lại tạo phiên bản mới, phiên bản cũ giữ nguyên và vẫn hợp lệ")
    void aChangeAfterSigningNeedsNewSignaturesOnANewVersion() throws Exception {
        signFully(an);
        SignedDocument signed = director(
                        () -> documents.latest(DigitalRecords.KIND, DigitalRecords.recordOf(an, classId)))
                .orElseThrow();
        byte[] before = director(() -> documents.content(signed.id()));

        UUID toan = subjectIds.get("TOAN");
        ScoreSheet sheet = fixture.as(subjects, () -> gradebook.sheet(classId, toan, 2));
        ScoreCell cell =
                sheet.rows().stream().filter(r -> r.learnerId().equals(an)).findFirst().orElseThrow().cells().stream()
                        .filter(c -> c.slot().equals(MarkSlot.END_OF_TERM))
                        .findFirst()
                        .orElseThrow();
        fixture.as(
                subjects,
                () -> gradebook.save(classId, toan, 2, List.of(new MarkInput(an, "CK", 1, "9,5", cell.version()))));

        RecordState changed = state(an);
        assertThat(changed.stage()).isEqualTo(Stage.COMPLETE);
        assertThat(changed.changedAfterSigning()).isTrue();
        assertThat(text(refused(() -> fixture.as(homeroom, () -> records.signAsHomeroom(classId, an)))))
                .contains("chưa được giám đốc xác nhận đã kiểm tra");

        RecordState signedAgain = signFully(an);
        assertThat(signedAgain.stage()).isEqualTo(Stage.SIGNED_BY_DIRECTOR);
        assertThat(signedAgain.changedAfterSigning()).isFalse();
        assertThat(signedAgain.version()).isEqualTo(4);

        List<SignedDocument> all =
                director(() -> documents.versions(DigitalRecords.KIND, DigitalRecords.recordOf(an, classId)));
        assertThat(all).extracting(SignedDocument::version).containsExactly(1, 2, 3, 4);
        assertThat(all.get(1).sha256()).isEqualTo(signed.sha256());
        assertThat(director(() -> documents.content(signed.id()))).isEqualTo(before);
        assertThat(director(() -> documents.verify(signed.id())).valid()).isTrue();
        PdfVerification newest = director(() -> documents.verify(all.get(3).id()));
        assertThat(newest.valid()).isTrue();
        // Version 3 is a fresh print signed as new content, not an edit of version 2: two signatures, not four.
        assertThat(newest.signatures()).hasSize(2);
    }

    @Test
    @DisplayName("Thông tin trang 1 đổi sau khi ký (thêm phụ huynh): học bạ cần kiểm tra và ký lại; học viên khác không"
            + " bị ảnh hưởng")
    void aChangeOfPageOneAfterSigningNeedsNewSignatures() {
        signFully(an);
        signFully(binh);

        String phone = "09" + (10_000_000 + new java.util.Random().nextInt(89_999_999));
        director(() -> people.linkGuardian(
                an, new GuardianDetails(PersonName.parse("Lê Thị Mẹ"), phone, null, null), Relation.MOTHER));

        RecordState changed = state(an);
        assertThat(changed.stage()).isEqualTo(Stage.COMPLETE);
        assertThat(changed.changedAfterSigning()).isTrue();
        assertThat(state(binh).stage()).isEqualTo(Stage.SIGNED_BY_DIRECTOR);
    }

    @Test
    @DisplayName("Cấp bản sao từ phiên bản có chữ ký giám đốc: ghi sổ (ai, cho ai, mục đích), tải đúng tệp đã ký")
    void issuingACopyIsLogged() {
        // An missed a day: the learner's own view counts it as the class view does, so both agree it is signed.
        LocalDate day = attendanceFixture.pastSchoolDays(1).getFirst();
        fixture.as(
                homeroom,
                () -> attendance.record(
                        classId, day, null, List.of(new AttendanceEntry(an, AttendanceStatus.EXCUSED))));
        signFully(an);
        List<SignedDocument> all =
                director(() -> documents.versions(DigitalRecords.KIND, DigitalRecords.recordOf(an, classId)));
        SignedDocument official = all.getLast();

        var file = clerk(
                () -> records.issue(an, official.id(), CopyKind.COPY, "Trường THPT Nguyễn Du", "Hồ sơ chuyển trường"));
        assertThat(file.content()).isEqualTo(director(() -> documents.content(official.id())));

        List<Issuance> issued =
                director(() -> issuances.issuesOf(DigitalRecords.KIND, DigitalRecords.recordOf(an, classId)));
        assertThat(issued).singleElement().satisfies(issue -> {
            assertThat(issue.documentId()).isEqualTo(official.id());
            assertThat(issue.issuedTo()).isEqualTo("Trường THPT Nguyễn Du");
            assertThat(issue.purpose()).isEqualTo("Hồ sơ chuyển trường");
            assertThat(issue.issuedBy()).isEqualTo("test.clerk");
            assertThat(issue.copyKind()).isEqualTo(CopyKind.COPY);
        });
        assertThat(director(() -> records.learnerRecords(an)).issues()).hasSize(1);

        assertThat(text(refused(() -> director(() -> records.issue(
                        an, all.getFirst().id(), CopyKind.EXTRACT, "Học viên Trần Văn An", "Xét tuyển")))))
                .isEqualTo("Chỉ cấp bản sao từ phiên bản học bạ đã có chữ ký của giám đốc (phiên bản 1 chưa có).");
        assertThat(text(refused(() ->
                        director(() -> records.issue(an, official.id(), CopyKind.COPY, "Trường THPT Nguyễn Du", " ")))))
                .contains("Cần ghi mục đích cấp bản sao");
        assertThat(refused(() -> director(() -> records.issue(
                                binh, official.id(), CopyKind.COPY, "Trường THPT Nguyễn Du", "Chuyển trường")))
                        .kind())
                .isEqualTo(GradebookRejection.Kind.NOT_FOUND);
        assertThat(director(() -> issuances.issuesOf(DigitalRecords.KIND, DigitalRecords.recordOf(an, classId))))
                .hasSize(1);

        // The pages: the director issues an extract through the form and gets the signed PDF; the learner's page
        // lists both versions, verified, and both issues.
        Browser browser = Browser.signedIn(port, "giamdoc", TestAccounts.DEMO_PASSWORD);
        var download = browser.post(
                "/gradebook/learners/" + an + "/hoc-ba/versions/" + official.id() + "/issue",
                "kind",
                "EXTRACT",
                "issuedTo",
                "Học viên Trần Văn An",
                "purpose",
                "Xét tuyển đại học");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("Content-Type")).startsWith("application/pdf");
        var page = browser.get("/gradebook/learners/" + an + "/hoc-ba");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.mainText())
                .contains(
                        "Phiên bản 2",
                        "Phiên bản 1",
                        "Có chữ ký giám đốc",
                        "Các chữ ký hợp lệ",
                        "Trường THPT Nguyễn Du",
                        "Xét tuyển đại học",
                        "Bản trích sao");
        assertThat(director(() -> issuances.issuesOf(DigitalRecords.KIND, DigitalRecords.recordOf(an, classId))))
                .hasSize(2);

        // The learner sees their own học bạ số (linked from "Kết quả học tập") and downloads it, not Bình's.
        String anAccount = attendanceFixture.learnerAccount(an);
        var seenByLearner = attendanceFixture.asLearnerAccount(anAccount, () -> records.learnerRecords(an));
        assertThat(seenByLearner.versions()).hasSize(2);
        assertThat(seenByLearner.mayIssue()).isFalse();
        assertThat(seenByLearner.years()).singleElement().satisfies(year -> {
            assertThat(year.stage()).isEqualTo(Stage.SIGNED_BY_DIRECTOR);
            assertThat(year.changedAfterSigning()).isFalse();
        });
        Browser learner = Browser.signedIn(port, anAccount, TestAccounts.PASSWORD);
        assertThat(learner.get("/my/results").mainText()).contains("Học bạ số của Trần Văn An");
        var own = learner.get("/gradebook/learners/" + an + "/hoc-ba");
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.mainText()).contains("Phiên bản 2").doesNotContain("Cấp và tải bản sao");
        assertThat(learner.get("/gradebook/learners/" + an + "/hoc-ba/versions/" + official.id() + "/download")
                        .status())
                .isEqualTo(200);
        assertThat(learner.get("/gradebook/learners/" + binh + "/hoc-ba").status())
                .isEqualTo(403);
    }

    @Test
    @DisplayName("Học viên đã lên lớp mới: GVCN năm cũ vẫn ký năm cũ, giám đốc ký được cả năm cũ lẫn năm mới; mỗi năm"
            + " học một chuỗi phiên bản riêng, năm sau không thay thế năm trước")
    void eachYearOfALearnerWhoMovedOnIsSignedToTheEnd() {
        director(() -> records.checkClass(classId));
        var nextYear = academicsFixture.schoolYear(
                academicsFixture.currentYear().startsOn().getYear() + 1);
        UUID next = academicsFixture
                .asDirector(() -> academics.createClass(new CreateClass(
                        nextYear.id(),
                        "HC" + AcademicsFixture.unique(),
                        11,
                        ClassSession.EVENING,
                        null,
                        subjects.staffId())))
                .id();
        academicsFixture.asDirector(() -> academics.enrol(new Enrol(binh, next, nextYear.startsOn(), null)));

        // Year one: its homeroom teacher signs Bình's year though Bình now studies in another class.
        Batch byHomeroom = fixture.as(homeroom, () -> records.signClassAsHomeroom(classId));
        assertThat(byHomeroom.done()).extracting(RecordState::learnerId).containsExactlyInAnyOrder(an, binh);
        assertThat(byHomeroom.skipped())
                .extracting(DigitalRecords.Skipped::learnerId)
                .containsExactly(chi);

        // Year two, taught and led by the subject teacher: complete, checked and signed by its homeroom teacher.
        printable.assign(next, subjectIds, subjects);
        printable.score(next, subjectIds, subjects, Map.of(binh, "6,5"));
        director(() -> records.checkClass(next));
        fixture.as(subjects, () -> records.signClassAsHomeroom(next));

        // The director countersigns year one after year two was signed: nothing superseded it.
        Batch year1 = director(() -> records.signClassAsDirector(classId));
        assertThat(year1.done()).extracting(RecordState::learnerId).containsExactlyInAnyOrder(an, binh);
        Batch year2 = director(() -> records.signClassAsDirector(next));
        assertThat(year2.done()).extracting(RecordState::learnerId).containsExactly(binh);

        assertThat(state(binh).stage()).isEqualTo(Stage.SIGNED_BY_DIRECTOR);
        assertThat(versions(binh))
                .as("year one: the homeroom's version, then the director's")
                .isEqualTo(2);
        assertThat(fixture.count(
                        "SELECT count(*)::int FROM platform.signed_document WHERE kind = ? AND subject_id = ?",
                        DigitalRecords.KIND,
                        DigitalRecords.recordOf(binh, next)))
                .isEqualTo(2);
        LearnerRecords binhs = director(() -> records.learnerRecords(binh));
        assertThat(binhs.years())
                .extracting(RecordState::stage)
                .containsExactly(Stage.SIGNED_BY_DIRECTOR, Stage.SIGNED_BY_DIRECTOR);
        assertThat(binhs.versions()).hasSize(4);
        assertThat(binhs.versions().getFirst().document().fileName()).contains("năm học " + nextYear.name());
        assertThat(binhs.versions())
                .filteredOn(DigitalRecords.Version::official)
                .hasSize(2);
        assertThat(binhs.versions())
                .allSatisfy(v -> assertThat(v.verification().valid()).isTrue());
    }

    @Test
    @DisplayName("Cả lớp một lần: kiểm tra, GVCN ký, giám đốc ký; học viên bị bỏ qua kèm lý do")
    void classLevelActionsReportWhoWasSkipped() {
        Batch checked = director(() -> records.checkClass(classId));
        assertThat(checked.done()).extracting(RecordState::learnerId).containsExactlyInAnyOrder(an, binh);
        assertThat(checked.skipped()).singleElement().satisfies(skipped -> {
            assertThat(skipped.learnerId()).isEqualTo(chi);
            assertThat(messages.getMessage(skipped.reason(), VI)).startsWith("còn thiếu");
        });

        assertThat(catchThrowable(() -> fixture.as(subjects, () -> records.signClassAsHomeroom(classId))))
                .isInstanceOf(GradebookRejection.class);
        Batch byHomeroom = fixture.as(homeroom, () -> records.signClassAsHomeroom(classId));
        assertThat(byHomeroom.done()).hasSize(2);
        assertThat(byHomeroom.skipped())
                .extracting(DigitalRecords.Skipped::learnerId)
                .containsExactly(chi);

        Batch byDirector = director(() -> records.signClassAsDirector(classId));
        assertThat(byDirector.done()).extracting(RecordState::stage).containsOnly(Stage.SIGNED_BY_DIRECTOR);
        Batch again = director(() -> records.signClassAsDirector(classId));
        assertThat(again.done()).isEmpty();
        assertThat(again.skipped()).hasSize(3);
        assertThat(again.skipped().stream()
                        .filter(s -> s.learnerId().equals(an))
                        .map(s -> messages.getMessage(s.reason(), VI)))
                .containsExactly("đã qua bước này (Đã ký đủ (GVCN và giám đốc)).");
    }
}
