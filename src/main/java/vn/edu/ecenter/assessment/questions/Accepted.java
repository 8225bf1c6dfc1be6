package vn.edu.ecenter.assessment.questions;

import java.math.BigDecimal;

/** A short answer the question accepts, and the share of the points it brings (1 for a full answer). */
public record Accepted(String text, BigDecimal weight) {

    public Accepted {
        if (weight.signum() < 0 || weight.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("An accepted answer's weight is from 0 to 1, not " + weight);
        }
    }

    public static Accepted full(String text) {
        return new Accepted(text, BigDecimal.ONE);
    }
}
