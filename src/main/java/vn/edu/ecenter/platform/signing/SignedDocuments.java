package vn.edu.ecenter.platform.signing;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Signed documents of the current centre, kept as numbered versions (the học bạ số: signed by the homeroom teacher,
 * then by the director). A signature or a change always makes a new version that supersedes the latest one; a stored
 * version is never edited, and the database refuses to update or delete one.
 *
 * <p>Callers check that the signer may sign the document; this service checks that a new signature goes on the latest
 * version. Every signature is recorded in the audit trail. Calls need a centre scope.
 */
public interface SignedDocuments {

    /** Signs new content as the next version (version 1 if the subject has none of this kind yet). */
    SignedDocument sign(SignDocument document, SignRequest request);

    /** Adds a signature to a stored version, which must be the latest: the result is the next version. */
    SignedDocument countersign(UUID versionId, SignRequest request);

    /** The version with this id; {@code Rejected} (404) if the current centre has none. */
    SignedDocument version(UUID versionId);

    /** The newest version of a subject's document of this kind. */
    Optional<SignedDocument> latest(String kind, UUID subjectId);

    /** Every version of a subject's document of this kind, oldest first. */
    List<SignedDocument> versions(String kind, UUID subjectId);

    /** The signed PDF of a version, checked against its recorded SHA-256. */
    byte[] content(UUID versionId);

    /** The signatures of a version's PDF, verified. */
    PdfVerification verify(UUID versionId);
}
