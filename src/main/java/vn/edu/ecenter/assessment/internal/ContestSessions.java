package vn.edu.ecenter.assessment.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.edu.ecenter.assessment.AttemptPaper;
import vn.edu.ecenter.assessment.Contests.Level;
import vn.edu.ecenter.assessment.Contests.RoundPaper;
import vn.edu.ecenter.assessment.Contests.RoundView;
import vn.edu.ecenter.assessment.SubmitResult;
import vn.edu.ecenter.assessment.internal.ContestStore.ContestRow;
import vn.edu.ecenter.assessment.internal.ContestStore.EntryRow;
import vn.edu.ecenter.assessment.internal.ContestStore.Participant;
import vn.edu.ecenter.assessment.questions.Blueprint;
import vn.edu.ecenter.assessment.questions.InvalidAnswer;
import vn.edu.ecenter.assessment.questions.Question;
import vn.edu.ecenter.assessment.questions.Response;
import vn.edu.ecenter.platform.clock.BusinessClock;
import vn.edu.ecenter.platform.web.Rejected;

/**
 * Taking a round — in its own centre, or in the host's scope for a participant another centre nominated (a visitor) —:
 * entering it (the paper drawn once, from approved questions), one session at a time — each entry
 * gives a new session token and the one before can no longer write — answers saved one by one, and submission.
 */
@Component
class ContestSessions {

    private final ContestStore store;
    private final ContestLookup lookup;
    private final ContestStandings standings;
    private final ContestMarking papers;
    private final TestStore tests;
    private final AttemptMarking marking;
    private final BusinessClock clock;

    ContestSessions(
            ContestStore store,
            ContestLookup lookup,
            ContestStandings standings,
            ContestMarking papers,
            TestStore tests,
            AttemptMarking marking,
            BusinessClock clock) {
        this.store = store;
        this.lookup = lookup;
        this.standings = standings;
        this.papers = papers;
        this.tests = tests;
        this.marking = marking;
        this.clock = clock;
    }

    /**
     * Enters the round as the signed-in user of its centre or, in the host's scope, as a visitor: a participant an
     * invited centre nominated (resolved in their own centre before the scope switched).
     */
    RoundPaper enter(UUID roundId, @Nullable Participant visitor) {
        RoundView round = lookup.round(roundId);
        ContestRow contest = lookup.contest(round.contestId());
        Participant who = visitor != null
                ? visitor
                : lookup.participant(contest).orElseThrow(() -> Rejected.conflict("contest.error.notAudience"));
        if (round.number() > 1) {
            store.rounds(contest.id()).stream()
                    .filter(r -> r.number() == round.number() - 1)
                    .findFirst()
                    .ifPresent(standings::closeIfOver);
        }
        EntryRow entry = store.entryOf(roundId, who.kind(), who.id())
                .filter(e -> e.participant().same(who))
                .orElseThrow(() -> round.level() == Level.INTER_CENTRE
                        ? Rejected.forbidden("contest.error.notNominated")
                        : Rejected.conflict("contest.error.notEntered"));
        EntryRow locked = store.lock(entry.id()).orElseThrow();
        Instant now = clock.instant();
        if (locked.paper() == null) {
            if (now.isBefore(round.opensAt())) {
                throw Rejected.conflict("contest.error.notOpen", ContestTime.format(round.opensAt()));
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

    RoundPaper paper(UUID entryId, UUID session, @Nullable Participant visitor) {
        EntryRow entry = ownEntry(store.entry(entryId), visitor);
        RoundView round = lookup.round(entry.roundId());
        if (entry.submittedAt() == null) {
            requireSession(entry, session);
        }
        Instant now = clock.instant();
        return paper(lookup.contest(round.contestId()), papers.finishIfTimeUp(entry, now), session, now);
    }

    void answer(UUID entryId, UUID session, UUID questionId, Response response, @Nullable Participant visitor) {
        EntryRow entry = ownEntry(store.holdForAnswer(entryId), visitor);
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

    SubmitResult submit(UUID entryId, UUID session, @Nullable Participant visitor) {
        EntryRow entry = ownEntry(store.lock(entryId), visitor);
        if (entry.submittedAt() != null) {
            return result(entry);
        }
        requireSession(entry, session);
        return papers.submit(entry, clock.instant());
    }

    private List<Paper.Entry> draw(RoundView round) {
        Map<UUID, Integer> versions = new HashMap<>();
        List<Blueprint.Candidate> candidates = new ArrayList<>();
        for (TestStore.Drawable drawable : tests.drawable(round.bankId(), ContestRounds.APPROVED_ONLY)) {
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
        RoundView round = lookup.round(entry.roundId());
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

    /**
     * The entry when it is the participant's — the visitor's, or else the signed-in user's — and started; otherwise
     * not found or refused.
     */
    private EntryRow ownEntry(Optional<EntryRow> found, @Nullable Participant visitor) {
        EntryRow entry = found.orElseThrow(() -> Rejected.notFound("contest.error.entryNotFound"));
        RoundView round = lookup.round(entry.roundId());
        Participant who = visitor != null
                ? visitor
                : lookup.participant(lookup.contest(round.contestId()))
                        .orElseThrow(() -> new AccessDeniedException("not a participant"));
        if (!who.same(entry.participant())) {
            throw new AccessDeniedException("not the participant's entry");
        }
        if (entry.paper() == null) {
            throw Rejected.notFound("contest.error.entryNotFound");
        }
        return entry;
    }
}
