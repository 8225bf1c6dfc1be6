package vn.edu.ecenter.people;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The duties of the personal-data law towards learners (Law 91/2025/QH15, NĐ 356/2025/NĐ-CP; vn-regulations §7):
 * consent records, the encrypted image of the citizen card, the log of who opened which record, and data-subject
 * requests (access as JSON or PDF, rectification, de-identification). The director and clerks keep them; the access
 * log and de-identification are the director's.
 */
public interface PersonalData {

    /** Who must consent for this learner today: the guardian below the consent age (16), and the learner. */
    ConsentRule consentRule(UUID learnerId);

    /**
     * Records a consent given for a purpose, with its method and evidence. For a learner under the consent age the
     * consent must come from one of the learner's guardians.
     */
    ConsentView recordConsent(UUID learnerId, RecordConsent consent);

    /** Records the withdrawal of a consent; the record stays, marked withdrawn. */
    ConsentView withdrawConsent(UUID learnerId, UUID consentId, LocalDate on, String note);

    /** The consents of a learner, newest first. */
    List<ConsentView> consentsOf(UUID learnerId);

    /** Keeps a scan of the learner's citizen card (PNG or JPEG), encrypted before it is stored. */
    void storeIdImage(UUID learnerId, byte[] content, String originalName);

    /** The scan of the citizen card, for a purpose the caller names; logged. */
    Optional<byte[]> openIdImage(UUID learnerId, String purpose);

    /** Who opened which learner record, newest first (the director). */
    List<AccessLogEntry> accessLog(Optional<UUID> learnerId, int limit);

    /** Records a data-subject request with its acknowledgement date and due date computed from the received date. */
    SubjectRequestView receiveRequest(UUID learnerId, NewSubjectRequest request);

    /** The requests of the centre: open ones first, by due date. */
    List<SubjectRequestView> requests();

    /** One request. */
    Optional<SubjectRequestView> request(UUID requestId);

    /** Marks the request acknowledged today. */
    SubjectRequestView acknowledgeRequest(UUID requestId);

    /** Marks the request completed (or refused, with the reason as outcome) today. */
    SubjectRequestView completeRequest(UUID requestId, boolean refused, String outcome);

    /**
     * Everything held about a learner, for a data-subject access request: the profile with the full personal ID
     * number, guardians, consents, requests and the access log. Logged.
     */
    Map<String, Object> exportLearner(UUID learnerId);

    /**
     * Replaces the learner's personal fields (name, date of birth kept as the year's first day, personal ID number,
     * contacts, address, photo, ID image) with placeholders and disables the account; the record itself stays, so
     * that official records (học bạ, registers) that point at it keep their meaning. The director only.
     */
    void deidentifyLearner(UUID learnerId, String reason);
}
