package vn.edu.ecenter.academics;

/** The year-end decision for a learner (xét lên lớp): promote, repeat the grade, graduate (grade 12). */
public enum YearEndOutcome {
    PROMOTE,
    REPEAT,
    GRADUATE
}
