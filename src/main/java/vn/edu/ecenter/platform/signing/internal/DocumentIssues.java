package vn.edu.ecenter.platform.signing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.edu.ecenter.platform.audit.AuditRecord;
import vn.edu.ecenter.platform.audit.AuditTrail;
import vn.edu.ecenter.platform.clock.BusinessClock;
import vn.edu.ecenter.platform.signing.CopyKind;
import vn.edu.ecenter.platform.signing.Issuance;
import vn.edu.ecenter.platform.signing.IssuanceLog;
import vn.edu.ecenter.platform.signing.IssueCopy;
import vn.edu.ecenter.platform.signing.SignedDocument;
import vn.edu.ecenter.platform.signing.SignedDocuments;
import vn.edu.ecenter.platform.web.Rejected;

/** The issuance log in {@code platform.document_issue}, with an audit entry for every issue. */
@Service
class DocumentIssues implements IssuanceLog {

    static final int MAX_RECIPIENT = 300;
    static final int MAX_PURPOSE = 500;

    private static final String SELECT = """
            SELECT i.id, i.document_id, d.kind, d.subject_id, d.version, i.copy_kind, i.issued_to, i.purpose,
              i.issued_by, i.issued_at
            FROM platform.document_issue i
            JOIN platform.signed_document d ON d.centre_id = i.centre_id AND d.id = i.document_id
            """;

    private final JdbcClient jdbc;
    private final SignedDocuments documents;
    private final AuditTrail audit;
    private final BusinessClock clock;

    DocumentIssues(JdbcClient jdbc, SignedDocuments documents, AuditTrail audit, BusinessClock clock) {
        this.jdbc = jdbc;
        this.documents = documents;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Issuance record(IssueCopy issue) {
        String issuedTo =
                required(issue.issuedTo(), "signing.issue.recipientMissing", "signing.issue.recipient", MAX_RECIPIENT);
        String purpose =
                required(issue.purpose(), "signing.issue.purposeMissing", "signing.issue.purpose", MAX_PURPOSE);
        SignedDocument document = documents.version(issue.documentId());
        var issuance = new Issuance(
                UUID.randomUUID(),
                document.id(),
                document.kind(),
                document.subjectId(),
                document.version(),
                issue.kind(),
                issuedTo,
                purpose,
                currentActor(),
                clock.instant());
        jdbc.sql("""
                INSERT INTO platform.document_issue (centre_id, id, document_id, copy_kind, issued_to, purpose,
                  issued_by, issued_at)
                VALUES (platform.current_centre(), ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(
                        issuance.id(),
                        issuance.documentId(),
                        issuance.copyKind().name(),
                        issuedTo,
                        purpose,
                        issuance.issuedBy(),
                        Timestamp.from(issuance.issuedAt()))
                .update();
        var values = new LinkedHashMap<String, Object>();
        values.put("documentId", document.id());
        values.put("kind", document.kind());
        values.put("subjectId", document.subjectId());
        values.put("version", document.version());
        values.put("copyKind", issue.kind().name());
        values.put("issuedTo", issuedTo);
        audit.record(AuditRecord.of(
                        "signedDocument.issued", "document_issue", issuance.id().toString())
                .values(null, values)
                .because(purpose));
        return issuance;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Issuance> issuesOf(String kind, UUID subjectId) {
        return jdbc.sql(SELECT + " WHERE d.kind = ? AND d.subject_id = ? ORDER BY i.issued_at DESC, i.id")
                .params(kind, subjectId)
                .query(DocumentIssues::row)
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Issuance> issuesOf(UUID documentId) {
        return jdbc.sql(SELECT + " WHERE i.document_id = ? ORDER BY i.issued_at DESC, i.id")
                .param(documentId)
                .query(DocumentIssues::row)
                .list();
    }

    private static String required(String value, String missingKey, String fieldKey, int max) {
        String text = value.strip();
        if (text.isEmpty()) {
            throw new Rejected(missingKey);
        }
        if (text.length() > max) {
            throw new Rejected("signing.issue.tooLong", new DefaultMessageSourceResolvable(fieldKey), max);
        }
        return text;
    }

    private static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication.getName() == null ? "system" : authentication.getName();
    }

    private static Issuance row(ResultSet rs, int row) throws SQLException {
        return new Issuance(
                rs.getObject("id", UUID.class),
                rs.getObject("document_id", UUID.class),
                rs.getString("kind"),
                rs.getObject("subject_id", UUID.class),
                rs.getInt("version"),
                CopyKind.valueOf(rs.getString("copy_kind")),
                rs.getString("issued_to"),
                rs.getString("purpose"),
                rs.getString("issued_by"),
                rs.getTimestamp("issued_at").toInstant());
    }
}
