package vn.edu.ecenter.assessment.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.edu.ecenter.assessment.EssayMarking;
import vn.edu.ecenter.assessment.EssayMarks;
import vn.edu.ecenter.assessment.SubmitResult;
import vn.edu.ecenter.assessment.internal.ResultStore.Answered;
import vn.edu.ecenter.assessment.internal.ResultStore.Submitted;
import vn.edu.ecenter.assessment.questions.Body;
import vn.edu.ecenter.assessment.questions.Criterion;
import vn.edu.ecenter.assessment.questions.Marking;
import vn.edu.ecenter.assessment.questions.Question;
import vn.edu.ecenter.platform.audit.AuditRecord;
import vn.edu.ecenter.platform.audit.AuditTrail;
import vn.edu.ecenter.platform.clock.BusinessClock;
import vn.edu.ecenter.platform.security.CurrentUser;
import vn.edu.ecenter.platform.web.Rejected;
import vn.edu.ecenter.shared.VietnameseText;

/**
 * Marks essay answers against their rubric (hướng dẫn chấm): points for each line, at most the line's points; the
 * answer's share is the points given over the rubric's total, its points that share of the question's points on the
 * paper. The attempt's score is the sum of its answers' points again, and it waits for marking while an essay answered
 * is not marked. An essay without a rubric is marked with one figure out of the question's points.
 */
@Component
class EssayMarker {

    private static final int LONGEST_COMMENT = 2000;

    private final ResultStore results;
    private final AttemptMarking marking;
    private final AuditTrail audit;
    private final BusinessClock clock;

    EssayMarker(ResultStore results, AttemptMarking marking, AuditTrail audit, BusinessClock clock) {
        this.results = results;
        this.marking = marking;
        this.audit = audit;
        this.clock = clock;
    }

    /** The rubric's lines; for an essay without one, a single line worth the question's points. */
    static List<Criterion> lines(Body.Essay essay, BigDecimal points, String whole) {
        return essay.rubric().isEmpty() ? List.of(new Criterion(whole, points)) : essay.rubric();
    }

    SubmitResult mark(Submitted attempt, UUID questionId, EssayMarks marks, String whole) {
        Paper.Entry entry = attempt.paper().stream()
                .filter(e -> e.question().equals(questionId))
                .findFirst()
                .orElseThrow(() -> Rejected.notFound("testResults.error.notOnPaper"));
        Question question = marking.question(entry.question(), entry.version());
        if (!(question.body() instanceof Body.Essay essay)) {
            throw new Rejected("testResults.error.notEssay");
        }
        Answered answer = results.answersOf(List.of(attempt.id()))
                .getOrDefault(attempt.id(), Map.of())
                .get(questionId);
        if (answer == null) {
            throw new Rejected("testResults.error.blankEssay");
        }
        List<Criterion> lines = lines(essay, entry.points(), whole);
        if (marks.points().size() != lines.size()) {
            throw new Rejected(
                    "testResults.error.markCount", lines.size(), marks.points().size());
        }
        BigDecimal given = BigDecimal.ZERO;
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < lines.size(); i++) {
            Criterion line = lines.get(i);
            BigDecimal point = marks.points().get(i);
            if (point.signum() < 0
                    || point.compareTo(line.points()) > 0
                    || point.stripTrailingZeros().scale() > 2) {
                throw new Rejected(
                        "testResults.error.markRange",
                        line.description(),
                        point.toPlainString(),
                        line.points().stripTrailingZeros().toPlainString());
            }
            given = given.add(point);
            total = total.add(line.points());
        }
        String comment = VietnameseText.clean(marks.comment());
        if (comment != null && comment.length() > LONGEST_COMMENT) {
            throw new Rejected("testResults.error.commentTooLong", LONGEST_COMMENT);
        }
        BigDecimal share = given.divide(total, 6, RoundingMode.HALF_UP);
        BigDecimal points = Marking.points(share, entry.points());
        EssayMarks kept = new EssayMarks(marks.points(), comment == null || comment.isEmpty() ? null : comment);
        results.markEssay(attempt.id(), questionId, kept, share, points, clock.instant(), CurrentUser.actor());
        SubmitResult result = rescore(attempt);
        audit.record(AuditRecord.of(
                        "onlineTestResults.essayMarked",
                        "online_attempt",
                        attempt.id().toString())
                .values(
                        answer.points() == null ? null : Map.of("points", answer.points()),
                        Map.of("question", questionId.toString(), "points", points, "score", result.score())));
        return result;
    }

    /** Adds the attempt's answers up again; it waits for marking while an essay answered has no marks. */
    private SubmitResult rescore(Submitted attempt) {
        Map<UUID, Answered> answers = results.answersOf(List.of(attempt.id())).getOrDefault(attempt.id(), Map.of());
        BigDecimal score = BigDecimal.ZERO;
        boolean waiting = false;
        for (Paper.Entry entry : attempt.paper()) {
            Answered answer = answers.get(entry.question());
            if (answer == null) {
                continue;
            }
            if (answer.points() != null) {
                score = score.add(answer.points());
            } else if (marking.question(entry.question(), entry.version()).body() instanceof Body.Essay) {
                waiting = true;
            }
        }
        results.rescore(attempt.id(), score, waiting);
        return new SubmitResult(score, attempt.maxScore(), waiting);
    }

    /** The attempt's essays, as the marking page shows them. */
    List<EssayMarking.Essay> essays(Submitted attempt, String whole) {
        Map<UUID, Answered> answers = results.answersOf(List.of(attempt.id())).getOrDefault(attempt.id(), Map.of());
        List<EssayMarking.Essay> essays = new ArrayList<>();
        int number = 0;
        for (Paper.Entry entry : attempt.paper()) {
            number++;
            Question question = marking.question(entry.question(), entry.version());
            if (!(question.body() instanceof Body.Essay essay)) {
                continue;
            }
            Answered answer = answers.get(entry.question());
            @Nullable EssayMarks marks = answer == null ? null : answer.marks();
            List<Criterion> lines = lines(essay, entry.points(), whole);
            List<EssayMarking.Line> shown = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                BigDecimal given = marks != null && i < marks.points().size()
                        ? marks.points().get(i)
                        : null;
                shown.add(new EssayMarking.Line(
                        lines.get(i).description(), lines.get(i).points(), given));
            }
            essays.add(new EssayMarking.Essay(
                    entry.question(),
                    number,
                    question.text(),
                    entry.points(),
                    answer == null ? null : text(answer),
                    shown,
                    marks == null ? null : marks.comment(),
                    answer == null ? null : answer.points(),
                    marks != null));
        }
        return essays;
    }

    private static String text(Answered answer) {
        return answer.response() instanceof vn.edu.ecenter.assessment.questions.Response.Text text ? text.text() : "";
    }
}
