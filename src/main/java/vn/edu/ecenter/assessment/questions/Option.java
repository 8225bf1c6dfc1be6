package vn.edu.ecenter.assessment.questions;

import java.math.BigDecimal;

/**
 * An option of a choice question, or of a choice gap in a cloze text.
 *
 * @param key the option's identity within the question, kept in learners' answers (never its position, which is
 *     shuffled)
 * @param weight the share of the question's points the option brings when chosen, from −1 to 1: 1 for the right
 *     option of a single-choice question, a share of 1 for each right option of a multiple-response one, 0 or less
 *     for a wrong option (a negative weight takes points back; the question's total never goes below 0)
 */
public record Option(String key, String text, BigDecimal weight) {

    public Option {
        if (weight.compareTo(BigDecimal.ONE) > 0 || weight.compareTo(BigDecimal.ONE.negate()) < 0) {
            throw new IllegalArgumentException("An option's weight is from -1 to 1, not " + weight);
        }
    }

    public static Option right(String key, String text) {
        return new Option(key, text, BigDecimal.ONE);
    }

    public static Option wrong(String key, String text) {
        return new Option(key, text, BigDecimal.ZERO);
    }

    /** Whether choosing it brings points. */
    public boolean right() {
        return weight.signum() > 0;
    }
}
