package vn.edu.ecenter.people;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.edu.ecenter.identity.IssuedPassword;

/**
 * The people of the signed-in user's centre. Every method checks that the signed-in user may call it: staff of the
 * centre read lists; the director and clerks change records; a guardian reads only their own children; a learner reads
 * only themself. Opening a learner's whole profile is logged (who, when, which record).
 */
public interface People {

    /** Registers a learner and opens the learner's account (username = learner code, no password until issued). */
    LearnerView registerLearner(LearnerDetails details);

    /**
     * Checks a learner's details without writing anything: format of every field, the personal ID number against the
     * configured province codes and the learner's sex and year of birth, and whether the code or personal ID number is
     * already another learner's. Empty when the details can be registered.
     */
    List<FieldProblem> checkLearner(LearnerDetails details);

    /**
     * Registers many learners at once (all or nothing), with their accounts opened in one batch and no password yet.
     * Each must pass {@link #checkLearner}; the first that does not rejects the whole call.
     *
     * @return the new learners' ids, in the order given
     */
    List<UUID> registerLearners(List<LearnerDetails> details);

    /**
     * Changes a learner's profile; rejects a stale version so that no one overwrites a change unseen. A null personal
     * ID number keeps the one on file.
     */
    LearnerView updateLearner(UUID learnerId, LearnerDetails details, int version);

    /** A learner's whole profile; the opening is logged. */
    Optional<LearnerView> openLearner(UUID learnerId);

    /** A learner's personal ID number in full, for a purpose the caller names; the reveal is logged. */
    Optional<String> revealCitizenId(UUID learnerId, String purpose);

    /** Summaries of the given learners, in no particular order (callers sort with the class-list order). */
    List<LearnerSummary> learners(Collection<UUID> learnerIds);

    /** The learner with that learner code. */
    Optional<LearnerSummary> learnerByCode(String code);

    /** The learner with that personal ID number (as typed), found by its keyed hash. */
    Optional<LearnerSummary> learnerByCitizenId(String citizenId);

    /**
     * Learners whose name (diacritics and case ignored), code or phone number match, best matches first. What was
     * typed is looked for at the start of the full name, of the words that end it (đệm + tên, tên), of the code and of
     * the phone number ("nguyen van an", "van an", "an", "7926", "0912"); only when nothing starts that way, every
     * typed word at the start of any of those words, in any order ("an nguyen"). At most a few hundred candidates are
     * ranked.
     *
     * @param limit at most this many
     */
    List<LearnerSummary> searchLearners(String query, int limit);

    /** Every learner of the centre (not de-identified ones), in class-list order. */
    List<LearnerSummary> allLearners();

    /** Links a guardian to a learner, registering the guardian (and the guardian's account) the first time. */
    GuardianView linkGuardian(UUID learnerId, GuardianDetails guardian, Relation relation);

    /** The guardians of a learner. */
    List<GuardianView> guardiansOf(UUID learnerId);

    /** Removes the link between a guardian and a learner (the guardian's record and account stay). */
    void unlinkGuardian(UUID learnerId, UUID guardianId);

    /** Keeps a photo (PNG or JPEG) of the learner. */
    void setLearnerPhoto(UUID learnerId, byte[] content, String originalName);

    /** The learner's photo, for whoever may open the learner's profile. */
    Optional<byte[]> learnerPhoto(UUID learnerId);

    /**
     * Issues first (temporary, must-change) passwords to the accounts of the given learners and, if asked, of their
     * guardians; for printing on slips. Shown once.
     */
    List<IssuedPassword> issueFirstPasswords(Collection<UUID> learnerIds, boolean guardiansToo);

    /** The learners of the signed-in guardian, or the signed-in learner themself; empty for anyone else. */
    List<LearnerSummary> ownLearners();

    /** The ids of {@link #ownLearners()}, without reading their records: for checks on every request. */
    Set<UUID> ownLearnerIds();

    /** Registers a staff member; a teacher also gets an account (username given by the caller's details code). */
    StaffSummary registerStaff(StaffDetails details);

    /** The staff of the centre, active first, then in class-list order of names. */
    List<StaffSummary> staff();

    /** A staff member's whole profile. */
    Optional<StaffView> openStaff(UUID staffId);

    /** Changes a staff member's profile; rejects a stale version. A null personal ID number keeps the one on file. */
    StaffView updateStaff(UUID staffId, StaffDetails details, int version);

    /** Marks a staff member as working at the centre or not (the record stays). */
    void setStaffActive(UUID staffId, boolean active);

    /** One staff member. */
    Optional<StaffSummary> staffMember(UUID staffId);

    /** The staff member whose account has that username. */
    Optional<StaffSummary> staffByUsername(String username);

    /** The staff record of the signed-in user, if they are staff of the centre. */
    Optional<StaffSummary> currentStaff();
}
