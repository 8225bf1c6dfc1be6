package vn.edu.ecenter.timetable;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A teacher's week in a timetable version against the workload norm (định mức tiết dạy, TT 04/2026).
 *
 * @param norm periods per week before reductions
 * @param countedReduction the reductions that count (homeroom and others, capped)
 * @param owed periods per week owed after reductions
 * @param assigned periods per week in the teaching assignments
 * @param timetabled periods of subject lessons the teacher teaches in the version (double periods count two)
 * @param activities periods of fixed activities the teacher leads in the version (e.g. sinh hoạt lớp)
 */
public record WorkloadRow(
        UUID staffId,
        String name,
        int norm,
        BigDecimal countedReduction,
        BigDecimal owed,
        BigDecimal assigned,
        int timetabled,
        int activities) {

    /** Assigned periods the timetable does not hold (positive), or holds beyond the assignments (negative). */
    public BigDecimal notTimetabled() {
        return assigned.subtract(BigDecimal.valueOf(timetabled));
    }

    /** Timetabled − owed: above zero a surplus (thừa giờ), below zero a shortfall (thiếu giờ). */
    public BigDecimal balance() {
        return BigDecimal.valueOf(timetabled).subtract(owed);
    }

    public boolean surplus() {
        return balance().signum() > 0;
    }

    public boolean shortfall() {
        return balance().signum() < 0;
    }

    public String reductionText() {
        return vietnamese(countedReduction);
    }

    public String owedText() {
        return vietnamese(owed);
    }

    public String assignedText() {
        return vietnamese(assigned);
    }

    /** The balance without its sign ("1,5"): the page says whether it is a surplus or a shortfall. */
    public String balanceText() {
        return vietnamese(balance().abs());
    }

    /** A number the Vietnamese way: no trailing zeros, a decimal comma ("1,5", "17"). */
    public static String vietnamese(BigDecimal number) {
        BigDecimal plain = number.stripTrailingZeros();
        return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString().replace('.', ',');
    }
}
