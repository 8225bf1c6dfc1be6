package vn.edu.ecenter.assessment.questions;

/** The kinds of question a bank holds; the label of each is {@code assessment.type.<NAME>} in the message bundle. */
public enum QuestionType {
    /** One right option among several (trắc nghiệm nhiều lựa chọn; the national exam's Part I). */
    SINGLE_CHOICE,
    /** Any number of right options; partial credit by the options' weights. */
    MULTIPLE_RESPONSE,
    /** Four statements, each true or false (trắc nghiệm đúng sai; the 2025 national exam's Part II). */
    TRUE_FALSE_STATEMENTS,
    /** A word or phrase typed by the learner (trả lời ngắn; the national exam's Part III when it is not a number). */
    SHORT_ANSWER,
    /** A number typed by the learner, with a tolerance (trả lời ngắn; the national exam's Part III). */
    NUMERIC,
    /** Prompts matched to answers (ghép đôi). */
    MATCHING,
    /** Items put in order (sắp xếp thứ tự). */
    ORDERING,
    /** A text with gaps, each a choice, a short answer or a number (điền khuyết). */
    CLOZE,
    /** A written answer marked by hand with a rubric (tự luận). */
    ESSAY;

    /** Whether a person marks it; the others are marked the moment the attempt is submitted. */
    public boolean markedByHand() {
        return this == ESSAY;
    }
}
