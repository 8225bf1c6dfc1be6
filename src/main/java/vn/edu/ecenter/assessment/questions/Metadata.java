package vn.edu.ecenter.assessment.questions;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a bank knows about a question besides its content, used to draw tests from a blueprint (ma trận đề).
 *
 * @param name a short name for lists (the GIFT "::title::", Moodle's name); may be empty
 * @param grade the grade (khối 10, 11, 12) it is for, when known
 * @param topic the topic or lesson (chủ đề / bài), when known
 */
public record Metadata(
        String name,
        @Nullable Integer grade,
        @Nullable String topic,
        @Nullable CognitiveLevel level,
        @Nullable Difficulty difficulty,
        List<String> tags) {

    public Metadata {
        tags = List.copyOf(tags);
    }

    /** The grades of the GDTX upper-secondary programme (khối 10–12), the only ones the centre's classes have. */
    public static final int LOWEST_GRADE = 10;

    public static final int HIGHEST_GRADE = 12;

    /** Whether a question for this grade belongs to the programme's banks. */
    public static boolean inProgramme(int grade) {
        return grade >= LOWEST_GRADE && grade <= HIGHEST_GRADE;
    }

    public static Metadata none() {
        return new Metadata("", null, null, null, null, List.of());
    }
}
