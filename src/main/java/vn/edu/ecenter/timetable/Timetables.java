package vn.edu.ecenter.timetable;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.edu.ecenter.timetable.centre.Slot;

/**
 * The centre's timetables (thời khóa biểu): versions of a school year's timetable, solved in the background from the
 * teaching assignments and the set-up, edited by hand with an instant check of the rules, submitted and published on
 * the director's approval. Drafts are made and edited by the director's office (DIRECTOR, CLERK); only a DIRECTOR
 * publishes. Published versions are read by every member of staff, and through {@link #forLearner} and {@link
 * #forTeacher} by learners, guardians and teachers.
 */
public interface Timetables {

    /** The versions of a school year, newest number first. */
    List<VersionView> versions(UUID schoolYearId);

    VersionView version(UUID versionId);

    /**
     * Opens a draft (TKB số n+1) in force from the date; a copy of another version's lessons when {@code copyOf} is
     * given, else empty until solved.
     */
    VersionView createDraft(UUID schoolYearId, LocalDate effectiveFrom, @Nullable UUID copyOf);

    /**
     * Starts a background job that solves the draft: lessons pinned by hand stay, the others are placed anew (starting
     * from where they are), for at most {@code seconds} with the random seed given. Refuses, naming every cause, data
     * that no timetable can satisfy. Returns the job's id (its page shows the best cost so far and can cancel it).
     */
    UUID solve(UUID versionId, int seconds, long seed);

    /**
     * As {@link #solve(UUID, int, long)}; with {@code publishWhenComplete} (a DIRECTOR only) the job also submits and
     * publishes the draft when the result has every lesson placed and breaks no hard rule — the director's "solve and
     * publish", used by the demo centre.
     */
    UUID solve(UUID versionId, int seconds, long seed, boolean publishWhenComplete);

    /** The version's lessons, broken rules and unplaced lessons, worded in the locale. */
    TimetableView timetable(UUID versionId, Locale locale);

    /**
     * Moves a lesson of a draft to another start. A move that breaks a hard rule that was kept is applied only when
     * {@code confirmed}; otherwise the outcome lists what it would break.
     */
    EditOutcome move(UUID versionId, int revision, UUID lessonId, Slot to, boolean confirmed, Locale locale);

    /**
     * Every slot the lesson of a draft could move to, each with the lesson of its class already there (a swap) and the
     * rules the move would newly break: the editor sees the consequence of every choice before making it.
     */
    List<MoveOption> moveOptions(UUID versionId, UUID lessonId, Locale locale);

    /** Swaps the starts of two lessons of a draft, under the same check as {@link #move}. */
    EditOutcome swap(UUID versionId, int revision, UUID first, UUID second, boolean confirmed, Locale locale);

    /** Pins a lesson (kept where it is when solving again) or frees it. */
    void pin(UUID versionId, int revision, UUID lessonId, boolean pinned);

    /** Sends a complete draft to the director for approval. */
    VersionView submit(UUID versionId);

    /** Sends a submitted version back to draft (the director's refusal, or the maker taking it back). */
    VersionView reopen(UUID versionId);

    /** Publishes a submitted version (director only). */
    VersionView publish(UUID versionId);

    /** Deletes a draft. */
    void deleteDraft(UUID versionId);

    /** The published version in force on the date: the one with the latest effective date not after it. */
    Optional<VersionView> inForce(UUID schoolYearId, LocalDate date);

    /**
     * The published timetable of a learner's class in force on the date, in the school year the date falls in (the
     * learner themself, their guardian, or staff).
     */
    Optional<TimetableView> forLearner(UUID learnerId, LocalDate date, Locale locale);

    /**
     * The published timetable of a teacher's lessons in force on the date, in the school year the date falls in (the
     * teacher themself or the office).
     */
    Optional<TimetableView> forTeacher(UUID staffId, LocalDate date, Locale locale);
}
