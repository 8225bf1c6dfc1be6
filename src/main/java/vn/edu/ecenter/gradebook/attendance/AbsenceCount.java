package vn.edu.ecenter.gradebook.attendance;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A learner's days absent in a school year, counted by the {@link AbsenceRule}.
 *
 * @param excused days vắng có phép
 * @param unexcused days vắng không phép, including {@code latesCounted}
 * @param lates sessions the learner arrived late (đi muộn)
 * @param latesCounted days không phép that late arrivals add (0 unless the centre counts them)
 * @param limit the most days a learner may miss and still be promoted (45)
 * @param level how close the total is to the limit
 */
public record AbsenceCount(
        BigDecimal excused, BigDecimal unexcused, int lates, int latesCounted, int limit, AbsenceLevel level) {

    /** Days absent, excused and unexcused alike: what the 45-day limit counts. */
    public BigDecimal total() {
        return normal(excused.add(unexcused));
    }

    /** Whether the learner missed more days than the limit allows (and so repeats the grade). */
    public boolean overLimit() {
        return level == AbsenceLevel.OVER_LIMIT;
    }

    /**
     * The total as the whole number the rules engine takes ({@code YearStanding.daysAbsent}), rounded up so that 45,5
     * days is over the limit of 45 as it should be.
     */
    public int daysForPromotion() {
        return total().setScale(0, RoundingMode.CEILING).intValueExact();
    }

    /** The total as Vietnamese write it: "12", "12,5". */
    public String totalText() {
        return text(total());
    }

    public String excusedText() {
        return text(excused);
    }

    public String unexcusedText() {
        return text(unexcused);
    }

    /** Days with a decimal comma and no trailing zero: "3", "0,5". */
    public static String text(BigDecimal days) {
        return normal(days).toPlainString().replace('.', ',');
    }

    static BigDecimal normal(BigDecimal days) {
        BigDecimal stripped = days.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
