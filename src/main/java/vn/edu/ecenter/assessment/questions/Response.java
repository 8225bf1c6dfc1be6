package vn.edu.ecenter.assessment.questions;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What a learner answered to one question. Its kind must fit the question's kind ({@link Marking#check}). */
public sealed interface Response {

    /** The keys of the options chosen (single choice, multiple response). */
    record Selected(List<String> keys) implements Response {
        public Selected {
            keys = List.copyOf(keys);
        }
    }

    /** True, false or not yet judged ({@code null}) for each statement, in the question's order. */
    record Truths(List<@Nullable Boolean> values) implements Response {
        public Truths {
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        }
    }

    /** A typed answer: short answer, number, essay. */
    record Text(String text) implements Response {}

    /** The answer chosen for each prompt, by the prompt's key. */
    record Matches(Map<String, String> answers) implements Response {
        public Matches {
            answers = Map.copyOf(answers);
        }
    }

    /** The items' keys in the order the learner put them. */
    record Order(List<String> keys) implements Response {
        public Order {
            keys = List.copyOf(keys);
        }
    }

    /** What the learner filled in each gap, in gap order (an option's key for a choice gap); empty for none. */
    record Gaps(List<String> values) implements Response {
        public Gaps {
            values = List.copyOf(values);
        }
    }
}
