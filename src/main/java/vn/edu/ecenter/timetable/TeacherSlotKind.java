package vn.edu.ecenter.timetable;

/** Why a teacher cannot teach in a slot. */
public enum TeacherSlotKind {
    /** Asked to keep the slot free (bận, xin nghỉ): a wish the rules may weigh. */
    BUSY,
    /** Teaches at another institution then (dạy ở đơn vị khác): rarely negotiable. */
    ELSEWHERE
}
