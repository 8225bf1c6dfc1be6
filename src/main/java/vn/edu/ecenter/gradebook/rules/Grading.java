package vn.edu.ecenter.gradebook.rules;

/**
 * How a subject is assessed (TT 43/2021 Art. 5; TT 22/2021 Art. 5): by comments combined with scores, or by comments
 * only. The same engine handles both; only the kind of mark differs.
 */
public enum Grading {
    /** Đánh giá bằng nhận xét kết hợp đánh giá bằng điểm số: marks are {@link Score}s. */
    SCORES,
    /** Đánh giá bằng nhận xét: marks are {@link CommentLevel}s, Đạt or Chưa đạt. */
    COMMENTS;

    /**
     * The mark a teacher typed for a subject graded this way.
     *
     * @throws InvalidMark with a problem the score sheet shows next to the cell
     */
    public Mark parse(String typed) {
        return switch (this) {
            case SCORES -> Score.parse(typed);
            case COMMENTS -> CommentLevel.parse(typed);
        };
    }

    /** Whether a mark is of the kind this grading records. */
    public boolean accepts(Mark mark) {
        return switch (this) {
            case SCORES -> mark instanceof Score;
            case COMMENTS -> mark instanceof CommentLevel;
        };
    }
}
