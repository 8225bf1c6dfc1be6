package vn.edu.ecenter.gradebook.rules;

/**
 * The year-end decision for a learner (TT 43/2021 Art. 11–13): promoted or programme completed (lên lớp), re-test in
 * the failed subjects (kiểm tra lại), summer conduct training (rèn luyện trong kỳ nghỉ hè), or repeat the grade (ở lại
 * lớp). The constants are the codes the API and the books use.
 */
public enum Decision {
    LEN_LOP,
    KIEM_TRA_LAI,
    REN_LUYEN_HE,
    O_LAI_LOP;

    public String messageKey() {
        return "gradebook.decision." + name();
    }
}
