package vn.edu.ecenter.assessment.questions;

/** A question with what the bank knows about it: what an import yields, an export writes and the editor saves. */
public record QuestionSpec(Question question, Metadata metadata) {}
