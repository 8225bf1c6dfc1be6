package vn.edu.ecenter.assessment.questions;

import java.math.BigDecimal;

/** A number the question accepts, within ± {@code tolerance}, and the share of the points it brings. */
public record NumericAnswer(BigDecimal value, BigDecimal tolerance, BigDecimal weight) {

    public NumericAnswer {
        if (tolerance.signum() < 0) {
            throw new IllegalArgumentException("A tolerance is not negative: " + tolerance);
        }
        if (weight.signum() < 0 || weight.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("A numeric answer's weight is from 0 to 1, not " + weight);
        }
    }

    public static NumericAnswer exactly(String value) {
        return new NumericAnswer(new BigDecimal(value), BigDecimal.ZERO, BigDecimal.ONE);
    }

    public boolean accepts(BigDecimal number) {
        return number.subtract(value).abs().compareTo(tolerance) <= 0;
    }
}
