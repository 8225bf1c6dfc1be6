package vn.edu.ecenter.gradebook.rules;

import java.util.List;

/**
 * A subject's result for a semester (ĐTBmhk, or the semester level of a comment-only subject) or for the year (ĐTBmcn,
 * or the year level): an average, a level, or nothing yet because marks are missing. There is no average until every
 * required mark is there.
 */
public sealed interface SubjectResult {

    /** The average of a subject assessed by scores, rounded to one decimal. */
    record Average(Score value) implements SubjectResult {}

    /** The result of a subject assessed by comments only: Đạt or Chưa đạt. */
    record Commented(CommentLevel value) implements SubjectResult {}

    /** No result yet; {@code missing} names every mark still to be entered, in book order. */
    record Incomplete(List<Missing> missing) implements SubjectResult {

        public Incomplete {
            if (missing.isEmpty()) {
                throw new IllegalArgumentException("An incomplete result misses something");
            }
            missing = List.copyOf(missing);
        }
    }

    default boolean isComplete() {
        return !(this instanceof Incomplete);
    }
}
