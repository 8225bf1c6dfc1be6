package vn.edu.ecenter.assessment;

import java.math.BigDecimal;

/**
 * A submitted attempt's marks.
 *
 * @param awaitingMarking essays wait for a teacher: the score counts them as 0 until marked
 */
public record SubmitResult(BigDecimal score, BigDecimal maxScore, boolean awaitingMarking) {}
