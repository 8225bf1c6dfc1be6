package vn.edu.ecenter.assessment.exchange;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/** Shares of the points as files write them (percentages "50", "-33.33333", fractions "0.5") and as we keep them. */
final class Weights {

    private Weights() {}

    /** A percentage from −100 to 100 as a share from −1 to 1. */
    static BigDecimal percent(String text) {
        BigDecimal value = number(text);
        if (value == null || value.abs().compareTo(BigDecimal.valueOf(100)) > 0) {
            throw QuestionProblem.of("assessment.exchange.weight", text.strip());
        }
        return canonical(value.movePointLeft(2));
    }

    /** A share from −1 to 1 written as a fraction ("0.5"). */
    static BigDecimal fraction(String text) {
        BigDecimal value = number(text);
        if (value == null || value.abs().compareTo(BigDecimal.ONE) > 0) {
            throw QuestionProblem.of("assessment.exchange.weight", text.strip());
        }
        return canonical(value);
    }

    /** A share written as a percentage with at most five decimals (Moodle's "33.33333"). */
    static String asPercent(BigDecimal share) {
        return share.movePointRight(2)
                .setScale(5, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }

    static String plain(BigDecimal value) {
        return canonical(value).toPlainString();
    }

    /** A number as typed by a teacher or written by a program: "1,5", "1.5", "−2". */
    static @Nullable BigDecimal number(String text) {
        String clean = text.strip().replace('−', '-').replace(',', '.').replace(" ", "");
        if (clean.startsWith("+")) {
            clean = clean.substring(1);
        }
        try {
            return new BigDecimal(clean);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static BigDecimal canonical(BigDecimal value) {
        return value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    }
}
