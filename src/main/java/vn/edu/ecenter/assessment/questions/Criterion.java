package vn.edu.ecenter.assessment.questions;

import java.math.BigDecimal;

/** A line of an essay's rubric (hướng dẫn chấm): what earns points, and how many at most. */
public record Criterion(String description, BigDecimal points) {}
