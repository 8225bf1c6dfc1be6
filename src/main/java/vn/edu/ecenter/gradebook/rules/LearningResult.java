package vn.edu.ecenter.gradebook.rules;

import java.util.List;

/** A learner's learning result (kết quả học tập) for a semester or the year, or why there is none yet. */
public sealed interface LearningResult {

    record Classified(Rating rating) implements LearningResult {}

    /** Not classified while a subject has no result; {@code subjects} names them. */
    record Unclassified(List<String> subjects) implements LearningResult {

        public Unclassified {
            subjects = List.copyOf(subjects);
        }

        public String messageKey() {
            return "gradebook.learning.incomplete";
        }

        public Object[] arguments() {
            return new Object[] {String.join(", ", subjects)};
        }
    }
}
