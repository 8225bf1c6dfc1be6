package vn.edu.ecenter.gradebook.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The school-record figures of the graduation exam (TT 24/2024/TT-BGDĐT Art. 44, one formula for GDPT and GDTX
 * candidates): each year's average is the mean of the year averages (ĐTBmcn) of the scored subjects, to {@code
 * decimals} (2) decimals; the average of the years weighs grades 10, 11, 12 by {@code yearWeights} (1, 2, 3), to the
 * same decimals. CONFIRMED.
 *
 * <p>FROM MEMORY: the rounding mode ({@code rounding}, half-up), and that the average of the years is taken from the
 * already rounded yearly averages.
 */
public record GraduationRule(List<Integer> yearWeights, int decimals, RoundingMode rounding) {

    public GraduationRule {
        yearWeights = List.copyOf(yearWeights);
        if (yearWeights.isEmpty() || decimals < 0) {
            throw new IllegalArgumentException("Year weights and decimals are needed");
        }
    }

    /** A year's average for graduation: the mean of the scored subjects' year averages (after re-tests). */
    public BigDecimal yearAverage(List<Score> yearAverages) {
        if (yearAverages.isEmpty()) {
            throw new IllegalArgumentException("A year average needs at least one scored subject");
        }
        BigDecimal sum = yearAverages.stream().map(Score::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(yearAverages.size()), decimals, rounding);
    }

    /** The average of the years: (L10 + 2·L11 + 3·L12) / 6 with the default weights. */
    public BigDecimal averageOfYears(List<BigDecimal> yearAverages) {
        if (yearAverages.size() != yearWeights.size()) {
            throw new IllegalArgumentException("One yearly average per weighted year: " + yearWeights);
        }
        BigDecimal sum = BigDecimal.ZERO;
        int weights = 0;
        for (int i = 0; i < yearWeights.size(); i++) {
            sum = sum.add(yearAverages.get(i).multiply(BigDecimal.valueOf(yearWeights.get(i))));
            weights += yearWeights.get(i);
        }
        return sum.divide(BigDecimal.valueOf(weights), decimals, rounding);
    }
}
