package vn.edu.ecenter.gradebook.rules;

/** Which learners a rule set assesses. */
public enum Programme {
    /** Học viên of the GDTX programme (TT 12/2022/TT-BGDĐT), assessed under TT 43/2021. */
    GDTX,
    /** Học sinh of general schools (TT 32/2018/TT-BGDĐT), assessed under TT 22/2021. */
    GENERAL
}
