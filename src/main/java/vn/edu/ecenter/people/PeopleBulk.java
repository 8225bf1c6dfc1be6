package vn.edu.ecenter.people;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Bulk reads and writes of the people of the signed-in user's centre, for imports of thousands of rows: one query finds
 * every stored record an import touches (with the personal ID number in full, so that a row can be compared with what
 * is stored), and writes are batched, with accounts opened in one batch and no password (so no password hashing per
 * row). The field checks are {@link People}'s; the writes expect details that passed them, and the database's unique
 * keys still refuse a duplicate code or personal ID number. Director and clerks only.
 */
public interface PeopleBulk {

    /** A learner as stored, with the personal ID number in full (normalised) in its details. */
    record StoredLearner(UUID id, LearnerDetails details, int version) {}

    /** A change to a stored learner, made from the version given. */
    record LearnerChange(UUID id, LearnerDetails details, int version) {}

    /** A guardian as stored (personal ID number in full), with the learners they are linked to and how. */
    record StoredGuardian(UUID id, GuardianDetails details, Map<UUID, Relation> learners) {}

    /** A guardian to link to a learner; the guardian is found by phone number, or registered. */
    record GuardianLink(UUID learnerId, GuardianDetails guardian, Relation relation) {}

    /** A staff member as stored, with the personal ID number in full. */
    record StoredStaff(UUID id, StaffDetails details, int version) {}

    /** The format checks of {@link People#checkLearner}, without looking at the database. */
    List<FieldProblem> checkLearnerFields(LearnerDetails details);

    /** The format checks of a guardian (phone required, e-mail, personal ID number). */
    List<FieldProblem> checkGuardianFields(GuardianDetails details);

    /** The format checks of a staff member. */
    List<FieldProblem> checkStaffFields(StaffDetails details);

    /** The stored learners whose code (case ignored) or personal ID number is among those given. */
    List<StoredLearner> learnersMatching(Collection<String> codes, Collection<String> citizenIds);

    /** Registers the learners in batches, opening their accounts (username = code) without a password. */
    List<UUID> insertLearners(List<LearnerDetails> learners);

    /** Changes stored learners in batches; a stale version rejects the whole call. */
    void updateLearners(List<LearnerChange> changes);

    /** The stored guardians with these phone numbers (as typed; normalised to digits). */
    List<StoredGuardian> guardiansByPhones(Collection<String> phones);

    /**
     * Links guardians to learners: a guardian not stored yet (by phone) is registered with an account (username = phone,
     * no password); a stored one gets the name, e-mail and personal ID number given (blank ones keep what is stored); an
     * existing link gets the relation given.
     */
    void linkGuardians(List<GuardianLink> links);

    /** The stored staff whose code (case ignored) or personal ID number is among those given. */
    List<StoredStaff> staffMatching(Collection<String> codes, Collection<String> citizenIds);
}
