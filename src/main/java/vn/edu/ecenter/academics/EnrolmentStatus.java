package vn.edu.ecenter.academics;

/** The state of an enrolment. */
public enum EnrolmentStatus {
    /** Studying in the class. */
    ACTIVE,
    /** Moved to another class of the centre (chuyển lớp). */
    TRANSFERRED,
    /** Left the centre, e.g. moved to another school (chuyển đi). */
    LEFT,
    /** Dropped out (bỏ học). */
    DROPPED_OUT,
    /** The school year ended (after the year-end rollover). */
    COMPLETED
}
