package vn.edu.ecenter.assessment.questions;

/** One statement (ý a, b, c, d) of a four-statement true/false question, and whether it is true. */
public record Statement(String key, String text, boolean isTrue) {}
