package vn.edu.ecenter.assessment;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.edu.ecenter.academics.AcademicsFixture;
import vn.edu.ecenter.assessment.AssessmentFixture.Classroom;
import vn.edu.ecenter.assessment.AttemptPaper.PaperQuestion;
import vn.edu.ecenter.assessment.questions.Blueprint.Row;
import vn.edu.ecenter.assessment.questions.Body;
import vn.edu.ecenter.assessment.questions.CognitiveLevel;
import vn.edu.ecenter.assessment.questions.Criterion;
import vn.edu.ecenter.assessment.questions.Metadata;
import vn.edu.ecenter.assessment.questions.Question;
import vn.edu.ecenter.assessment.questions.QuestionSpec;
import vn.edu.ecenter.assessment.questions.QuestionType;
import vn.edu.ecenter.assessment.questions.Response;
import vn.edu.ecenter.identity.Role;
import vn.edu.ecenter.support.TestAccounts;

/**
 * Tests set in the fixture's class and taken by its learners through {@link OnlineTests}, for the results' tests: the
 * four sums "i + i = ?" (1 point each unless told), an essay with a two-line rubric, and papers answered the way a
 * test wants.
 */
@Component
public class TakenTests {

    /** The essay's text; its rubric is "Nêu đúng công thức" (1 point) and "Tính đúng kết quả" (1 point). */
    public static final String ESSAY = "Trình bày cách tính đạo hàm của \\(x^2\\).";

    private final AcademicsFixture fixture;
    private final OnlineTests tests;
    private final QuestionBanks banks;
    private final TestAccounts accounts;

    TakenTests(AcademicsFixture fixture, OnlineTests tests, QuestionBanks banks, TestAccounts accounts) {
        this.fixture = fixture;
        this.tests = tests;
        this.banks = banks;
        this.accounts = accounts;
    }

    /** Adds the essay to the class's bank (as Hà). */
    public QuestionView addEssay(Classroom room) {
        QuestionSpec essay = new QuestionSpec(
                new Question(
                        ESSAY,
                        new Body.Essay(List.of(
                                new Criterion("Nêu đúng công thức", BigDecimal.ONE),
                                new Criterion("Tính đúng kết quả", BigDecimal.ONE))),
                        null),
                new Metadata("", 10, "Đạo hàm", CognitiveLevel.VAN_DUNG, null, List.of()));
        return fixture.as(room.ha(), () -> banks.addQuestion(room.bank().id(), essay));
    }

    /** Lan, another teacher of the subject, approves every question of the bank (a graded test draws only those). */
    public void approveAll(Classroom room) {
        fixture.as(room.lan(), () -> {
            for (QuestionView question : banks.questions(room.bank().id())) {
                banks.review(question.id(), question.version(), true, null);
            }
            return null;
        });
    }

    /** Hà sets a test with the rows, open now for two hours, one attempt unless told. */
    public TestView set(
            Classroom room, boolean graded, int attempts, Map<QuestionType, BigDecimal> points, Row... rows) {
        Instant now = Instant.now();
        return fixture.as(
                room.ha(),
                () -> tests.createTest(new NewTest(
                        "Kiểm tra 15 phút " + AcademicsFixture.unique(),
                        room.bank().id(),
                        room.schoolClass().id(),
                        List.of(rows),
                        45,
                        now.minus(Duration.ofMinutes(5)),
                        now.plus(Duration.ofHours(2)),
                        true,
                        attempts,
                        null,
                        graded,
                        points)));
    }

    /** All four sums, a point each. */
    public TestView sums(Classroom room, boolean graded, int attempts) {
        return set(room, graded, attempts, Map.of(), new Row("Hàm số", null, QuestionType.SINGLE_CHOICE, 4));
    }

    /** Two sums and the essay, a point each for the sums and two for the essay. */
    public TestView withEssay(Classroom room) {
        return set(
                room,
                false,
                1,
                Map.of(QuestionType.ESSAY, new BigDecimal("2")),
                new Row("Hàm số", null, QuestionType.SINGLE_CHOICE, 2),
                new Row(null, null, QuestionType.ESSAY, 1));
    }

    /** The learner's account id, from their login. */
    public UUID account(String login) {
        return accounts.idOf(login);
    }

    /**
     * The learner starts the test, answers each question as {@code answer} says (null leaves it blank) and submits.
     */
    public SubmitResult take(String login, UUID testId, Function<PaperQuestion, @Nullable Response> answer) {
        UUID account = account(login);
        return fixture.as(Role.LEARNER, account, () -> {
            AttemptPaper paper = tests.start(testId, null);
            for (PaperQuestion question : paper.questions()) {
                Response response = answer.apply(question);
                if (response != null) {
                    tests.answer(paper.attemptId(), question.questionId(), response);
                }
            }
            return tests.submit(paper.attemptId());
        });
    }

    public <T> T asLearner(String login, java.util.function.Supplier<T> work) {
        return fixture.as(Role.LEARNER, account(login), work);
    }

    /** The sum in the question's text: i for "i + i = ?". */
    public static int sum(PaperQuestion question) {
        return Integer.parseInt(question.text().substring(0, question.text().indexOf(' ')));
    }

    /** Chooses the option with the text. */
    public static Response choose(PaperQuestion question, int text) {
        return new Response.Selected(List.of(question.options().stream()
                .filter(o -> o.text().equals(String.valueOf(text)))
                .findFirst()
                .orElseThrow()
                .id()));
    }

    /** Every sum right; the essay written. */
    public static @Nullable Response allRight(PaperQuestion question) {
        if (question.type() == QuestionType.ESSAY) {
            return new Response.Text("(x²)' = 2x vì đạo hàm của xⁿ là n·xⁿ⁻¹.");
        }
        return choose(question, 2 * sum(question));
    }

    /** Sums 1 and 2 right, 3 and 4 answered with 2i + 1 (the bank's second option); the essay left blank. */
    public static @Nullable Response halfRight(PaperQuestion question) {
        if (question.type() == QuestionType.ESSAY) {
            return null;
        }
        int i = sum(question);
        return choose(question, i <= 2 ? 2 * i : 2 * i + 1);
    }
}
