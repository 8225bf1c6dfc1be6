package vn.edu.ecenter.assessment.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.edu.ecenter.academics.Academics;
import vn.edu.ecenter.academics.ClassMember;
import vn.edu.ecenter.assessment.TestScoresConfirmed;
import vn.edu.ecenter.assessment.TestScoresConfirmed.LearnerScore;
import vn.edu.ecenter.assessment.TestScoresTransferred;
import vn.edu.ecenter.assessment.TestView;
import vn.edu.ecenter.assessment.TransferOutcome;
import vn.edu.ecenter.assessment.TransferPreview;
import vn.edu.ecenter.assessment.internal.ResultStore.Submitted;
import vn.edu.ecenter.assessment.internal.ResultStore.TransferRow;
import vn.edu.ecenter.people.LearnerSummary;
import vn.edu.ecenter.people.People;
import vn.edu.ecenter.platform.audit.AuditRecord;
import vn.edu.ecenter.platform.audit.AuditTrail;
import vn.edu.ecenter.platform.clock.BusinessClock;
import vn.edu.ecenter.platform.security.CurrentUser;
import vn.edu.ecenter.platform.web.Rejected;

/**
 * Sends a test's scores to a ĐĐGtx column of the gradebook once the teacher has seen them and confirmed: the transfer
 * is recorded, {@link TestScoresConfirmed} is published outside any transaction (the gradebook writes in its own, as
 * the teacher), and the gradebook's {@link TestScoresTransferred} is recorded by {@link TransferAnswers}; the outcome
 * is read back from the record (ADR 0016).
 */
@Component
class ScoreTransfers {

    /** The highest ĐĐGtx number a sheet can have (4 by periods, plus learning topics); the gradebook checks its own. */
    static final int MOST_COLUMNS = 20;

    private final ResultsAccess access;
    private final ResultStore results;
    private final Academics academics;
    private final People people;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final BusinessClock clock;
    private final TransactionTemplate transaction;

    ScoreTransfers(
            ResultsAccess access,
            ResultStore results,
            Academics academics,
            People people,
            ApplicationEventPublisher events,
            AuditTrail audit,
            BusinessClock clock,
            PlatformTransactionManager transactions) {
        this.access = access;
        this.results = results;
        this.academics = academics;
        this.people = people;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    TransferPreview preview(ResultsAccess.Seen seen, int semester, int column) {
        TestView test = seen.test();
        if (semester != 1 && semester != 2) {
            throw new Rejected("testResults.error.semester", semester);
        }
        if (column < 1 || column > MOST_COLUMNS) {
            throw new Rejected("testResults.error.column", column, MOST_COLUMNS);
        }
        if (!test.graded()) {
            throw Rejected.conflict("testResults.error.notGraded");
        }
        List<Submitted> attempts = results.submittedOf(test.id());
        Map<UUID, Submitted> counted = ResultsAnalysis.counted(attempts);
        Map<UUID, Boolean> took = new LinkedHashMap<>();
        attempts.forEach(a -> took.put(a.learnerId(), true));
        List<TransferPreview.Line> lines = new ArrayList<>();
        for (ClassMember member : academics.classList(test.classId())) {
            lines.add(line(member.learnerId(), member.code(), member.name().fullName(), counted, took));
            took.remove(member.learnerId());
        }
        if (!took.isEmpty()) {
            for (LearnerSummary learner : people.learners(took.keySet())) {
                lines.add(line(learner.id(), learner.code(), learner.name().fullName(), counted, took));
            }
        }
        return new TransferPreview(
                test.id(), test.title(), seen.className(), seen.subject().name(), semester, column, lines);
    }

    private static TransferPreview.Line line(
            UUID learnerId, String code, String name, Map<UUID, Submitted> counted, Map<UUID, Boolean> took) {
        Submitted best = counted.get(learnerId);
        if (best == null) {
            return new TransferPreview.Line(
                    learnerId, code, name, null, null, null, took.containsKey(learnerId) ? "MARKING" : "NO_ATTEMPT");
        }
        return new TransferPreview.Line(
                learnerId, code, name, best.score(), best.maxScore(), ResultsAnalysis.onTen(best), null);
    }

    TransferOutcome confirm(UUID testId, int semester, int column, boolean overwrite, Set<UUID> learners) {
        TestScoresConfirmed confirmed =
                transaction.execute(status -> record(testId, semester, column, overwrite, learners));
        events.publishEvent(confirmed);
        return transaction.execute(status -> {
            ResultsAccess.Seen seen = access.test(testId, false);
            return outcome(seen.test(), confirmed.transferId());
        });
    }

    private TestScoresConfirmed record(UUID testId, int semester, int column, boolean overwrite, Set<UUID> learners) {
        ResultsAccess.Seen seen = access.test(testId, true);
        TransferPreview preview = preview(seen, semester, column);
        List<LearnerScore> scores = preview.lines().stream()
                .filter(l -> l.onTen() != null)
                .filter(l -> learners.isEmpty() || learners.contains(l.learnerId()))
                .map(l -> new LearnerScore(l.learnerId(), l.onTen()))
                .toList();
        if (scores.isEmpty()) {
            throw Rejected.conflict("testResults.error.nothingToSend");
        }
        UUID id = UUID.randomUUID();
        results.insertTransfer(id, testId, semester, column, overwrite, scores, clock.instant(), CurrentUser.actor());
        audit.record(AuditRecord.of("onlineTestResults.sentToBook", "online_test", testId.toString())
                .values(
                        null,
                        Map.of(
                                "transfer", id.toString(),
                                "semester", semester,
                                "column", column,
                                "overwrite", overwrite,
                                "scores", scores.size())));
        return new TestScoresConfirmed(
                id, testId, seen.test().classId(), seen.subject().id(), semester, column, overwrite, scores);
    }

    TransferOutcome outcome(TestView test, UUID transferId) {
        TransferRow row = results.transfer(transferId)
                .filter(t -> t.testId().equals(test.id()))
                .orElseThrow(() -> Rejected.notFound("testResults.error.transferNotFound"));
        Map<UUID, TestScoresTransferred.Outcome> outcomes = new HashMap<>();
        row.outcomes().forEach(o -> outcomes.put(o.learnerId(), o));
        Map<UUID, String> names = new HashMap<>();
        people.learners(row.scores().stream().map(LearnerScore::learnerId).toList())
                .forEach(l -> names.put(l.id(), l.name().fullName()));
        List<TransferOutcome.Line> lines = row.scores().stream()
                .map(s -> {
                    TestScoresTransferred.Outcome outcome = outcomes.get(s.learnerId());
                    return new TransferOutcome.Line(
                            s.learnerId(),
                            names.getOrDefault(s.learnerId(), ""),
                            s.score(),
                            outcome == null ? null : outcome.status(),
                            outcome == null ? null : outcome.before());
                })
                .toList();
        return new TransferOutcome(
                row.id(),
                test.id(),
                test.title(),
                row.semester(),
                row.column(),
                row.overwrite(),
                row.confirmedAt(),
                row.confirmedBy(),
                row.answeredAt() != null,
                row.refusal(),
                lines);
    }

    List<TransferOutcome.Summary> summaries(UUID testId) {
        return results.transfersOf(testId).stream()
                .map(t -> new TransferOutcome.Summary(
                        t.id(),
                        t.semester(),
                        t.column(),
                        t.confirmedAt(),
                        t.confirmedBy(),
                        t.answeredAt() != null,
                        t.refusal() != null,
                        (int) t.outcomes().stream()
                                .filter(o -> o.status() == TestScoresTransferred.Status.WRITTEN
                                        || o.status() == TestScoresTransferred.Status.OVERWRITTEN)
                                .count()))
                .toList();
    }
}
