package vn.edu.ecenter.assessment.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.edu.ecenter.academics.Academics;
import vn.edu.ecenter.academics.SubjectView;
import vn.edu.ecenter.assessment.AttemptPaper;
import vn.edu.ecenter.assessment.AttemptSummary;
import vn.edu.ecenter.assessment.BankView;
import vn.edu.ecenter.assessment.LearnerTest;
import vn.edu.ecenter.assessment.NewTest;
import vn.edu.ecenter.assessment.OnlineTests;
import vn.edu.ecenter.assessment.SubmitResult;
import vn.edu.ecenter.assessment.TestView;
import vn.edu.ecenter.assessment.internal.TestStore.AttemptRow;
import vn.edu.ecenter.assessment.internal.TestStore.Drawable;
import vn.edu.ecenter.assessment.questions.Blueprint;
import vn.edu.ecenter.assessment.questions.InvalidAnswer;
import vn.edu.ecenter.assessment.questions.Question;
import vn.edu.ecenter.assessment.questions.QuestionType;
import vn.edu.ecenter.assessment.questions.Response;
import vn.edu.ecenter.people.LearnerSummary;
import vn.edu.ecenter.people.People;
import vn.edu.ecenter.platform.audit.AuditRecord;
import vn.edu.ecenter.platform.audit.AuditTrail;
import vn.edu.ecenter.platform.clock.BusinessClock;
import vn.edu.ecenter.platform.security.CurrentUser;
import vn.edu.ecenter.platform.web.Rejected;
import vn.edu.ecenter.shared.VietnameseText;

/** Tests and attempts (see {@link OnlineTests}). */
@Service
@Transactional(readOnly = true)
class OnlineTestService implements OnlineTests {

    static final String LEARNER = "hasRole('LEARNER')";

    private static final int LONGEST_TITLE = 200;
    private static final int LONGEST_CODE = 40;
    private static final BigDecimal MOST_POINTS = BigDecimal.TEN;
    private static final java.time.format.DateTimeFormatter WHEN =
            java.time.format.DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(BusinessClock.ZONE);

    private final TestStore store;
    private final QuestionBankService banks;
    private final AttemptMarking marking;
    private final Academics academics;
    private final People people;
    private final AuditTrail audit;
    private final BusinessClock clock;
    private final MessageSource messages;
    private final Duration grace;

    OnlineTestService(
            TestStore store,
            QuestionBankService banks,
            AttemptMarking marking,
            Academics academics,
            People people,
            AuditTrail audit,
            BusinessClock clock,
            MessageSource messages,
            @Value("${ecenter.assessment.answer-grace:10s}") Duration grace) {
        this.store = store;
        this.banks = banks;
        this.marking = marking;
        this.academics = academics;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
        this.messages = messages;
        this.grace = grace;
    }

    @Override
    @Transactional
    @PreAuthorize(QuestionBankService.BANK_USERS)
    public TestView createTest(NewTest test) {
        String title = VietnameseText.clean(test.title());
        if (title == null || title.isEmpty()) {
            throw new Rejected("onlineTest.error.titleEmpty");
        }
        if (title.length() > LONGEST_TITLE) {
            throw new Rejected("onlineTest.error.titleTooLong", LONGEST_TITLE);
        }
        if (test.durationMinutes() < 1 || test.durationMinutes() > 600) {
            throw new Rejected("onlineTest.error.duration", test.durationMinutes());
        }
        if (!test.closesAt().isAfter(test.opensAt())) {
            throw new Rejected("onlineTest.error.window");
        }
        if (test.attemptsAllowed() < 1 || test.attemptsAllowed() > 20) {
            throw new Rejected("onlineTest.error.attempts", test.attemptsAllowed());
        }
        String code = VietnameseText.clean(test.accessCode());
        if (code != null && code.length() > LONGEST_CODE) {
            throw new Rejected("onlineTest.error.codeTooLong", LONGEST_CODE);
        }
        test.points().forEach((type, points) -> {
            if (points.signum() <= 0
                    || points.compareTo(MOST_POINTS) > 0
                    || points.stripTrailingZeros().scale() > 2) {
                throw new Rejected("onlineTest.error.points", label(type), points.toPlainString());
            }
        });
        if (test.blueprint().isEmpty()) {
            throw new Rejected("onlineTest.error.blueprintEmpty");
        }
        SubjectView subject = banks.usable(banks.bankRow(test.bankId()));
        if (academics.schoolClass(test.classId()).isEmpty()) {
            throw Rejected.notFound("onlineTest.error.classNotFound");
        }
        if (!CurrentUser.hasRole("DIRECTOR") && !academics.teaches(test.classId(), subject.code())) {
            throw new AccessDeniedException("does not teach the subject in the class");
        }
        Blueprint blueprint = new Blueprint(test.blueprint());
        List<Blueprint.Candidate> candidates = store.drawable(test.bankId(), test.graded()).stream()
                .map(Drawable::candidate)
                .toList();
        Blueprint.Shortage shortage = blueprint.shortage(candidates);
        if (shortage != null) {
            throw new Rejected(
                    test.graded() ? "onlineTest.error.shortageApproved" : "onlineTest.error.shortage",
                    shortage.row() + 1,
                    shortage.wanted().count(),
                    BlueprintText.describe(shortage.wanted(), messages, LocaleContextHolder.getLocale()),
                    shortage.available());
        }
        UUID id = UUID.randomUUID();
        store.insertTest(id, test, code == null || code.isEmpty() ? null : code, clock.instant(), CurrentUser.actor());
        audit.record(AuditRecord.of("onlineTestSet.created", "online_test", id.toString())
                .values(
                        null,
                        Map.of("title", title, "class", test.classId().toString(), "questions", blueprint.size())));
        return store.test(id).orElseThrow().view();
    }

    @Override
    @PreAuthorize(QuestionBankService.BANK_USERS)
    public Optional<TestView> test(UUID testId) {
        Optional<TestView> test = store.test(testId).map(TestStore.TestRow::view);
        test.ifPresent(this::refuseUnlessStaffOf);
        return test;
    }

    @Override
    @PreAuthorize(QuestionBankService.BANK_USERS)
    public List<TestView> testsOfClass(UUID classId) {
        if (academics.schoolClass(classId).isEmpty()) {
            throw Rejected.notFound("onlineTest.error.classNotFound");
        }
        if (!CurrentUser.hasRole("DIRECTOR")
                && !academics.teaches(classId, null)
                && !academics.isHomeroomTeacher(classId)) {
            throw new AccessDeniedException("neither teaches nor leads the class");
        }
        return store.testsOfClass(classId);
    }

    @Override
    @PreAuthorize(LEARNER)
    public List<LearnerTest> myTests() {
        List<LearnerSummary> own = people.ownLearners();
        return own.size() == 1 ? store.testsOfLearner(own.getFirst().id()) : List.of();
    }

    @Override
    @PreAuthorize(QuestionBankService.BANK_USERS)
    public List<BankView> banksForClass(UUID classId) {
        if (academics.schoolClass(classId).isEmpty()) {
            throw Rejected.notFound("onlineTest.error.classNotFound");
        }
        boolean director = CurrentUser.hasRole("DIRECTOR");
        return banks.banks().stream()
                .filter(bank -> director || academics.teaches(classId, bank.subjectCode()))
                .toList();
    }

    @Override
    @PreAuthorize(QuestionBankService.BANK_USERS)
    public List<AttemptSummary> attemptsOf(UUID testId) {
        refuseUnlessStaffOf(testOrNotFound(testId).view());
        return store.attemptsOf(testId);
    }

    @Override
    @PreAuthorize(QuestionBankService.BANK_USERS)
    public Map<UUID, Integer> extraTimes(UUID testId) {
        refuseUnlessStaffOf(testOrNotFound(testId).view());
        return store.extraTimes(testId);
    }

    /** The director, a teacher of the bank's subject in the test's class, or the class's homeroom teacher. */
    private void refuseUnlessStaffOf(TestView test) {
        if (CurrentUser.hasRole("DIRECTOR")) {
            return;
        }
        SubjectView subject = banks.subjectOf(test.bankId());
        if (!academics.teaches(test.classId(), subject.code()) && !academics.isHomeroomTeacher(test.classId())) {
            throw new AccessDeniedException("may not see the test");
        }
    }

    @Override
    @Transactional
    @PreAuthorize(QuestionBankService.BANK_USERS)
    public void setExtraTime(UUID testId, UUID learnerId, int minutes) {
        TestView test = testOrNotFound(testId).view();
        SubjectView subject = banks.usable(banks.bankRow(test.bankId()));
        if (!CurrentUser.hasRole("DIRECTOR") && !academics.teaches(test.classId(), subject.code())) {
            throw new AccessDeniedException("does not teach the subject in the class");
        }
        if (minutes < 0 || minutes > 600) {
            throw new Rejected("onlineTest.error.extraTime", minutes);
        }
        store.setExtraTime(testId, learnerId, minutes);
        audit.record(AuditRecord.of("onlineTestSet.extraTime", "online_test", testId.toString())
                .values(null, Map.of("learner", learnerId.toString(), "minutes", minutes)));
    }

    @Override
    @Transactional
    @PreAuthorize(LEARNER)
    public AttemptPaper start(UUID testId, @Nullable String accessCode) {
        UUID learner = signedInLearner();
        TestStore.TestRow found = testOrNotFound(testId);
        TestView test = found.view();
        if (!store.isEnrolled(learner, test.classId())) {
            throw new AccessDeniedException("not in the test's class");
        }
        Instant now = clock.instant();
        TestStore.LearnerAttempts attempts = store.attemptsOf(testId, learner);
        Optional<AttemptRow> open = attempts.inProgress();
        if (open.isPresent()) {
            if (!timeUp(open.get(), now)) {
                return paper(test, open.get(), now);
            }
            store.lockForSubmission(open.get().id())
                    .filter(a -> a.submittedAt() == null)
                    .ifPresent(a -> marking.finish(a, now, "TIME_UP"));
        }
        if (now.isBefore(test.opensAt())) {
            throw Rejected.conflict("onlineTest.error.notOpen", WHEN.format(test.opensAt()));
        }
        if (!now.isBefore(test.closesAt())) {
            throw Rejected.conflict("onlineTest.error.closed");
        }
        String code = found.accessCode();
        if (code != null && !code.equalsIgnoreCase(accessCode == null ? "" : accessCode.strip())) {
            throw new Rejected("onlineTest.error.accessCode");
        }
        int made = attempts.made();
        if (made >= test.attemptsAllowed()) {
            throw Rejected.conflict("onlineTest.error.noAttemptsLeft", test.attemptsAllowed());
        }
        List<Paper.Entry> paper = draw(test);
        Duration extra = Duration.ofMinutes(store.extraMinutes(testId, learner));
        Instant byDuration =
                now.plus(Duration.ofMinutes(test.durationMinutes())).plus(extra);
        Instant byClose = test.closesAt().plus(extra);
        Instant deadline = byDuration.isBefore(byClose) ? byDuration : byClose;
        BigDecimal maxScore = paper.stream().map(Paper.Entry::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        AttemptRow started = new AttemptRow(
                UUID.randomUUID(), testId, learner, made + 1, paper, now, deadline, null, null, maxScore, false);
        if (!store.insertAttempt(started.id(), testId, learner, started.number(), paper, now, deadline, maxScore)) {
            // Started on another device at the same moment: that attempt is the one.
            return paper(test, store.inProgress(testId, learner).orElseThrow(), now);
        }
        return paper(test, started, now, Map.of());
    }

    @Override
    @Transactional
    public AttemptPaper attempt(UUID attemptId) {
        AttemptRow attempt =
                store.attempt(attemptId).orElseThrow(() -> Rejected.notFound("onlineTest.error.attemptNotFound"));
        TestView test = testOrNotFound(attempt.testId()).view();
        if (!mayRead(attempt, test)) {
            throw new AccessDeniedException("not the learner's attempt");
        }
        Instant now = clock.instant();
        if (attempt.submittedAt() == null && timeUp(attempt, now)) {
            AttemptRow locked = store.lockForSubmission(attemptId).orElseThrow();
            if (locked.submittedAt() == null) {
                marking.finish(locked, now, "TIME_UP");
            }
            attempt = store.attempt(attemptId).orElseThrow();
        }
        return paper(test, attempt, now);
    }

    @Override
    @Transactional
    @PreAuthorize(LEARNER)
    public void answer(UUID attemptId, UUID questionId, Response response) {
        UUID learner = signedInLearner();
        TestStore.AnswerHold attempt = store.holdForAnswer(attemptId, questionId)
                .orElseThrow(() -> Rejected.notFound("onlineTest.error.attemptNotFound"));
        if (!attempt.learnerId().equals(learner)) {
            throw new AccessDeniedException("not the learner's attempt");
        }
        if (attempt.submittedAt() != null) {
            throw Rejected.conflict("onlineTest.error.submitted");
        }
        Instant now = clock.instant();
        if (timeUp(attempt.deadline(), now)) {
            throw Rejected.conflict("onlineTest.error.timeUp");
        }
        Paper.Entry entry = attempt.entry();
        if (entry == null) {
            throw Rejected.notFound("onlineTest.error.notOnPaper");
        }
        Question question = marking.question(entry.question(), entry.version());
        Response keyed;
        try {
            keyed = Paper.toKeys(entry, question, response);
            marking.marking().check(question.body(), keyed);
        } catch (InvalidAnswer invalid) {
            throw new Rejected(invalid.messageKey(), invalid.arguments());
        }
        store.saveAnswer(attemptId, questionId, keyed, now);
    }

    @Override
    @Transactional
    @PreAuthorize(LEARNER)
    public SubmitResult submit(UUID attemptId) {
        UUID learner = signedInLearner();
        AttemptRow attempt = store.lockForSubmission(attemptId)
                .orElseThrow(() -> Rejected.notFound("onlineTest.error.attemptNotFound"));
        if (!attempt.learnerId().equals(learner)) {
            throw new AccessDeniedException("not the learner's attempt");
        }
        if (attempt.submittedAt() != null) {
            return result(attempt);
        }
        Instant now = clock.instant();
        return marking.finish(attempt, now, timeUp(attempt, now) ? "TIME_UP" : "LEARNER");
    }

    private boolean timeUp(AttemptRow attempt, Instant now) {
        return timeUp(attempt.deadline(), now);
    }

    private boolean timeUp(Instant deadline, Instant now) {
        return now.isAfter(deadline.plus(grace));
    }

    private List<Paper.Entry> draw(TestView test) {
        Map<UUID, Integer> versions = new HashMap<>();
        List<Blueprint.Candidate> candidates = new ArrayList<>();
        for (Drawable drawable : store.drawable(test.bankId(), test.graded())) {
            candidates.add(drawable.candidate());
            versions.put(drawable.candidate().id(), drawable.version());
        }
        Random random = ThreadLocalRandom.current();
        List<Blueprint.Candidate> drawn;
        try {
            drawn = new ArrayList<>(new Blueprint(test.blueprint()).draw(candidates, random));
        } catch (IllegalStateException bankChanged) {
            throw Rejected.conflict("onlineTest.error.bankChanged");
        }
        if (test.shuffle()) {
            Collections.shuffle(drawn, random);
        }
        List<Paper.Entry> paper = new ArrayList<>();
        for (Blueprint.Candidate candidate : drawn) {
            int version = versions.get(candidate.id());
            Question question = marking.question(candidate.id(), version);
            BigDecimal points = test.points().getOrDefault(candidate.type(), BigDecimal.ONE);
            paper.add(Paper.draw(candidate.id(), version, question, points, test.shuffle(), random));
        }
        return paper;
    }

    private AttemptPaper paper(TestView test, AttemptRow attempt, Instant now) {
        return paper(test, attempt, now, store.answers(attempt.id()));
    }

    private AttemptPaper paper(TestView test, AttemptRow attempt, Instant now, Map<UUID, Response> stored) {
        List<AttemptPaper.PaperQuestion> questions = new ArrayList<>();
        Map<UUID, Response> answers = new HashMap<>();
        int number = 1;
        for (Paper.Entry entry : attempt.paper()) {
            Question question = marking.question(entry.question(), entry.version());
            questions.add(Paper.shown(entry, number++, question));
            Response response = stored.get(entry.question());
            if (response != null) {
                answers.put(entry.question(), Paper.toShown(entry, question, response));
            }
        }
        long left = attempt.submittedAt() != null
                ? 0
                : Math.max(0, Duration.between(now, attempt.deadline()).toSeconds());
        return new AttemptPaper(
                attempt.id(),
                test.id(),
                test.title(),
                attempt.deadline(),
                left,
                questions,
                answers,
                attempt.submittedAt() == null ? null : result(attempt));
    }

    private static SubmitResult result(AttemptRow attempt) {
        return new SubmitResult(
                java.util.Objects.requireNonNull(attempt.score()), attempt.maxScore(), attempt.awaitingMarking());
    }

    private boolean mayRead(AttemptRow attempt, TestView test) {
        if (CurrentUser.hasRole("LEARNER")) {
            return people.ownLearnerIds().contains(attempt.learnerId());
        }
        if (CurrentUser.hasRole("DIRECTOR")) {
            return true;
        }
        if (!CurrentUser.hasRole("TEACHER")) {
            return false;
        }
        SubjectView subject = banks.usable(banks.bankRow(test.bankId()));
        return academics.teaches(test.classId(), subject.code()) || academics.isHomeroomTeacher(test.classId());
    }

    private UUID signedInLearner() {
        java.util.Set<UUID> own = people.ownLearnerIds();
        if (own.size() != 1 || !CurrentUser.hasRole("LEARNER")) {
            throw new AccessDeniedException("not a learner's account");
        }
        return own.iterator().next();
    }

    private TestStore.TestRow testOrNotFound(UUID testId) {
        return store.test(testId).orElseThrow(() -> Rejected.notFound("onlineTest.error.testNotFound"));
    }

    private String label(QuestionType type) {
        return text("assessment.type." + type.name());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
