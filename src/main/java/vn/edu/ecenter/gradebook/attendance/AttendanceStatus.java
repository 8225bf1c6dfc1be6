package vn.edu.ecenter.gradebook.attendance;

/** What the teacher marks for a learner in one session (buổi). */
public enum AttendanceStatus {
    /** Có mặt. */
    PRESENT,
    /** Vắng có phép: absent with leave. Counts towards the 45-day limit (TT 43/2021 Art. 11.1). */
    EXCUSED,
    /** Vắng không phép: absent without leave. Counts towards the 45-day limit. */
    UNEXCUSED,
    /** Đi muộn: present, but late. Not an absence (see {@link AbsenceRule#latesPerAbsenceDay()}). */
    LATE;

    /** Whether the learner was absent (có phép or không phép). */
    public boolean absent() {
        return this == EXCUSED || this == UNEXCUSED;
    }
}
