/**
 * Questions as pure code (no database, no Spring): the kinds of question a bank holds ({@link
 * vn.edu.ecenter.assessment.questions.Body}), what a learner answers ({@link
 * vn.edu.ecenter.assessment.questions.Response}), how an answer is marked ({@link
 * vn.edu.ecenter.assessment.questions.Marking}) and what makes a question unusable ({@link
 * vn.edu.ecenter.assessment.questions.QuestionCheck}). Marks are exact decimals, never floating point.
 */
@NamedInterface("questions")
@NullMarked
package vn.edu.ecenter.assessment.questions;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
