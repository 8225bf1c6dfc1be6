package vn.edu.ecenter.people;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The people of the signed-in user's centre. Every method checks that the signed-in user may call it: staff of the
 * centre read lists; the director and clerks change records; a guardian reads only their own children; a learner reads
 * only themself. Opening a learner's whole profile is logged (who, when, which record).
 */
public interface People {

    /** Registers a learner and opens the learner's account (username = learner code, no password until issued). */
    LearnerView registerLearner(LearnerDetails details);

    /** Changes a learner's profile; rejects a stale version so that no one overwrites a change unseen. */
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
     * Learners whose name (diacritics and case ignored), code or phone number match, best matches first.
     *
     * @param limit at most this many
     */
    List<LearnerSummary> searchLearners(String query, int limit);

    /** Links a guardian to a learner, registering the guardian (and the guardian's account) the first time. */
    GuardianView linkGuardian(UUID learnerId, GuardianDetails guardian, Relation relation);

    /** The guardians of a learner. */
    List<GuardianView> guardiansOf(UUID learnerId);

    /** The learners of the signed-in guardian, or the signed-in learner themself; empty for anyone else. */
    List<LearnerSummary> ownLearners();

    /** Registers a staff member; a teacher also gets an account (username given by the caller's details code). */
    StaffSummary registerStaff(StaffDetails details);

    /** The staff of the centre, active first. */
    List<StaffSummary> staff();

    /** One staff member. */
    Optional<StaffSummary> staffMember(UUID staffId);

    /** The staff member whose account has that username. */
    Optional<StaffSummary> staffByUsername(String username);

    /** The staff record of the signed-in user, if they are staff of the centre. */
    Optional<StaffSummary> currentStaff();
}
