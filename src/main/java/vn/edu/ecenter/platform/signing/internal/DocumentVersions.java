package vn.edu.ecenter.platform.signing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.edu.ecenter.platform.audit.AuditRecord;
import vn.edu.ecenter.platform.audit.AuditTrail;
import vn.edu.ecenter.platform.files.FileChecks;
import vn.edu.ecenter.platform.files.FileStore;
import vn.edu.ecenter.platform.files.FileType;
import vn.edu.ecenter.platform.files.StoredFile;
import vn.edu.ecenter.platform.signing.PdfSigner;
import vn.edu.ecenter.platform.signing.PdfVerification;
import vn.edu.ecenter.platform.signing.SignDocument;
import vn.edu.ecenter.platform.signing.SignRequest;
import vn.edu.ecenter.platform.signing.SignatureCheck;
import vn.edu.ecenter.platform.signing.SignatureVerifier;
import vn.edu.ecenter.platform.signing.SignedDocument;
import vn.edu.ecenter.platform.signing.SignedDocuments;
import vn.edu.ecenter.platform.web.Rejected;

/**
 * Keeps signed versions in {@code platform.signed_document} and their bytes in the file store. Writers of one
 * document take a transaction-scoped advisory lock on it (the table refuses {@code SELECT … FOR UPDATE}, which needs
 * the UPDATE privilege the application does not have), so two signatures at the same moment come one after the
 * other; the unique version number is the backstop.
 */
@Service
class DocumentVersions implements SignedDocuments {

    static final Pattern KIND = Pattern.compile("[a-z][a-z0-9_.-]{0,62}");

    private final JdbcClient jdbc;
    private final FileStore files;
    private final PdfSigner signer;
    private final SignatureVerifier verifier;
    private final AuditTrail audit;

    DocumentVersions(JdbcClient jdbc, FileStore files, PdfSigner signer, SignatureVerifier verifier, AuditTrail audit) {
        this.jdbc = jdbc;
        this.files = files;
        this.signer = signer;
        this.verifier = verifier;
        this.audit = audit;
    }

    @Override
    @Transactional
    public SignedDocument sign(SignDocument document, SignRequest request) {
        checkKind(document.kind());
        String fileName = pdfName(document.fileName());
        lock(document.kind(), document.subjectId());
        Optional<SignedDocument> latest = latest(document.kind(), document.subjectId());
        byte[] signed = signer.sign(document.pdf(), request);
        return keep(document.kind(), document.subjectId(), fileName, signed, latest.orElse(null), request);
    }

    @Override
    @Transactional
    public SignedDocument countersign(UUID versionId, SignRequest request) {
        SignedDocument base = version(versionId);
        lock(base.kind(), base.subjectId());
        SignedDocument latest = latest(base.kind(), base.subjectId()).orElseThrow();
        if (!latest.id().equals(base.id())) {
            throw Rejected.conflict("signing.document.superseded", base.version(), latest.version());
        }
        byte[] signed = signer.sign(content(base), request);
        return keep(base.kind(), base.subjectId(), base.fileName(), signed, base, request);
    }

    private SignedDocument keep(
            String kind,
            UUID subjectId,
            String fileName,
            byte[] signed,
            @Nullable SignedDocument previous,
            SignRequest request) {
        PdfVerification check = verifier.verify(signed);
        SignatureCheck made = check.signatures().getLast();
        if (!made.intact() || check.modifiedAfterLastSignature() || made.signingTime() == null) {
            throw new IllegalStateException("The new signature of " + kind + " " + subjectId + " does not verify");
        }
        StoredFile file = files.store(signed, fileName, Set.of(FileType.PDF));
        var version = new SignedDocument(
                UUID.randomUUID(),
                kind,
                subjectId,
                previous == null ? 1 : previous.version() + 1,
                file.sha256(),
                fileName,
                file.size(),
                check.signatures().size(),
                request.signer().account(),
                request.signer().name(),
                request.reason(),
                made.signingTime().toInstant(),
                previous == null ? null : previous.id());
        insert(version);
        audit.record(AuditRecord.of(
                        "signedDocument.signed", "signed_document", version.id().toString())
                .values(null, auditValues(version))
                .because(request.reason()));
        return version;
    }

    private void insert(SignedDocument version) {
        try {
            jdbc.sql("""
                    INSERT INTO platform.signed_document (centre_id, id, kind, subject_id, version, sha256, file_name,
                      size, signature_count, signed_by, signer_name, reason, signed_at, supersedes)
                    VALUES (platform.current_centre(), :id, :kind, :subject, :version, :sha256, :fileName, :size,
                      :signatures, :signedBy, :signerName, :reason, :signedAt, :supersedes)
                    """)
                    .param("id", version.id())
                    .param("kind", version.kind())
                    .param("subject", version.subjectId())
                    .param("version", version.version())
                    .param("sha256", version.sha256())
                    .param("fileName", version.fileName())
                    .param("size", version.size())
                    .param("signatures", version.signatureCount())
                    .param("signedBy", version.signedBy())
                    .param("signerName", version.signerName())
                    .param("reason", version.reason())
                    .param("signedAt", Timestamp.from(version.signedAt()))
                    .param("supersedes", version.supersedes())
                    .update();
        } catch (DuplicateKeyException e) {
            throw Rejected.conflict("signing.document.concurrent");
        }
    }

    @Override
    @Transactional(readOnly = true)
    public SignedDocument version(UUID versionId) {
        return jdbc.sql("SELECT * FROM platform.signed_document WHERE id = ?")
                .param(versionId)
                .query(DocumentVersions::row)
                .optional()
                .orElseThrow(() -> Rejected.notFound("signing.document.notFound"));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<SignedDocument> latest(String kind, UUID subjectId) {
        return jdbc.sql("SELECT * FROM platform.signed_document WHERE kind = ? AND subject_id = ? "
                        + "ORDER BY version DESC LIMIT 1")
                .params(kind, subjectId)
                .query(DocumentVersions::row)
                .optional();
    }

    @Override
    @Transactional(readOnly = true)
    public List<SignedDocument> versions(String kind, UUID subjectId) {
        return jdbc.sql("SELECT * FROM platform.signed_document WHERE kind = ? AND subject_id = ? ORDER BY version")
                .params(kind, subjectId)
                .query(DocumentVersions::row)
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] content(UUID versionId) {
        return content(version(versionId));
    }

    @Override
    @Transactional(readOnly = true)
    public PdfVerification verify(UUID versionId) {
        return verifier.verify(content(versionId));
    }

    /** The stored bytes, re-hashed: a file changed on disk behind the database's back is not served as signed. */
    private byte[] content(SignedDocument version) {
        byte[] bytes;
        try (InputStream in = files.open(version.sha256())) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!sha256(bytes).equals(version.sha256())) {
            throw new IllegalStateException("The stored file of " + version.kind() + " " + version.subjectId()
                    + " version " + version.version() + " no longer matches its SHA-256 " + version.sha256());
        }
        return bytes;
    }

    private void lock(String kind, UUID subjectId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended("
                        + "'signed_document/' || platform.current_centre() || '/' || ? || '/' || ?, 0))")
                .params(kind, subjectId.toString())
                .query(rs -> {});
    }

    /** The name as the file store keeps it, ending in ".pdf" (the store checks that the name agrees with the bytes). */
    private static String pdfName(String fileName) {
        if (fileName.isBlank()) {
            throw new Rejected("signing.fileNameMissing");
        }
        String name = FileChecks.cleanName(fileName);
        return name.toLowerCase(Locale.ROOT).endsWith(".pdf") ? name : name + ".pdf";
    }

    static void checkKind(String kind) {
        if (!KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException(
                    "A document kind is lower-case letters, digits, '.', '_' or '-': " + kind);
        }
    }

    private static LinkedHashMap<String, Object> auditValues(SignedDocument version) {
        var values = new LinkedHashMap<String, Object>();
        values.put("kind", version.kind());
        values.put("subjectId", version.subjectId());
        values.put("version", version.version());
        values.put("sha256", version.sha256());
        values.put("signatures", version.signatureCount());
        values.put("signedBy", version.signedBy());
        values.put("signerName", version.signerName());
        if (version.supersedes() != null) {
            values.put("supersedes", version.supersedes());
        }
        return values;
    }

    private static SignedDocument row(ResultSet rs, int row) throws SQLException {
        return new SignedDocument(
                rs.getObject("id", UUID.class),
                rs.getString("kind"),
                rs.getObject("subject_id", UUID.class),
                rs.getInt("version"),
                rs.getString("sha256"),
                rs.getString("file_name"),
                rs.getLong("size"),
                rs.getInt("signature_count"),
                rs.getString("signed_by"),
                rs.getString("signer_name"),
                rs.getString("reason"),
                rs.getTimestamp("signed_at").toInstant(),
                rs.getObject("supersedes", UUID.class));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
