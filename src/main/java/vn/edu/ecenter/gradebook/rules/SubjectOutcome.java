package vn.edu.ecenter.gradebook.rules;

/**
 * One subject's result for a learner in a semester or the year, as the learning classification and the re-test rules
 * take it.
 *
 * @param subject the subject's code or name, used to name it in results ("Toán")
 */
public record SubjectOutcome(String subject, SubjectResult result) {}
