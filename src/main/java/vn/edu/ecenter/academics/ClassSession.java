package vn.edu.ecenter.academics;

/** The session a class studies in (buổi học): sáng, chiều, tối. */
public enum ClassSession {
    MORNING,
    AFTERNOON,
    EVENING
}
