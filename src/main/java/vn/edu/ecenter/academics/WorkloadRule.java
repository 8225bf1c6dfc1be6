package vn.edu.ecenter.academics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * The workload rule of TT 04/2026 for GDTX teachers (định mức tiết dạy): a weekly norm (17 periods on average), minus
 * 4 periods for the homeroom teacher (GVCN) of a class, minus other reductions of 1 to 4 periods each; all reductions
 * together may not exceed half the norm. The reduced norm is what the teacher owes; assigned periods above it are a
 * surplus (thừa giờ), below it a shortfall (thiếu giờ).
 *
 * <p>FROM MEMORY (vn-regulations §3.3): the homeroom reduction and the 50 % cap are configurable per centre ({@link
 * #homeroomReduction}, {@link #reductionCapPercent}); the norm itself is per teacher (module people).
 */
public record WorkloadRule(int homeroomReduction, int reductionCapPercent) {

    /** TT 04/2026 as remembered: homeroom −4, reductions at most 50 % of the norm. */
    public static final WorkloadRule TT_04_2026 = new WorkloadRule(4, 50);

    /** Each other reduction (TT 04/2026): 1 to 4 periods per week. */
    public static final int MIN_REDUCTION = 1;

    public static final int MAX_REDUCTION = 4;

    public WorkloadRule {
        if (homeroomReduction < 0 || reductionCapPercent < 0 || reductionCapPercent > 100) {
            throw new IllegalArgumentException("A workload rule needs a reduction ≥ 0 and a cap of 0–100 %");
        }
    }

    /** The most a teacher's reductions may add up to: the cap share of the norm. */
    public BigDecimal reductionCap(int norm) {
        return BigDecimal.valueOf((long) norm * reductionCapPercent)
                .divide(BigDecimal.valueOf(100), 1, RoundingMode.DOWN);
    }

    /** The reductions asked for (homeroom plus others), before the cap. */
    public int requestedReduction(boolean homeroom, Collection<Integer> otherReductions) {
        return (homeroom ? homeroomReduction : 0)
                + otherReductions.stream().mapToInt(Integer::intValue).sum();
    }

    /** Whether one more reduction keeps the total within the cap (TT 04/2026: ≤ 50 % of the norm). */
    public boolean admits(int norm, boolean homeroom, Collection<Integer> otherReductions, int additional) {
        if (additional < MIN_REDUCTION || additional > MAX_REDUCTION) {
            return false;
        }
        BigDecimal total = BigDecimal.valueOf(requestedReduction(homeroom, otherReductions) + (long) additional);
        return total.compareTo(reductionCap(norm)) <= 0;
    }

    /** A teacher's week: the norm, the reductions that count (capped), what is owed, and the balance. */
    public Workload evaluate(int norm, boolean homeroom, Collection<Integer> otherReductions, BigDecimal assigned) {
        BigDecimal requested = BigDecimal.valueOf(requestedReduction(homeroom, otherReductions));
        BigDecimal counted = requested.min(reductionCap(norm));
        BigDecimal owed = BigDecimal.valueOf(norm).subtract(counted);
        return new Workload(norm, requested, counted, owed, assigned, assigned.subtract(owed));
    }

    /**
     * @param requestedReduction homeroom and other reductions as recorded
     * @param countedReduction the reductions that count, capped at the share of the norm
     * @param owed periods per week the teacher owes after reductions
     * @param balance assigned − owed: above zero a surplus (thừa giờ), below zero a shortfall (thiếu giờ)
     */
    public record Workload(
            int norm,
            BigDecimal requestedReduction,
            BigDecimal countedReduction,
            BigDecimal owed,
            BigDecimal assigned,
            BigDecimal balance) {

        public boolean capped() {
            return requestedReduction.compareTo(countedReduction) > 0;
        }

        public boolean surplus() {
            return balance.signum() > 0;
        }

        public boolean shortfall() {
            return balance.signum() < 0;
        }
    }
}
