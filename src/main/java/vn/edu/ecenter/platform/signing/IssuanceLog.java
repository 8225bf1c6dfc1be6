package vn.edu.ecenter.platform.signing;

import java.util.List;
import java.util.UUID;

/**
 * The log of every copy or extract issued from a signed document (sổ cấp bản sao): who issued which version to whom,
 * when and what for. Entries are only ever added; the database refuses to change or delete one. Calls need a centre
 * scope, and each centre sees only its own entries.
 */
public interface IssuanceLog {

    /** Records an issue by the signed-in user, now; {@code Rejected} with a clear message for a missing field. */
    Issuance record(IssueCopy issue);

    /** The issues of every version of a subject's document of this kind, newest first. */
    List<Issuance> issuesOf(String kind, UUID subjectId);

    /** The issues made from one version, newest first. */
    List<Issuance> issuesOf(UUID documentId);
}
