package vn.edu.ecenter.assessment.questions;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A question's content: its text (the stem), what it asks ({@link Body}), the feedback shown after the test and the
 * picture shown with the text, if any. The bank keeps each version of it; a test keeps the version it used.
 *
 * @param image the id of the picture in the bank's store of question pictures (PNG, JPEG, GIF or WebP), shown below the
 *     text; versions that keep the picture share it
 */
public record Question(
        String text,
        Body body,
        @Nullable String feedback,
        @Nullable UUID image) {

    public Question(String text, Body body, @Nullable String feedback) {
        this(text, body, feedback, null);
    }

    public QuestionType type() {
        return body.type();
    }
}
