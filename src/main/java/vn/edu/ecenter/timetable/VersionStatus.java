package vn.edu.ecenter.timetable;

/** Where a timetable version is on its way to learners and teachers. */
public enum VersionStatus {
    /** Being made: solved, edited by hand. */
    DRAFT,
    /** Waiting for the director's approval; no longer edited. */
    SUBMITTED,
    /** Approved by the director: read-only, seen by teachers, learners and guardians from its effective date. */
    PUBLISHED
}
