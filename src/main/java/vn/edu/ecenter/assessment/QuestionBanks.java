package vn.edu.ecenter.assessment;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.edu.ecenter.academics.SubjectView;
import vn.edu.ecenter.assessment.exchange.QuestionFormat;
import vn.edu.ecenter.assessment.exchange.QuestionWriter;
import vn.edu.ecenter.assessment.questions.QuestionSpec;

/**
 * The centre's question banks (ngân hàng câu hỏi). A bank belongs to a subject and is shared by the teachers of that
 * subject (those whose profile lists it); the director sees every bank. Every change of a question is a new version;
 * a version is reviewed (approved, or returned with a note) by the director or another teacher of the subject before
 * a graded test may use it — never by its own author. Every method checks who calls it.
 */
public interface QuestionBanks {

    /** The banks the signed-in user may use, by subject then name. */
    List<BankView> banks();

    Optional<BankView> bank(UUID bankId);

    /** The subjects the signed-in user may open a bank for (their own; the director's: all), in programme order. */
    List<SubjectView> subjectsForBanks();

    /** Opens a bank for a subject; a teacher only for a subject they teach. Names are unique within a subject. */
    BankView createBank(UUID subjectId, String name);

    /** The bank's questions (their newest versions), retired ones last, each with its review. */
    List<QuestionView> questions(UUID bankId);

    /** A question's newest version. */
    Optional<QuestionView> question(UUID questionId);

    /** Every version of a question, newest first. */
    List<QuestionView> history(UUID questionId);

    /** Adds a question (version 1, waiting for review); a flawed question is refused with its flaws. */
    QuestionView addQuestion(UUID bankId, QuestionSpec spec);

    /**
     * Saves a new version of a question, written from version {@code basedOn}; refused when someone saved a newer one
     * meanwhile (nothing is lost: the caller sees the newer version and saves again).
     */
    QuestionView reviseQuestion(UUID questionId, int basedOn, QuestionSpec spec);

    /** Approves a version, or returns it to its author with a note (required when returning). */
    QuestionView review(UUID questionId, int version, boolean approve, @Nullable String note);

    /** Keeps the question for the tests that used it but draws it into no new test. */
    QuestionView retire(UUID questionId);

    /**
     * Adds the sound questions of a file (GIFT, Aiken, Moodle XML, QTI 2.1, the Excel template), each waiting for
     * review, and reports every question of the file: added (with what was approximated) or rejected (with why). A file
     * that cannot be read at all is refused with a message naming the cause, and nothing is added.
     */
    ImportOutcome importQuestions(UUID bankId, QuestionFormat format, String fileName, byte[] file);

    /** The bank's questions (not retired, newest versions) as a Moodle XML or QTI 2.1 file, with what it cannot hold. */
    QuestionWriter.Export export(UUID bankId, QuestionFormat format);
}
