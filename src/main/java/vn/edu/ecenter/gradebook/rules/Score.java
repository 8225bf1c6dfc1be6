package vn.edu.ecenter.gradebook.rules;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * A score on the 10-point scale: 0 to 10, a whole number or one decimal (TT 22/2021 Art. 5, mirrored by TT 43/2021).
 * Averages (ĐTBmhk, ĐTBmcn) are scores too. Kept with exactly one decimal, so 8 and 8,0 are the same score, and shown
 * with a decimal comma and always one decimal: "8,5", "8,0" (vn-regulations §9.3).
 */
public record Score(BigDecimal value) implements Mark, Comparable<Score> {

    private static final BigDecimal TEN = BigDecimal.TEN;

    /** Digits, optionally a sign, optionally a decimal point or comma followed by digits. */
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(?:[.,]\\d+)?");

    public Score {
        if (value.signum() < 0 || value.compareTo(TEN) > 0) {
            throw new IllegalArgumentException("A score is 0 to 10, not " + value);
        }
        if (value.stripTrailingZeros().scale() > 1) {
            throw new IllegalArgumentException("A score has at most one decimal, not " + value);
        }
        value = value.setScale(1);
    }

    /** A score written the programmer's way, "8.5"; for constants and tests. Teachers' input goes to {@link #parse}. */
    public static Score of(String value) {
        return new Score(new BigDecimal(value));
    }

    /**
     * The score a teacher typed or pasted: "8,5", "8.5", " 9 ", "10", "8,50". Spaces around it (also the no-break
     * spaces a spreadsheet copies) are ignored.
     *
     * @throws InvalidMark naming the problem: empty, not a number, outside 0–10, more than one decimal
     */
    public static Score parse(String typed) {
        String text = InvalidMark.trimmed(typed);
        if (text.isEmpty()) {
            throw new InvalidMark(InvalidMark.Problem.EMPTY, text);
        }
        if (!NUMBER.matcher(text).matches()) {
            throw new InvalidMark(InvalidMark.Problem.NOT_A_NUMBER, text);
        }
        BigDecimal number = new BigDecimal(text.replace(',', '.'));
        if (number.signum() < 0 || number.compareTo(TEN) > 0) {
            throw new InvalidMark(InvalidMark.Problem.OUT_OF_RANGE, text);
        }
        if (number.stripTrailingZeros().scale() > 1) {
            throw new InvalidMark(InvalidMark.Problem.TOO_MANY_DECIMALS, text);
        }
        return new Score(number);
    }

    /** Whether this score reaches a threshold ("từ 5,0 điểm trở lên" is {@code isAtLeast(5.0)}). */
    public boolean isAtLeast(BigDecimal threshold) {
        return value.compareTo(threshold) >= 0;
    }

    @Override
    public String display() {
        return value.toPlainString().replace('.', ',');
    }

    @Override
    public int compareTo(Score other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return display();
    }
}
