package vn.edu.ecenter.assessment.questions;

import org.jspecify.annotations.Nullable;

/**
 * A question's content: its text (the stem), what it asks ({@link Body}) and the feedback shown after the test. The
 * bank keeps each version of it; a test keeps the version it used.
 */
public record Question(String text, Body body, @Nullable String feedback) {

    public QuestionType type() {
        return body.type();
    }
}
