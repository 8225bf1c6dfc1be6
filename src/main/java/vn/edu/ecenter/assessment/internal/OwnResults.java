package vn.edu.ecenter.assessment.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.edu.ecenter.assessment.EssayMarks;
import vn.edu.ecenter.assessment.MyTestResult;
import vn.edu.ecenter.assessment.TestView;
import vn.edu.ecenter.assessment.internal.ResultStore.Answered;
import vn.edu.ecenter.assessment.internal.ResultStore.Submitted;
import vn.edu.ecenter.assessment.questions.Question;
import vn.edu.ecenter.people.LearnerSummary;
import vn.edu.ecenter.people.People;
import vn.edu.ecenter.platform.web.Rejected;

/**
 * A learner's own results, or a guardian's children's: each submitted attempt with its score — hidden ("Đang chấm")
 * while essays wait for marking, and on a paper with essays until the teacher publishes the results — and, once
 * published, what each question earned. Nothing of another learner is read.
 */
@Component
class OwnResults {

    private final ResultStore results;
    private final TestStore tests;
    private final AttemptMarking marking;
    private final People people;

    OwnResults(ResultStore results, TestStore tests, AttemptMarking marking, People people) {
        this.results = results;
        this.tests = tests;
        this.marking = marking;
        this.people = people;
    }

    List<MyTestResult> results() {
        Map<UUID, String> own = own();
        List<Submitted> attempts = results.submittedBy(own.keySet());
        Map<UUID, Boolean> published = results.published(
                attempts.stream().map(Submitted::testId).distinct().toList());
        Map<UUID, String> titles = new HashMap<>();
        List<MyTestResult> lines = new ArrayList<>();
        for (Submitted attempt : attempts) {
            boolean open = published.getOrDefault(attempt.testId(), false);
            boolean shown =
                    !attempt.awaitingMarking() && (open || !ResultsAnalysis.hasEssay(attempt.paper(), this::question));
            String title = titles.computeIfAbsent(attempt.testId(), id -> test(id).title());
            lines.add(new MyTestResult(
                    attempt.id(),
                    attempt.learnerId(),
                    own.get(attempt.learnerId()),
                    title,
                    attempt.number(),
                    attempt.submittedAt(),
                    shown ? attempt.score() : null,
                    attempt.maxScore(),
                    shown ? ResultsAnalysis.onTen(attempt) : null,
                    open && !attempt.awaitingMarking()));
        }
        return lines;
    }

    MyTestResult.Details details(UUID attemptId) {
        Map<UUID, String> own = own();
        Submitted attempt =
                results.submitted(attemptId).orElseThrow(() -> Rejected.notFound("onlineTest.error.attemptNotFound"));
        if (!own.containsKey(attempt.learnerId())) {
            throw new AccessDeniedException("not the learner's attempt");
        }
        if (results.publication(attempt.testId()).at() == null || attempt.awaitingMarking()) {
            throw Rejected.conflict("testResults.error.notPublished");
        }
        Map<UUID, Answered> answers = results.answersOf(List.of(attemptId)).getOrDefault(attemptId, Map.of());
        List<MyTestResult.Earned> earned = new ArrayList<>();
        for (Paper.Entry entry : attempt.paper()) {
            Question question = question(entry);
            Answered answer = answers.get(entry.question());
            EssayMarks marks = answer == null ? null : answer.marks();
            earned.add(new MyTestResult.Earned(
                    earned.size() + 1,
                    question.type(),
                    question.text(),
                    entry.points(),
                    answer == null || answer.points() == null ? BigDecimal.ZERO : answer.points(),
                    answer != null,
                    marks == null ? null : marks.comment()));
        }
        return new MyTestResult.Details(
                attemptId,
                own.get(attempt.learnerId()),
                test(attempt.testId()).title(),
                attempt.number(),
                attempt.submittedAt(),
                attempt.score(),
                attempt.maxScore(),
                ResultsAnalysis.onTen(attempt),
                earned);
    }

    /** The signed-in learner, or a guardian's children, by id with their names. */
    private Map<UUID, String> own() {
        Map<UUID, String> own = new HashMap<>();
        for (LearnerSummary learner : people.ownLearners()) {
            own.put(learner.id(), learner.name().fullName());
        }
        return own;
    }

    private TestView test(UUID testId) {
        return tests.test(testId).orElseThrow().view();
    }

    private Question question(Paper.Entry entry) {
        return marking.question(entry.question(), entry.version());
    }
}
