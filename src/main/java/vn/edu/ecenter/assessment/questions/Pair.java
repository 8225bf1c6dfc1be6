package vn.edu.ecenter.assessment.questions;

/** A prompt of a matching question and the answer that belongs to it. */
public record Pair(String key, String prompt, String answer) {}
