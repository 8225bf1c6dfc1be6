package vn.edu.ecenter.assessment.questions;

/** An item of an ordering question. */
public record Item(String key, String text) {}
