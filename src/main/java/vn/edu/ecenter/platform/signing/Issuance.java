package vn.edu.ecenter.platform.signing;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of the issuance log: a copy or extract that was handed out.
 *
 * @param id the entry's id
 * @param documentId the version it was made from
 * @param kind what the document is
 * @param subjectId whom the document is about
 * @param version that version's number
 * @param copyKind a copy of the whole, or an extract
 * @param issuedTo to whom
 * @param purpose what for
 * @param issuedBy the account that issued it
 * @param issuedAt when
 */
public record Issuance(
        UUID id,
        UUID documentId,
        String kind,
        UUID subjectId,
        int version,
        CopyKind copyKind,
        String issuedTo,
        String purpose,
        String issuedBy,
        Instant issuedAt) {}
