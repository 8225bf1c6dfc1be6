package vn.edu.ecenter.platform.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.edu.ecenter.platform.db.EmbeddedDatabase;
import vn.edu.ecenter.platform.documents.PdfRenderer;
import vn.edu.ecenter.platform.tenancy.Tenancy;
import vn.edu.ecenter.platform.web.Rejected;
import vn.edu.ecenter.support.EcenterTest;
import vn.edu.ecenter.support.TestDatabase;

/**
 * The học bạ số as the gradebook will use it: a printed record signed by the homeroom teacher, then the director, kept
 * as immutable versions, and every copy issued logged — each test in a fresh centre.
 */
@EcenterTest
class SignedDocumentsIntegrationTests {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    static final String HOC_BA = "hoc-ba";
    static final String CENTRE_NAME = "Trung tâm GDTX Lê Quý Đôn";
    static final Signer HOMEROOM = new Signer("gv.lan", "Nguyễn Thị Lan", CENTRE_NAME);
    static final Signer DIRECTOR = new Signer("gd.binh", "Trần Văn Bình", CENTRE_NAME);
    static final SignRequest BY_HOMEROOM =
            new SignRequest(HOMEROOM, "Giáo viên chủ nhiệm xác nhận học bạ", "TP. Hồ Chí Minh");
    static final SignRequest BY_DIRECTOR = new SignRequest(DIRECTOR, "Giám đốc phê duyệt học bạ", "TP. Hồ Chí Minh");

    @Autowired
    SignedDocuments documents;

    @Autowired
    IssuanceLog issuances;

    @Autowired
    PdfRenderer renderer;

    @Autowired
    Tenancy tenancy;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    final UUID centre = UUID.randomUUID();
    final UUID learner = UUID.randomUUID();

    @Test
    @DisplayName("Học bạ: giáo viên chủ nhiệm ký (phiên bản 1), giám đốc ký tiếp (phiên bản 2), cả hai chữ ký hợp lệ")
    void homeroomTeacherThenDirectorSignTheHocBa() {
        SignedDocument first = inCentre(() -> documents.sign(hocBa("8,5"), BY_HOMEROOM));
        SignedDocument second = inCentre(() -> documents.countersign(first.id(), BY_DIRECTOR));

        assertThat(first.version()).isEqualTo(1);
        assertThat(first.supersedes()).isNull();
        assertThat(first.signatureCount()).isEqualTo(1);
        assertThat(first.fileName()).isEqualTo("Hoc-ba-Nguyen-Van-An.pdf");
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.supersedes()).isEqualTo(first.id());
        assertThat(second.signatureCount()).isEqualTo(2);
        assertThat(second.signedBy()).isEqualTo("gd.binh");
        assertThat(second.signerName()).isEqualTo("Trần Văn Bình");
        PdfVerification signedTwice = inCentre(() -> documents.verify(second.id()));
        assertThat(signedTwice.valid()).isTrue();
        assertThat(signedTwice.signatures())
                .extracting(SignatureCheck::signerName)
                .containsExactly("Nguyễn Thị Lan", "Trần Văn Bình");
        assertThat(inCentre(() -> documents.verify(first.id())).valid()).isTrue();
        assertThat(inCentre(() -> documents.latest(HOC_BA, learner))).contains(second);
        assertThat(inCentre(() -> documents.versions(HOC_BA, learner))).containsExactly(first, second);
        assertThat(inCentre(() -> jdbc.sql("SELECT count(*) FROM platform.audit_entry "
                                + "WHERE action = 'signedDocument.signed' AND centre_id = platform.current_centre()")
                        .query(Long.class)
                        .single()))
                .isEqualTo(2);
    }

    @Test
    @DisplayName("Sửa học bạ đã ký tạo phiên bản mới thay thế, phiên bản cũ giữ nguyên")
    void aCorrectionMakesANewVersionAndKeepsTheOldOne() {
        SignedDocument first = inCentre(() -> documents.sign(hocBa("8,5"), BY_HOMEROOM));
        SignedDocument second = inCentre(() -> documents.countersign(first.id(), BY_DIRECTOR));
        byte[] before = inCentre(() -> documents.content(second.id()));

        SignedDocument corrected = inCentre(() -> documents.sign(hocBa("9,0"), BY_HOMEROOM));

        assertThat(corrected.version()).isEqualTo(3);
        assertThat(corrected.supersedes()).isEqualTo(second.id());
        assertThat(corrected.signatureCount()).isEqualTo(1);
        assertThat(corrected.sha256()).isNotEqualTo(second.sha256());
        assertThat(inCentre(() -> documents.content(second.id()))).isEqualTo(before);
        assertThat(inCentre(() -> documents.verify(second.id())).valid()).isTrue();
    }

    @Test
    void countersigningAVersionThatWasSupersededIsRefused() {
        SignedDocument first = inCentre(() -> documents.sign(hocBa("8,5"), BY_HOMEROOM));
        inCentre(() -> documents.sign(hocBa("9,0"), BY_HOMEROOM));

        Rejected refusal = catchThrowableOfType(
                Rejected.class, () -> inCentre(() -> documents.countersign(first.id(), BY_DIRECTOR)));

        assertThat(refusal.status()).isEqualTo(409);
        assertThat(messages.getMessage(refusal.messageKey(), refusal.arguments(), VIETNAMESE))
                .isEqualTo("Phiên bản 1 đã được thay bằng phiên bản 2. Chỉ ký tiếp trên phiên bản mới nhất; hãy tải lại"
                        + " và kiểm tra phiên bản 2.");
        assertThat(inCentre(() -> documents.versions(HOC_BA, learner))).hasSize(2);
    }

    @Test
    @DisplayName("Hai người cùng ký tiếp một phiên bản: chỉ một phiên bản 2, người kia được báo xung đột")
    void twoCountersignaturesAtOnceMakeOneVersion() throws Exception {
        SignedDocument first = inCentre(() -> documents.sign(hocBa("8,5"), BY_HOMEROOM));
        var start = new CountDownLatch(1);
        List<Future<SignedDocument>> attempts;
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            attempts = List.of(BY_DIRECTOR, BY_HOMEROOM).stream()
                    .map(request -> pool.submit(() -> {
                        start.await();
                        return inCentre(() -> documents.countersign(first.id(), request));
                    }))
                    .toList();
            start.countDown();
        }

        List<Object> outcomes = new ArrayList<>();
        for (Future<SignedDocument> attempt : attempts) {
            try {
                outcomes.add(attempt.get());
            } catch (ExecutionException e) {
                outcomes.add(e.getCause());
            }
        }
        assertThat(outcomes).filteredOn(SignedDocument.class::isInstance).hasSize(1);
        assertThat(outcomes)
                .filteredOn(Rejected.class::isInstance)
                .singleElement()
                .satisfies(refusal -> assertThat(((Rejected) refusal).status()).isEqualTo(409));
        assertThat(inCentre(() -> documents.versions(HOC_BA, learner)))
                .extracting(SignedDocument::version)
                .containsExactly(1, 2);
    }

    @Test
    void anotherCentreSeesNeitherTheVersionsNorTheirContent() {
        SignedDocument first = inCentre(() -> documents.sign(hocBa("8,5"), BY_HOMEROOM));
        UUID otherCentre = UUID.randomUUID();

        assertThat(tenancy.inCentre(otherCentre, () -> documents.versions(HOC_BA, learner)))
                .isEmpty();
        Rejected refusal = catchThrowableOfType(
                Rejected.class, () -> tenancy.inCentre(otherCentre, () -> documents.content(first.id())));
        assertThat(refusal.status()).isEqualTo(404);
    }

    @Test
    @DisplayName("Cơ sở dữ liệu từ chối sửa hoặc xóa một phiên bản đã lưu, kể cả với quyền chủ sở hữu")
    void theDatabaseRefusesToChangeAStoredVersion() throws SQLException {
        SignedDocument first = inCentre(() -> documents.sign(hocBa("8,5"), BY_HOMEROOM));

        assertThatThrownBy(() -> inCentre(
                        () -> jdbc.sql("UPDATE platform.signed_document SET sha256 = repeat('0', 64) WHERE id = ?")
                                .param(first.id())
                                .update()))
                .rootCause()
                .hasMessageContaining("permission denied for table signed_document");
        try (Connection owner = ownerConnection();
                Statement statement = owner.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate(
                            "UPDATE platform.signed_document SET signer_name = 'Người khác' WHERE id = '" + first.id()
                                    + "'"))
                    .hasMessageContaining("UPDATE of platform.signed_document refused");
            assertThatThrownBy(() -> statement.executeUpdate(
                            "DELETE FROM platform.signed_document WHERE id = '" + first.id() + "'"))
                    .hasMessageContaining("DELETE of platform.signed_document refused");
        }
        assertThat(inCentre(() -> documents.version(first.id()))).isEqualTo(first);
    }

    @Test
    @DisplayName("Sổ cấp bản sao ghi và liệt kê đúng trung tâm")
    void theIssuanceLogRecordsAndListsCopiesInTheRightCentre() {
        SignedDocument first = inCentre(() -> documents.sign(hocBa("8,5"), BY_HOMEROOM));
        SignedDocument second = inCentre(() -> documents.countersign(first.id(), BY_DIRECTOR));

        Issuance copy = inCentre(() -> issuances.record(
                new IssueCopy(second.id(), CopyKind.COPY, "Trường THPT Nguyễn Du", "Hồ sơ chuyển trường")));
        Issuance extract = inCentre(() -> issuances.record(
                new IssueCopy(second.id(), CopyKind.EXTRACT, "  Học viên Nguyễn Văn An ", "Xét tuyển đại học")));

        assertThat(copy.version()).isEqualTo(2);
        assertThat(copy.issuedBy()).isEqualTo("system");
        assertThat(extract.issuedTo()).isEqualTo("Học viên Nguyễn Văn An");
        assertThat(inCentre(() -> issuances.issuesOf(HOC_BA, learner)))
                .extracting(Issuance::copyKind, Issuance::issuedTo, Issuance::purpose, Issuance::documentId)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(
                                CopyKind.COPY, "Trường THPT Nguyễn Du", "Hồ sơ chuyển trường", second.id()),
                        org.assertj.core.groups.Tuple.tuple(
                                CopyKind.EXTRACT, "Học viên Nguyễn Văn An", "Xét tuyển đại học", second.id()));
        assertThat(inCentre(() -> issuances.issuesOf(second.id()))).hasSize(2);
        assertThat(inCentre(() -> issuances.issuesOf(first.id()))).isEmpty();
        assertThat(ownerCount("SELECT count(*) FROM platform.document_issue WHERE centre_id = '" + centre
                        + "' AND document_id = '" + second.id() + "'"))
                .isEqualTo(2);

        UUID otherCentre = UUID.randomUUID();
        assertThat(tenancy.inCentre(otherCentre, () -> issuances.issuesOf(HOC_BA, learner)))
                .isEmpty();
        Rejected refusal = catchThrowableOfType(
                Rejected.class,
                () -> tenancy.inCentre(
                        otherCentre,
                        () -> issuances.record(
                                new IssueCopy(second.id(), CopyKind.COPY, "Trường khác", "Thử đọc trộm"))));
        assertThat(refusal.status()).isEqualTo(404);
        assertThat(ownerCount("SELECT count(*) FROM platform.document_issue WHERE document_id = '" + second.id() + "'"))
                .isEqualTo(2);
    }

    @Test
    void anIssueWithoutRecipientOrPurposeIsRefusedWithAClearMessage() {
        SignedDocument first = inCentre(() -> documents.sign(hocBa("8,5"), BY_HOMEROOM));

        Rejected noRecipient = catchThrowableOfType(
                Rejected.class,
                () -> inCentre(() -> issuances.record(new IssueCopy(first.id(), CopyKind.COPY, " ", "Chuyển trường"))));
        Rejected noPurpose = catchThrowableOfType(
                Rejected.class,
                () -> inCentre(() -> issuances.record(new IssueCopy(first.id(), CopyKind.COPY, "Học viên", ""))));
        Rejected tooLong = catchThrowableOfType(
                Rejected.class,
                () -> inCentre(() ->
                        issuances.record(new IssueCopy(first.id(), CopyKind.EXTRACT, "Học viên", "x".repeat(501)))));

        assertThat(messages.getMessage(noRecipient.messageKey(), noRecipient.arguments(), VIETNAMESE))
                .startsWith("Cần ghi người nhận hoặc nơi nhận bản sao");
        assertThat(messages.getMessage(noPurpose.messageKey(), noPurpose.arguments(), VIETNAMESE))
                .startsWith("Cần ghi mục đích cấp bản sao");
        assertThat(messages.getMessage(tooLong.messageKey(), tooLong.arguments(), VIETNAMESE))
                .isEqualTo("Mục đích dài quá 500 ký tự.");
        assertThat(inCentre(() -> issuances.issuesOf(first.id()))).isEmpty();
    }

    @Test
    void contentThatIsNotAPdfMakesNoVersion() {
        Rejected refusal = catchThrowableOfType(
                Rejected.class,
                () -> inCentre(() -> documents.sign(
                        new SignDocument(HOC_BA, learner, "hoc-ba.pdf", "không phải PDF".getBytes()), BY_HOMEROOM)));

        assertThat(refusal.messageKey()).isEqualTo("signing.notPdf");
        assertThat(inCentre(() -> documents.versions(HOC_BA, learner))).isEmpty();
    }

    /** A học bạ page as the gradebook prints it (PDF/A-2u through the platform's renderer). */
    private SignDocument hocBa(String score) {
        byte[] pdf = renderer.render(
                "documents/test-learner-record",
                Map.of(
                        "title",
                        "Học bạ – Nguyễn Văn An",
                        "centreName",
                        CENTRE_NAME,
                        "headers",
                        List.of("Môn học", "ĐTBmcn"),
                        "rows",
                        List.of(List.of("Toán", score), List.of("Ngữ văn", "7,0")),
                        "note",
                        "Lớp 10A1, năm học 2025–2026"),
                VIETNAMESE);
        return new SignDocument(HOC_BA, learner, "Hoc-ba-Nguyen-Van-An", pdf);
    }

    private <T> T inCentre(java.util.function.Supplier<T> work) {
        return tenancy.inCentre(centre, work);
    }

    private static long ownerCount(String sql) {
        try (Connection owner = ownerConnection();
                Statement statement = owner.createStatement();
                var rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The owner role: no row-level security and no REVOKE, as someone editing the database directly. */
    private static Connection ownerConnection() throws SQLException {
        return DriverManager.getConnection(TestDatabase.server().jdbcUrl(), EmbeddedDatabase.OWNER_ROLE, "");
    }
}
