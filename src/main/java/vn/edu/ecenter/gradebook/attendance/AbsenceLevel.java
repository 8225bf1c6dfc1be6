package vn.edu.ecenter.gradebook.attendance;

/** How close a learner's days absent are to the limit; pages colour the count by it. */
public enum AbsenceLevel {
    /** Below the warning level. */
    NORMAL,
    /** At or above {@link AbsenceRule#warningDays()} (35): the homeroom teacher should talk to the family. */
    WARNING,
    /** At or above {@link AbsenceRule#alertDays()} (45) and still within the limit: one more day is too many. */
    ALERT,
    /** More than {@link AbsenceRule#limitDays()} (45): the learner repeats the grade (TT 43/2021 Art. 11.1). */
    OVER_LIMIT
}
