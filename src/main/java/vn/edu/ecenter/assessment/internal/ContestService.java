package vn.edu.ecenter.assessment.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
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
import vn.edu.ecenter.academics.ClassMember;
import vn.edu.ecenter.academics.ClassView;
import vn.edu.ecenter.assessment.AttemptPaper;
import vn.edu.ecenter.assessment.Contests;
import vn.edu.ecenter.assessment.SubmitResult;
import vn.edu.ecenter.assessment.internal.ContestStore.ContestRow;
import vn.edu.ecenter.assessment.internal.ContestStore.EntryRow;
import vn.edu.ecenter.assessment.internal.ContestStore.Participant;
import vn.edu.ecenter.assessment.questions.Blueprint;
import vn.edu.ecenter.assessment.questions.InvalidAnswer;
import vn.edu.ecenter.assessment.questions.Question;
import vn.edu.ecenter.assessment.questions.Response;
import vn.edu.ecenter.centres.CentreView;
import vn.edu.ecenter.centres.Centres;
import vn.edu.ecenter.people.LearnerSummary;
import vn.edu.ecenter.people.People;
import vn.edu.ecenter.people.StaffSummary;
import vn.edu.ecenter.platform.audit.AuditRecord;
import vn.edu.ecenter.platform.audit.AuditTrail;
import vn.edu.ecenter.platform.clock.BusinessClock;
import vn.edu.ecenter.platform.documents.ExcelExport;
import vn.edu.ecenter.platform.documents.PdfRenderer;
import vn.edu.ecenter.platform.security.CurrentUser;
import vn.edu.ecenter.platform.web.Rejected;
import vn.edu.ecenter.shared.VietnameseText;

/** Contests, their rounds and the participants' papers (see {@link Contests}). */
@Service
@Transactional(readOnly = true)
class ContestService implements Contests {

    static final String DIRECTOR = "hasRole('DIRECTOR')";
    static final String MEMBERS = "hasAnyRole('DIRECTOR', 'TEACHER', 'LEARNER')";
    static final String PARTICIPANTS = "hasAnyRole('TEACHER', 'LEARNER')";

    private static final int LONGEST_NAME = 200;
    private static final int LONGEST_DESCRIPTION = 4000;
    private static final int MOST_ROUNDS = 10;
    private static final int MOST_ROWS = 20;
    private static final BigDecimal MOST_POINTS = BigDecimal.TEN;

    /** A round is a contest's graded paper: like a graded test, it draws only questions that passed review. */
    private static final boolean APPROVED_ONLY = true;

    /** Orders a leaderboard: score (highest first), time taken (shortest first), submitted (earliest first). */
    static final Comparator<Standing> RANKING = Comparator.comparing(
                    (Standing s) -> Objects.requireNonNull(s.score()), Comparator.reverseOrder())
            .thenComparingLong(Standing::seconds)
            .thenComparing(s -> Objects.requireNonNull(s.submittedAt()))
            .thenComparing(Standing::entryId);

    private final ContestStore store;
    private final TestStore tests;
    private final QuestionBankService banks;
    private final AttemptMarking marking;
    private final ContestMarking papers;
    private final Academics academics;
    private final People people;
    private final Centres centres;
    private final PdfRenderer pdf;
    private final MessageSource messages;
    private final AuditTrail audit;
    private final BusinessClock clock;
    private final Duration grace;

    ContestService(
            ContestStore store,
            TestStore tests,
            QuestionBankService banks,
            AttemptMarking marking,
            ContestMarking papers,
            Academics academics,
            People people,
            Centres centres,
            PdfRenderer pdf,
            MessageSource messages,
            AuditTrail audit,
            BusinessClock clock,
            @Value("${ecenter.assessment.answer-grace:10s}") Duration grace) {
        this.store = store;
        this.tests = tests;
        this.banks = banks;
        this.marking = marking;
        this.papers = papers;
        this.academics = academics;
        this.people = people;
        this.centres = centres;
        this.pdf = pdf;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
        this.grace = grace;
    }

    // ---- Contests and rounds.

    @Override
    @Transactional
    @PreAuthorize(DIRECTOR)
    public ContestView createContest(NewContest contest) {
        String name = VietnameseText.clean(contest.name());
        if (name == null || name.isEmpty()) {
            throw new Rejected("contest.error.nameEmpty");
        }
        if (name.length() > LONGEST_NAME) {
            throw new Rejected("contest.error.nameTooLong", LONGEST_NAME);
        }
        String description = Objects.requireNonNullElse(VietnameseText.clean(contest.description()), "");
        if (description.length() > LONGEST_DESCRIPTION) {
            throw new Rejected("contest.error.descriptionTooLong", LONGEST_DESCRIPTION);
        }
        UUID id = UUID.randomUUID();
        store.insertContest(id, name, description, contest.audience(), clock.instant(), CurrentUser.actor());
        audit.record(AuditRecord.of("contestRound.contestCreated", "contest", id.toString())
                .values(
                        null,
                        Map.of("name", name, "audience", contest.audience().name())));
        return contest(id);
    }

    @Override
    @Transactional
    @PreAuthorize(DIRECTOR)
    public RoundView addRound(UUID contestId, NewRound round) {
        contestOrNotFound(contestId);
        String name = VietnameseText.clean(round.name());
        if (name == null || name.isEmpty()) {
            throw new Rejected("contest.error.nameEmpty");
        }
        if (name.length() > LONGEST_NAME) {
            throw new Rejected("contest.error.nameTooLong", LONGEST_NAME);
        }
        if (round.durationMinutes() < 1 || round.durationMinutes() > 600) {
            throw new Rejected("onlineTest.error.duration", round.durationMinutes());
        }
        if (!round.closesAt().isAfter(round.opensAt())) {
            throw new Rejected("onlineTest.error.window");
        }
        if (round.advance() < 1 || round.advance() > 1000) {
            throw new Rejected("contest.error.advance", round.advance());
        }
        round.points().forEach((type, points) -> {
            if (points.signum() <= 0
                    || points.compareTo(MOST_POINTS) > 0
                    || points.stripTrailingZeros().scale() > 2) {
                throw new Rejected(
                        "onlineTest.error.points", text("assessment.type." + type.name()), points.toPlainString());
            }
        });
        if (round.blueprint().isEmpty()) {
            throw new Rejected("onlineTest.error.blueprintEmpty");
        }
        if (round.blueprint().size() > MOST_ROWS) {
            throw new Rejected("contest.error.tooManyRows", MOST_ROWS);
        }
        banks.usable(banks.bankRow(round.bankId()));
        Blueprint.Shortage shortage = new Blueprint(round.blueprint())
                .shortage(tests.drawable(round.bankId(), APPROVED_ONLY).stream()
                        .map(TestStore.Drawable::candidate)
                        .toList());
        if (shortage != null) {
            throw new Rejected(
                    "contest.error.shortageApproved",
                    shortage.row() + 1,
                    shortage.wanted().count(),
                    BlueprintText.describe(shortage.wanted(), messages, LocaleContextHolder.getLocale()),
                    shortage.available());
        }
        store.lockContest(contestId);
        List<RoundView> rounds = store.rounds(contestId);
        if (rounds.size() >= MOST_ROUNDS) {
            throw Rejected.conflict("contest.error.tooManyRounds", MOST_ROUNDS);
        }
        if (!rounds.isEmpty() && round.opensAt().isBefore(rounds.getLast().closesAt())) {
            throw new Rejected("contest.error.beforePrevious");
        }
        UUID id = UUID.randomUUID();
        store.insertRound(id, contestId, rounds.size() + 1, name, round);
        audit.record(AuditRecord.of("contestRound.added", "contest", contestId.toString())
                .values(
                        null,
                        Map.of(
                                "round",
                                id.toString(),
                                "name",
                                name,
                                "level",
                                round.level().name())));
        return store.round(id).orElseThrow();
    }

    @Override
    @PreAuthorize(MEMBERS)
    public List<ContestView> contests() {
        return store.contests().stream()
                .map(c -> new ContestView(c.id(), c.name(), c.description(), c.audience(), List.of(), Map.of()))
                .toList();
    }

    @Override
    @PreAuthorize(MEMBERS)
    public ContestView contest(UUID contestId) {
        ContestRow contest = contestOrNotFound(contestId);
        Map<UUID, UUID> mine = signedInParticipant(contest)
                .map(p -> store.entriesOf(contestId, p.kind(), p.id()))
                .orElse(Map.of());
        return new ContestView(
                contest.id(), contest.name(), contest.description(), contest.audience(), store.rounds(contestId), mine);
    }

    // ---- Registration.

    @Override
    @Transactional
    @PreAuthorize(PARTICIPANTS)
    public void register(UUID contestId) {
        ContestRow contest = contestOrNotFound(contestId);
        Participant who =
                signedInParticipant(contest).orElseThrow(() -> Rejected.conflict("contest.error.notAudience"));
        RoundView first = firstRoundOpenForRegistration(contestId);
        if (store.insertEntry(first.id(), who, clock.instant())) {
            audit.record(AuditRecord.of("contestRound.registered", "contest", contestId.toString())
                    .values(null, Map.of("participant", who.id().toString())));
        }
    }

    @Override
    @Transactional
    @PreAuthorize(DIRECTOR)
    public int registerClass(UUID contestId, UUID classId) {
        ContestRow contest = contestOrNotFound(contestId);
        if (contest.audience() != Audience.LEARNERS) {
            throw Rejected.conflict("contest.error.notAudience");
        }
        ClassView schoolClass =
                academics.schoolClass(classId).orElseThrow(() -> Rejected.notFound("onlineTest.error.classNotFound"));
        RoundView first = firstRoundOpenForRegistration(contestId);
        Instant now = clock.instant();
        int added = 0;
        for (ClassMember member : academics.classList(classId)) {
            Participant who = new Participant(
                    "LEARNER", member.learnerId(), member.name().fullName(), classId, schoolClass.name());
            added += store.insertEntry(first.id(), who, now) ? 1 : 0;
        }
        audit.record(AuditRecord.of("contestRound.classRegistered", "contest", contestId.toString())
                .values(null, Map.of("class", classId.toString(), "added", added)));
        return added;
    }

    private RoundView firstRoundOpenForRegistration(UUID contestId) {
        List<RoundView> rounds = store.rounds(contestId);
        if (rounds.isEmpty()) {
            throw Rejected.conflict("contest.error.noRounds");
        }
        RoundView first = rounds.getFirst();
        if (!clock.instant().isBefore(first.closesAt())) {
            throw Rejected.conflict("contest.error.registrationClosed");
        }
        return first;
    }

    // ---- Taking a round.

    @Override
    @Transactional
    @PreAuthorize(PARTICIPANTS)
    public RoundPaper enter(UUID roundId) {
        RoundView round = roundOrNotFound(roundId);
        ContestRow contest = contestOrNotFound(round.contestId());
        if (round.level() == Level.INTER_CENTRE) {
            throw Rejected.conflict("contest.error.interCentre");
        }
        Participant who =
                signedInParticipant(contest).orElseThrow(() -> Rejected.conflict("contest.error.notAudience"));
        if (round.number() > 1) {
            store.rounds(contest.id()).stream()
                    .filter(r -> r.number() == round.number() - 1)
                    .findFirst()
                    .ifPresent(this::closeIfOver);
        }
        EntryRow entry = store.entryOf(roundId, who.kind(), who.id())
                .orElseThrow(() -> Rejected.conflict("contest.error.notEntered"));
        EntryRow locked = store.lock(entry.id()).orElseThrow();
        Instant now = clock.instant();
        if (locked.paper() == null) {
            if (now.isBefore(round.opensAt())) {
                throw Rejected.conflict("contest.error.notOpen", MyTime.format(round.opensAt()));
            }
            if (!now.isBefore(round.closesAt()) || round.closedAt() != null) {
                throw Rejected.conflict("contest.error.closed");
            }
            List<Paper.Entry> paper = draw(round);
            Instant byDuration = now.plus(Duration.ofMinutes(round.durationMinutes()));
            Instant deadline = byDuration.isBefore(round.closesAt()) ? byDuration : round.closesAt();
            BigDecimal max = paper.stream().map(Paper.Entry::points).reduce(BigDecimal.ZERO, BigDecimal::add);
            store.start(entry.id(), paper, now, deadline, max);
        }
        UUID session = UUID.randomUUID();
        store.newSession(entry.id(), session);
        EntryRow started = papers.finishIfTimeUp(store.entry(entry.id()).orElseThrow(), now);
        return paper(contest, started, session, now);
    }

    @Override
    @Transactional
    @PreAuthorize(PARTICIPANTS)
    public RoundPaper paper(UUID entryId, UUID session) {
        EntryRow entry = ownEntry(store.entry(entryId));
        RoundView round = roundOrNotFound(entry.roundId());
        if (entry.submittedAt() == null) {
            requireSession(entry, session);
        }
        Instant now = clock.instant();
        return paper(contestOrNotFound(round.contestId()), papers.finishIfTimeUp(entry, now), session, now);
    }

    @Override
    @Transactional
    @PreAuthorize(PARTICIPANTS)
    public void answer(UUID entryId, UUID session, UUID questionId, Response response) {
        EntryRow entry = ownEntry(store.holdForAnswer(entryId));
        if (entry.submittedAt() != null) {
            throw Rejected.conflict("onlineTest.error.submitted");
        }
        requireSession(entry, session);
        Instant now = clock.instant();
        if (papers.timeUp(entry, now)) {
            throw Rejected.conflict("onlineTest.error.timeUp");
        }
        Paper.Entry onPaper = Objects.requireNonNull(entry.paper()).stream()
                .filter(e -> e.question().equals(questionId))
                .findFirst()
                .orElseThrow(() -> Rejected.notFound("onlineTest.error.notOnPaper"));
        Question question = marking.question(onPaper.question(), onPaper.version());
        try {
            Response keyed = Paper.toKeys(onPaper, question, response);
            marking.marking().check(question.body(), keyed);
            store.saveAnswer(entryId, questionId, keyed, now);
        } catch (InvalidAnswer invalid) {
            throw new Rejected(invalid.messageKey(), invalid.arguments());
        }
    }

    @Override
    @Transactional
    @PreAuthorize(PARTICIPANTS)
    public SubmitResult submit(UUID entryId, UUID session) {
        EntryRow entry = ownEntry(store.lock(entryId));
        if (entry.submittedAt() != null) {
            return result(entry);
        }
        requireSession(entry, session);
        return papers.submit(entry, clock.instant());
    }

    // ---- Leaderboards, closing, certificates, the Department's list.

    @Override
    @PreAuthorize(MEMBERS)
    public List<Standing> leaderboard(UUID roundId, @Nullable UUID classId) {
        roundOrNotFound(roundId);
        return ranked(store.entries(roundId).stream()
                .filter(e -> classId == null || classId.equals(e.participant().classId()))
                .toList());
    }

    @Override
    @Transactional
    @PreAuthorize(DIRECTOR)
    public List<Standing> closeRound(UUID roundId) {
        RoundView round = roundOrNotFound(roundId);
        return close(round);
    }

    @Override
    @PreAuthorize(DIRECTOR)
    public byte[] certificates(UUID roundId, Locale locale) {
        RoundView round = roundOrNotFound(roundId);
        ContestRow contest = contestOrNotFound(round.contestId());
        List<Map<String, Object>> pages = new ArrayList<>();
        for (Standing standing : top(round)) {
            Map<String, Object> page = new HashMap<>();
            page.put("name", standing.name());
            page.put("className", standing.className());
            page.put("rank", standing.rank());
            page.put("prize", prize(standing.rank(), locale));
            pages.add(page);
        }
        if (pages.isEmpty()) {
            throw Rejected.conflict("contest.error.noneRanked");
        }
        Map<String, Object> model = new HashMap<>();
        model.put("title", messages.getMessage("contest.certificate.title", null, locale));
        model.put("centreName", centreName());
        model.put("contest", contest.name());
        model.put("round", round.name());
        model.put("date", MyTime.date(clock.instant()));
        model.put("pages", pages);
        model.put("landscape", true);
        return pdf.render("assessment/contest-certificates", model, locale);
    }

    @Override
    @PreAuthorize(DIRECTOR)
    public byte[] qualifiedWorkbook(UUID roundId, Locale locale) {
        RoundView round = roundOrNotFound(roundId);
        ContestRow contest = contestOrNotFound(round.contestId());
        ExcelExport sheet = ExcelExport.titled(
                contest.name() + " – " + round.name(),
                List.of(
                        ExcelExport.Column.whole(messages.getMessage("contest.column.number", null, locale)),
                        ExcelExport.Column.text(messages.getMessage("contest.column.name", null, locale)),
                        ExcelExport.Column.text(messages.getMessage("contest.column.class", null, locale)),
                        ExcelExport.Column.text(messages.getMessage("contest.column.centre", null, locale))));
        int number = 1;
        String centre = centreName();
        for (EntryRow entry : store.entries(roundId)) {
            sheet.row(number++, entry.participant().name(), entry.participant().className(), centre);
        }
        return sheet.toBytes();
    }

    // ---- Inside.

    private List<Standing> close(RoundView round) {
        RoundView locked = store.lockRound(round.id()).orElseThrow();
        Instant now = clock.instant();
        for (EntryRow entry : store.entries(locked.id())) {
            if (entry.paper() != null && entry.submittedAt() == null) {
                EntryRow open = store.lock(entry.id()).orElseThrow();
                if (open.submittedAt() == null) {
                    papers.finishLate(open, now);
                }
            }
        }
        List<Standing> advancing = top(locked);
        if (locked.closedAt() != null) {
            return advancing;
        }
        store.closeRound(locked.id(), now);
        Optional<RoundView> next = store.rounds(locked.contestId()).stream()
                .filter(r -> r.number() == locked.number() + 1)
                .findFirst();
        if (next.isPresent()) {
            Map<UUID, EntryRow> byId = new HashMap<>();
            store.entries(locked.id()).forEach(e -> byId.put(e.id(), e));
            for (Standing standing : advancing) {
                store.insertEntry(next.get().id(), byId.get(standing.entryId()).participant(), now);
            }
        }
        audit.record(AuditRecord.of(
                        "contestRound.closed", "contest", locked.contestId().toString())
                .values(null, Map.of("round", locked.id().toString(), "advancing", advancing.size())));
        return advancing;
    }

    /** Closes a round whose time is over and that nobody closed, the first time its next round is entered. */
    private void closeIfOver(RoundView round) {
        if (round.closedAt() == null && clock.instant().isAfter(round.closesAt().plus(grace))) {
            close(round);
        }
    }

    /** The round's top N; for a class round, the top N of each class. */
    private List<Standing> top(RoundView round) {
        List<EntryRow> entries = store.entries(round.id());
        if (round.level() != Level.CLASS) {
            return ranked(entries).stream()
                    .filter(s -> s.rank() > 0 && s.rank() <= round.advance())
                    .toList();
        }
        Map<Optional<UUID>, List<EntryRow>> byClass = new LinkedHashMap<>();
        entries.forEach(
                e -> byClass.computeIfAbsent(Optional.ofNullable(e.participant().classId()), c -> new ArrayList<>())
                        .add(e));
        List<Standing> top = new ArrayList<>();
        byClass.values().forEach(group -> ranked(group).stream()
                .filter(s -> s.rank() > 0 && s.rank() <= round.advance())
                .forEach(top::add));
        return top;
    }

    /** Submitted entries ranked 1, 2, 3 …; the others after them with rank 0, by name. */
    static List<Standing> ranked(List<EntryRow> entries) {
        List<Standing> done = new ArrayList<>();
        List<Standing> waiting = new ArrayList<>();
        for (EntryRow e : entries) {
            Standing s = standing(0, e);
            (e.submittedAt() == null ? waiting : done).add(s);
        }
        done.sort(RANKING);
        List<Standing> board = new ArrayList<>();
        for (int i = 0; i < done.size(); i++) {
            Standing s = done.get(i);
            board.add(new Standing(
                    i + 1,
                    s.entryId(),
                    s.name(),
                    s.classId(),
                    s.className(),
                    s.score(),
                    s.maxScore(),
                    s.seconds(),
                    s.submittedAt()));
        }
        board.addAll(waiting);
        return board;
    }

    private static Standing standing(int rank, EntryRow e) {
        long seconds = e.startedAt() == null || e.submittedAt() == null
                ? 0
                : Duration.between(e.startedAt(), e.submittedAt()).toSeconds();
        return new Standing(
                rank,
                e.id(),
                e.participant().name(),
                e.participant().classId(),
                e.participant().className(),
                e.score(),
                e.maxScore(),
                seconds,
                e.submittedAt());
    }

    private List<Paper.Entry> draw(RoundView round) {
        Map<UUID, Integer> versions = new HashMap<>();
        List<Blueprint.Candidate> candidates = new ArrayList<>();
        for (TestStore.Drawable drawable : tests.drawable(round.bankId(), APPROVED_ONLY)) {
            candidates.add(drawable.candidate());
            versions.put(drawable.candidate().id(), drawable.version());
        }
        Random random = ThreadLocalRandom.current();
        List<Blueprint.Candidate> drawn;
        try {
            drawn = new ArrayList<>(new Blueprint(round.blueprint()).draw(candidates, random));
        } catch (IllegalStateException bankChanged) {
            throw Rejected.conflict("onlineTest.error.bankChanged");
        }
        Collections.shuffle(drawn, random);
        List<Paper.Entry> paper = new ArrayList<>();
        for (Blueprint.Candidate candidate : drawn) {
            int version = versions.get(candidate.id());
            Question question = marking.question(candidate.id(), version);
            BigDecimal points = round.points().getOrDefault(candidate.type(), BigDecimal.ONE);
            paper.add(Paper.draw(candidate.id(), version, question, points, true, random));
        }
        return paper;
    }

    private RoundPaper paper(ContestRow contest, EntryRow entry, UUID session, Instant now) {
        Map<UUID, Response> stored = store.answers(entry.id());
        List<AttemptPaper.PaperQuestion> questions = new ArrayList<>();
        Map<UUID, Response> answers = new HashMap<>();
        int number = 1;
        for (Paper.Entry onPaper : Objects.requireNonNull(entry.paper())) {
            Question question = marking.question(onPaper.question(), onPaper.version());
            questions.add(Paper.shown(onPaper, number++, question));
            Response response = stored.get(onPaper.question());
            if (response != null) {
                answers.put(onPaper.question(), Paper.toShown(onPaper, question, response));
            }
        }
        Instant deadline = Objects.requireNonNull(entry.deadline());
        long left = entry.submittedAt() != null
                ? 0
                : Math.max(0, Duration.between(now, deadline).toSeconds());
        RoundView round = roundOrNotFound(entry.roundId());
        return new RoundPaper(
                session,
                round.id(),
                contest.name(),
                new AttemptPaper(
                        entry.id(),
                        round.id(),
                        round.name(),
                        deadline,
                        left,
                        questions,
                        answers,
                        entry.submittedAt() == null ? null : result(entry)));
    }

    private static SubmitResult result(EntryRow entry) {
        return new SubmitResult(Objects.requireNonNull(entry.score()), Objects.requireNonNull(entry.maxScore()), false);
    }

    private void requireSession(EntryRow entry, UUID session) {
        if (!session.equals(entry.session())) {
            throw Rejected.conflict("contest.error.otherDevice");
        }
    }

    /** The entry when it is the signed-in participant's and started; otherwise not found or refused. */
    private EntryRow ownEntry(Optional<EntryRow> found) {
        EntryRow entry = found.orElseThrow(() -> Rejected.notFound("contest.error.entryNotFound"));
        RoundView round = roundOrNotFound(entry.roundId());
        Participant who = signedInParticipant(contestOrNotFound(round.contestId()))
                .orElseThrow(() -> new AccessDeniedException("not a participant"));
        if (!who.kind().equals(entry.participant().kind())
                || !who.id().equals(entry.participant().id())) {
            throw new AccessDeniedException("not the participant's entry");
        }
        if (entry.paper() == null) {
            throw Rejected.notFound("contest.error.entryNotFound");
        }
        return entry;
    }

    /** The signed-in user as a participant of the contest's audience, when they are one. */
    private Optional<Participant> signedInParticipant(ContestRow contest) {
        if (contest.audience() == Audience.LEARNERS && CurrentUser.hasRole("LEARNER")) {
            List<LearnerSummary> own = people.ownLearners();
            if (own.size() != 1) {
                return Optional.empty();
            }
            LearnerSummary learner = own.getFirst();
            Optional<Map.Entry<UUID, String>> in = store.currentClass(learner.id());
            return Optional.of(new Participant(
                    "LEARNER",
                    learner.id(),
                    learner.name().fullName(),
                    in.map(Map.Entry::getKey).orElse(null),
                    in.map(Map.Entry::getValue).orElse(null)));
        }
        if (contest.audience() == Audience.TEACHERS && CurrentUser.hasRole("TEACHER")) {
            return people.currentStaff()
                    .map((StaffSummary s) ->
                            new Participant("STAFF", s.id(), s.name().fullName(), null, null));
        }
        return Optional.empty();
    }

    private String prize(int rank, Locale locale) {
        String key = rank <= 3 ? "contest.prize." + rank : "contest.prize.other";
        return messages.getMessage(key, new Object[] {rank}, locale);
    }

    private ContestRow contestOrNotFound(UUID contestId) {
        return store.contest(contestId).orElseThrow(() -> Rejected.notFound("contest.error.contestNotFound"));
    }

    private RoundView roundOrNotFound(UUID roundId) {
        return store.round(roundId).orElseThrow(() -> Rejected.notFound("contest.error.roundNotFound"));
    }

    private String centreName() {
        return CurrentUser.centre()
                .flatMap(centres::centre)
                .map(CentreView::name)
                .orElse("");
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }

    /** Times and dates as the centre reads them (Việt Nam's time). */
    static final class MyTime {
        private static final java.time.format.DateTimeFormatter WHEN =
                java.time.format.DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(BusinessClock.ZONE);
        private static final java.time.format.DateTimeFormatter DAY =
                java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(BusinessClock.ZONE);

        private MyTime() {}

        static String format(Instant at) {
            return WHEN.format(at);
        }

        static String date(Instant at) {
            return DAY.format(at);
        }
    }
}
