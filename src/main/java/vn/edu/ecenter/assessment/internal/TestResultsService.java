package vn.edu.ecenter.assessment.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.edu.ecenter.academics.Academics;
import vn.edu.ecenter.academics.ClassMember;
import vn.edu.ecenter.assessment.EssayMarking;
import vn.edu.ecenter.assessment.EssayMarks;
import vn.edu.ecenter.assessment.MyTestResult;
import vn.edu.ecenter.assessment.SubmitResult;
import vn.edu.ecenter.assessment.TestResults;
import vn.edu.ecenter.assessment.TestResultsView;
import vn.edu.ecenter.assessment.TestResultsView.AttemptLine;
import vn.edu.ecenter.assessment.TestResultsView.LearnerResults;
import vn.edu.ecenter.assessment.TransferOutcome;
import vn.edu.ecenter.assessment.TransferPreview;
import vn.edu.ecenter.assessment.internal.ResultStore.Submitted;
import vn.edu.ecenter.people.LearnerSummary;
import vn.edu.ecenter.people.People;
import vn.edu.ecenter.platform.audit.AuditRecord;
import vn.edu.ecenter.platform.audit.AuditTrail;
import vn.edu.ecenter.platform.clock.BusinessClock;
import vn.edu.ecenter.platform.security.CurrentUser;
import vn.edu.ecenter.platform.web.Rejected;

/** The results of online tests (see {@link TestResults}); learners' own results are in {@link OwnResults}. */
@Service
@Transactional(readOnly = true)
class TestResultsService implements TestResults {

    static final String STAFF = "hasAnyRole('DIRECTOR', 'TEACHER')";
    static final String OWN = "hasAnyRole('LEARNER', 'GUARDIAN')";

    private final ResultsAccess access;
    private final ResultStore results;
    private final AttemptMarking marking;
    private final EssayMarker marker;
    private final ScoreTransfers transfers;
    private final OwnResults own;
    private final Academics academics;
    private final People people;
    private final AuditTrail audit;
    private final BusinessClock clock;
    private final MessageSource messages;

    TestResultsService(
            ResultsAccess access,
            ResultStore results,
            AttemptMarking marking,
            EssayMarker marker,
            ScoreTransfers transfers,
            OwnResults own,
            Academics academics,
            People people,
            AuditTrail audit,
            BusinessClock clock,
            MessageSource messages) {
        this.access = access;
        this.results = results;
        this.marking = marking;
        this.marker = marker;
        this.transfers = transfers;
        this.own = own;
        this.academics = academics;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
        this.messages = messages;
    }

    @Override
    @PreAuthorize(STAFF)
    public TestResultsView results(UUID testId) {
        return view(access.test(testId, false));
    }

    @Override
    @PreAuthorize(STAFF)
    public byte[] exportResults(UUID testId) {
        return ResultsWorkbook.of(results(testId), messages, LocaleContextHolder.getLocale());
    }

    private TestResultsView view(ResultsAccess.Seen seen) {
        UUID testId = seen.test().id();
        List<Submitted> attempts = results.submittedOf(testId);
        Map<UUID, Submitted> counted = ResultsAnalysis.counted(attempts);
        List<Submitted> countedList = List.copyOf(counted.values());
        var answers = results.answersOf(countedList.stream().map(Submitted::id).toList());
        boolean essays = attempts.stream().anyMatch(a -> ResultsAnalysis.hasEssay(a.paper(), this::question));
        return new TestResultsView(
                seen.test(),
                seen.className(),
                seen.subject().name(),
                essays,
                results.publication(testId).at(),
                seen.manage(),
                (int) attempts.stream().filter(Submitted::awaitingMarking).count(),
                ResultsAnalysis.summary(attempts.size(), countedList),
                ResultsAnalysis.questions(countedList, answers, this::question),
                learners(seen.test().classId(), attempts, counted),
                transfers.summaries(testId));
    }

    /** The class's learners in class-list order, then anyone else who took the test (since left the class). */
    private List<LearnerResults> learners(UUID classId, List<Submitted> attempts, Map<UUID, Submitted> counted) {
        Map<UUID, List<Submitted>> byLearner = new LinkedHashMap<>();
        attempts.forEach(a ->
                byLearner.computeIfAbsent(a.learnerId(), k -> new ArrayList<>()).add(a));
        List<LearnerResults> lines = new ArrayList<>();
        for (ClassMember member : academics.classList(classId)) {
            lines.add(line(member.learnerId(), member.code(), member.name().fullName(), byLearner, counted));
            byLearner.remove(member.learnerId());
        }
        if (!byLearner.isEmpty()) {
            for (LearnerSummary learner : people.learners(byLearner.keySet())) {
                lines.add(line(learner.id(), learner.code(), learner.name().fullName(), byLearner, counted));
            }
        }
        return lines;
    }

    private static LearnerResults line(
            UUID learnerId,
            String code,
            String name,
            Map<UUID, List<Submitted>> byLearner,
            Map<UUID, Submitted> counted) {
        List<AttemptLine> attempts = byLearner.getOrDefault(learnerId, List.of()).stream()
                .map(a -> new AttemptLine(
                        a.id(),
                        a.number(),
                        a.submittedAt(),
                        a.score(),
                        a.maxScore(),
                        ResultsAnalysis.onTen(a),
                        minutes(a),
                        a.how(),
                        a.awaitingMarking()))
                .toList();
        Submitted best = counted.get(learnerId);
        return new LearnerResults(learnerId, code, name, best == null ? null : ResultsAnalysis.onTen(best), attempts);
    }

    /** Time taken in whole minutes, a started minute counted. */
    static long minutes(Submitted attempt) {
        long seconds =
                Duration.between(attempt.startedAt(), attempt.submittedAt()).toSeconds();
        return Math.max(0, (seconds + 59) / 60);
    }

    @Override
    @PreAuthorize(STAFF)
    public EssayMarking marking(UUID attemptId) {
        Submitted attempt = submitted(attemptId);
        ResultsAccess.Seen seen = access.test(attempt.testId(), false);
        String name = people.learners(List.of(attempt.learnerId())).stream()
                .findFirst()
                .map(l -> l.name().fullName())
                .orElse("");
        return new EssayMarking(
                attemptId,
                seen.test().id(),
                seen.test().title(),
                name,
                attempt.number(),
                new SubmitResult(attempt.score(), attempt.maxScore(), attempt.awaitingMarking()),
                marker.essays(attempt, whole()));
    }

    @Override
    @Transactional
    @PreAuthorize(STAFF)
    public SubmitResult markEssay(UUID attemptId, UUID questionId, EssayMarks marks) {
        results.lock(attemptId);
        Submitted attempt = submitted(attemptId);
        access.test(attempt.testId(), true);
        return marker.mark(attempt, questionId, marks, whole());
    }

    @Override
    @Transactional
    @PreAuthorize(STAFF)
    public void publish(UUID testId, boolean published) {
        access.test(testId, true);
        if (published) {
            long waiting = results.submittedOf(testId).stream()
                    .filter(Submitted::awaitingMarking)
                    .count();
            if (waiting > 0) {
                throw Rejected.conflict("testResults.error.stillMarking", waiting);
            }
            results.publish(testId, clock.instant(), CurrentUser.actor());
        } else {
            results.publish(testId, null, null);
        }
        audit.record(AuditRecord.of(
                published ? "onlineTestResults.published" : "onlineTestResults.withdrawn",
                "online_test",
                testId.toString()));
    }

    @Override
    @PreAuthorize(STAFF)
    public TransferPreview previewTransfer(UUID testId, int semester, int column) {
        return transfers.preview(access.test(testId, true), semester, column);
    }

    /**
     * Not in a transaction: the gradebook writes in its own, as the signed-in teacher, and a refusal there must not
     * spoil ours (see ADR 0016).
     */
    @Override
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    @PreAuthorize(STAFF)
    public TransferOutcome confirmTransfer(
            UUID testId, int semester, int column, boolean overwrite, Set<UUID> learners) {
        return transfers.confirm(testId, semester, column, overwrite, learners);
    }

    @Override
    @PreAuthorize(STAFF)
    public TransferOutcome transfer(UUID testId, UUID transferId) {
        ResultsAccess.Seen seen = access.test(testId, false);
        return transfers.outcome(seen.test(), transferId);
    }

    @Override
    @PreAuthorize(OWN)
    public List<MyTestResult> myResults() {
        return own.results();
    }

    @Override
    @PreAuthorize(OWN)
    public MyTestResult.Details myAttempt(UUID attemptId) {
        return own.details(attemptId);
    }

    private Submitted submitted(UUID attemptId) {
        return results.submitted(attemptId).orElseThrow(() -> Rejected.notFound("onlineTest.error.attemptNotFound"));
    }

    private vn.edu.ecenter.assessment.questions.Question question(Paper.Entry entry) {
        return marking.question(entry.question(), entry.version());
    }

    private String whole() {
        return messages.getMessage("testResults.marking.whole", null, LocaleContextHolder.getLocale());
    }
}
