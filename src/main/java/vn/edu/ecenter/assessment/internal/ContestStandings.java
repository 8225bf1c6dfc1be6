package vn.edu.ecenter.assessment.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.edu.ecenter.assessment.Contests.Level;
import vn.edu.ecenter.assessment.Contests.RoundView;
import vn.edu.ecenter.assessment.Contests.Standing;
import vn.edu.ecenter.assessment.internal.ContestStore.EntryRow;
import vn.edu.ecenter.platform.audit.AuditRecord;
import vn.edu.ecenter.platform.audit.AuditTrail;
import vn.edu.ecenter.platform.clock.BusinessClock;

/**
 * Leaderboards — score (highest first), then time taken (shortest first), then who submitted first — and closing a
 * round ("Chốt vòng"): its open papers submitted and its top N (of each class, for a class round) entered in the next.
 */
@Component
class ContestStandings {

    /** Orders a leaderboard: score (highest first), time taken (shortest first), submitted (earliest first). */
    static final Comparator<Standing> RANKING = Comparator.comparing(
                    (Standing s) -> Objects.requireNonNull(s.score()), Comparator.reverseOrder())
            .thenComparingLong(Standing::seconds)
            .thenComparing(s -> Objects.requireNonNull(s.submittedAt()))
            .thenComparing(Standing::entryId);

    private final ContestStore store;
    private final ContestLookup lookup;
    private final ContestMarking papers;
    private final AuditTrail audit;
    private final BusinessClock clock;
    private final Duration grace;

    ContestStandings(
            ContestStore store,
            ContestLookup lookup,
            ContestMarking papers,
            AuditTrail audit,
            BusinessClock clock,
            @Value("${ecenter.assessment.answer-grace:10s}") Duration grace) {
        this.store = store;
        this.lookup = lookup;
        this.papers = papers;
        this.audit = audit;
        this.clock = clock;
        this.grace = grace;
    }

    /**
     * The centre whose round it is, as a leaderboard of a round between centres names it for the round's own
     * participants (nominees name their own centre).
     */
    record Host(UUID id, String name) {}

    List<Standing> leaderboard(UUID roundId, @Nullable UUID classId, Host host) {
        RoundView round = lookup.round(roundId);
        return ranked(
                store.entries(roundId).stream()
                        .filter(e -> classId == null
                                || classId.equals(e.participant().classId()))
                        .toList(),
                round.level() == Level.INTER_CENTRE ? host : null);
    }

    List<Standing> closeRound(UUID roundId) {
        return close(lookup.round(roundId));
    }

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
    void closeIfOver(RoundView round) {
        if (round.closedAt() == null && clock.instant().isAfter(round.closesAt().plus(grace))) {
            close(round);
        }
    }

    /** The round's top N; for a class round, the top N of each class. */
    List<Standing> top(RoundView round) {
        return topOf(round, null);
    }

    /** The round's top N, a round between centres naming each participant's centre. */
    List<Standing> top(RoundView round, Host host) {
        return topOf(round, round.level() == Level.INTER_CENTRE ? host : null);
    }

    private List<Standing> topOf(RoundView round, @Nullable Host host) {
        List<EntryRow> entries = store.entries(round.id());
        if (round.level() != Level.CLASS) {
            return ranked(entries, host).stream()
                    .filter(s -> s.rank() > 0 && s.rank() <= round.advance())
                    .toList();
        }
        Map<Optional<UUID>, List<EntryRow>> byClass = new LinkedHashMap<>();
        entries.forEach(
                e -> byClass.computeIfAbsent(Optional.ofNullable(e.participant().classId()), c -> new ArrayList<>())
                        .add(e));
        List<Standing> top = new ArrayList<>();
        byClass.values().forEach(group -> ranked(group, host).stream()
                .filter(s -> s.rank() > 0 && s.rank() <= round.advance())
                .forEach(top::add));
        return top;
    }

    /**
     * Submitted entries ranked 1, 2, 3 …; the others after them with rank 0, by name. With a host, every line names a
     * centre: the participant's own, or the host for the host's participants.
     */
    static List<Standing> ranked(List<EntryRow> entries, @Nullable Host host) {
        List<Standing> done = new ArrayList<>();
        List<Standing> waiting = new ArrayList<>();
        for (EntryRow e : entries) {
            Standing s = standing(0, e, host);
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
                    s.centreId(),
                    s.centreName(),
                    s.score(),
                    s.maxScore(),
                    s.seconds(),
                    s.submittedAt()));
        }
        board.addAll(waiting);
        return board;
    }

    static Standing standing(int rank, EntryRow e, @Nullable Host host) {
        UUID centreId = e.participant().centreId();
        String centreName = e.participant().centreName();
        if (centreId == null && host != null) {
            centreId = host.id();
            centreName = host.name();
        }
        long seconds = e.startedAt() == null || e.submittedAt() == null
                ? 0
                : Duration.between(e.startedAt(), e.submittedAt()).toSeconds();
        return new Standing(
                rank,
                e.id(),
                e.participant().name(),
                e.participant().classId(),
                e.participant().className(),
                centreId,
                centreName,
                e.score(),
                e.maxScore(),
                seconds,
                e.submittedAt());
    }
}
