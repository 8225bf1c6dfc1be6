package vn.edu.ecenter.assessment.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The statistics of a test's results, as pure functions (see docs/assessment/results.md for the formulas): the score
 * on the 10-point scale, mean and median, bands of the 10-point scale, an item's difficulty (p-value) and its
 * discrimination (point-biserial correlation with the rest of the paper).
 */
final class ScoreStatistics {

    /** Bands of the 10-point scale: [0;1), [1;2) … [8;9), and [9;10] with 10 itself. */
    static final int BANDS = 10;

    private static final MathContext PRECISION = MathContext.DECIMAL64;

    private ScoreStatistics() {}

    /**
     * A score on the 10-point scale: score ÷ maximum × 10, rounded half up to one decimal (TT 22/2021 Art. 5 allows
     * one decimal; half up is the centre's rounding, as for averages). A paper worth nothing scores 0.
     */
    static BigDecimal onTen(BigDecimal score, BigDecimal maxScore) {
        if (maxScore.signum() <= 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return score.multiply(BigDecimal.TEN).divide(maxScore, 1, RoundingMode.HALF_UP);
    }

    /** The arithmetic mean, to two decimals (half up); null for no values. */
    static @Nullable BigDecimal mean(List<BigDecimal> values) {
        if (values.isEmpty()) {
            return null;
        }
        return sum(values).divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
    }

    /** The middle value, or the mean of the two middle values, to two decimals; null for no values. */
    static @Nullable BigDecimal median(List<BigDecimal> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<BigDecimal> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        BigDecimal middle = n % 2 == 1
                ? sorted.get(n / 2)
                : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.TWO, PRECISION);
        return middle.setScale(2, RoundingMode.HALF_UP);
    }

    /** How many scores (on the 10-point scale) fall in each band. */
    static List<Integer> bands(List<BigDecimal> onTen) {
        int[] counts = new int[BANDS];
        for (BigDecimal score : onTen) {
            counts[band(score)]++;
        }
        List<Integer> result = new ArrayList<>(BANDS);
        for (int count : counts) {
            result.add(count);
        }
        return result;
    }

    /** The band of a score on the 10-point scale: its whole part, 10 counted with 9. */
    static int band(BigDecimal onTen) {
        int whole = onTen.setScale(0, RoundingMode.FLOOR).intValue();
        return Math.clamp(whole, 0, BANDS - 1);
    }

    /** The item's difficulty (p-value): the mean share of its points earned, to two decimals; null for nobody. */
    static @Nullable BigDecimal difficulty(List<BigDecimal> shares) {
        return mean(shares);
    }

    /**
     * The point-biserial correlation between the shares an item earned and the rest of each paper's score (the score
     * without the item, so that the item does not correlate with itself): Pearson's r of the pairs, which is the
     * point-biserial coefficient when shares are 0 or 1. To two decimals, half up; null when undefined — fewer than two
     * pairs, or either side without variance.
     */
    static @Nullable BigDecimal discrimination(List<BigDecimal> shares, List<BigDecimal> rest) {
        if (shares.size() != rest.size()) {
            throw new IllegalArgumentException("As many shares as rest scores: " + shares.size() + ", " + rest.size());
        }
        int n = shares.size();
        if (n < 2) {
            return null;
        }
        BigDecimal count = BigDecimal.valueOf(n);
        BigDecimal meanX = sum(shares).divide(count, PRECISION);
        BigDecimal meanY = sum(rest).divide(count, PRECISION);
        BigDecimal sxy = BigDecimal.ZERO;
        BigDecimal sxx = BigDecimal.ZERO;
        BigDecimal syy = BigDecimal.ZERO;
        for (int i = 0; i < n; i++) {
            BigDecimal dx = shares.get(i).subtract(meanX);
            BigDecimal dy = rest.get(i).subtract(meanY);
            sxy = sxy.add(dx.multiply(dy));
            sxx = sxx.add(dx.multiply(dx));
            syy = syy.add(dy.multiply(dy));
        }
        if (sxx.signum() == 0 || syy.signum() == 0) {
            return null;
        }
        BigDecimal r = sxy.divide(sxx.multiply(syy).sqrt(PRECISION), PRECISION);
        return r.setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
