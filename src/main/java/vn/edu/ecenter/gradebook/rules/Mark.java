package vn.edu.ecenter.gradebook.rules;

/**
 * What a teacher records for one assessment: a {@link Score} in a subject assessed by scores, or a {@link
 * CommentLevel} (Đạt / Chưa đạt) in a subject assessed by comments only (TT 43/2021 Art. 5; TT 22/2021 Art. 5).
 */
public sealed interface Mark permits Score, CommentLevel {

    /** The mark as the books print it: "8,5", "Đ", "CĐ". */
    String display();
}
