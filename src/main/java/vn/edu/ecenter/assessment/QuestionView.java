package vn.edu.ecenter.assessment;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.edu.ecenter.assessment.questions.Metadata;
import vn.edu.ecenter.assessment.questions.Question;
import vn.edu.ecenter.assessment.questions.QuestionType;

/**
 * One version of a bank's question, with its key (only staff see this view; learners get questions without keys).
 *
 * @param latest the newest version's number (equal to {@code version} unless this is an older version)
 */
public record QuestionView(
        UUID id,
        UUID bankId,
        int version,
        int latest,
        Question question,
        Metadata metadata,
        String source,
        Instant writtenAt,
        String writtenBy,
        Review review,
        @Nullable String reviewedBy,
        @Nullable String reviewNote,
        boolean retired) {

    public QuestionType type() {
        return question.type();
    }
}
