package vn.edu.ecenter.assessment.internal;

import java.util.List;
import vn.edu.ecenter.assessment.questions.QuestionType;

/**
 * The parts of a printed paper, in order, as the 2025 national exam lays a paper out (Phần I multiple choice, Phần II
 * true/false statements, Phần III short answer), then the kinds the exam does not have and the essay. Parts without
 * questions are left out and the others numbered in order; the title of each is {@code paperTest.part.<NAME>}.
 */
enum PaperPart {
    CHOICE(List.of(QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_RESPONSE)),
    STATEMENTS(List.of(QuestionType.TRUE_FALSE_STATEMENTS)),
    SHORT(List.of(QuestionType.SHORT_ANSWER, QuestionType.NUMERIC)),
    OTHER(List.of(QuestionType.MATCHING, QuestionType.ORDERING, QuestionType.CLOZE)),
    ESSAY(List.of(QuestionType.ESSAY));

    final List<QuestionType> types;

    PaperPart(List<QuestionType> types) {
        this.types = types;
    }

    static PaperPart of(QuestionType type) {
        for (PaperPart part : values()) {
            if (part.types.contains(type)) {
                return part;
            }
        }
        throw new IllegalArgumentException("No part for " + type);
    }
}
