package vn.edu.ecenter.assessment.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.edu.ecenter.assessment.Contests.Audience;
import vn.edu.ecenter.assessment.Contests.Level;
import vn.edu.ecenter.assessment.Contests.RoundView;
import vn.edu.ecenter.assessment.Contests.Standing;
import vn.edu.ecenter.assessment.InterCentreRounds.Invitation;
import vn.edu.ecenter.assessment.InterCentreRounds.Nominee;
import vn.edu.ecenter.assessment.internal.ContestInvitationStore.InvitationRow;
import vn.edu.ecenter.assessment.internal.ContestStore.ContestRow;
import vn.edu.ecenter.assessment.internal.ContestStore.EntryRow;
import vn.edu.ecenter.assessment.internal.ContestStore.Participant;
import vn.edu.ecenter.people.LearnerSummary;
import vn.edu.ecenter.people.People;
import vn.edu.ecenter.people.StaffSummary;
import vn.edu.ecenter.platform.audit.AuditRecord;
import vn.edu.ecenter.platform.audit.AuditTrail;
import vn.edu.ecenter.platform.clock.BusinessClock;
import vn.edu.ecenter.platform.security.CurrentUser;
import vn.edu.ecenter.platform.web.Rejected;

/**
 * An invited centre's side of a round between centres: its invitations, and its director's nominations — checked in
 * the centre's own scope (who is a learner or teacher of it, who topped its own contest), then entered in the host's
 * round in the host's scope, all in one transaction.
 */
@Component
class ContestNominations {

    /** The most participants one centre nominates for a round. */
    static final int MOST_NOMINEES = 200;

    private final ContestInvitationStore invitations;
    private final ContestStore store;
    private final ContestLookup lookup;
    private final ContestStandings standings;
    private final HostScope hosts;
    private final People people;
    private final AuditTrail audit;
    private final BusinessClock clock;

    ContestNominations(
            ContestInvitationStore invitations,
            ContestStore store,
            ContestLookup lookup,
            ContestStandings standings,
            HostScope hosts,
            People people,
            AuditTrail audit,
            BusinessClock clock) {
        this.invitations = invitations;
        this.store = store;
        this.lookup = lookup;
        this.standings = standings;
        this.hosts = hosts;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    List<Invitation> invitations() {
        List<InvitationRow> rows = invitations.toThisCentre();
        if (CurrentUser.hasRole("DIRECTOR")) {
            Map<UUID, Integer> nominees = hosts.nomineeCounts();
            return rows.stream()
                    .map(row -> ContestInvitations.view(row, nominees.getOrDefault(row.roundId(), 0), null))
                    .toList();
        }
        Map<Audience, Map<UUID, UUID>> mine = new HashMap<>();
        List<Invitation> shown = new ArrayList<>();
        for (InvitationRow row : rows) {
            UUID entry = mine.computeIfAbsent(row.audience(), audience -> lookup.participant(audience)
                            .map(hosts::nominations)
                            .orElse(Map.of()))
                    .get(row.roundId());
            if (entry != null) {
                shown.add(ContestInvitations.view(row, 0, entry));
            }
        }
        return shown;
    }

    Invitation invitation(UUID roundId) {
        InvitationRow row = invitation(roundId, null);
        return ContestInvitations.view(row, hosts.nomineeCounts().getOrDefault(roundId, 0), null);
    }

    /** The centre's own nominees for the host's round. */
    List<Nominee> nominees(InvitationRow via) {
        return hosts.inHost(via, () -> store.entries(via.roundId()).stream()
                .filter(e -> via.guestCentreId().equals(e.participant().centreId()))
                .map(e -> ContestInvitations.nominee(e, via.hostCentreId(), via.hostCentreName()))
                .sorted(ContestInvitations::byCentreThenName)
                .toList());
    }

    int nominate(UUID roundId, Collection<UUID> personIds) {
        InvitationRow via = invitation(roundId, clock.instant());
        if (personIds.isEmpty()) {
            throw new Rejected("contest.error.noneChosen");
        }
        List<Participant> chosen = new ArrayList<>();
        for (UUID id : new LinkedHashSet<>(personIds)) {
            chosen.add(via.audience() == Audience.LEARNERS ? learner(id) : teacher(id));
        }
        return enter(via, chosen);
    }

    int nominateQualifiers(UUID roundId, UUID ownContestId) {
        InvitationRow via = invitation(roundId, clock.instant());
        ContestRow contest = lookup.contest(ownContestId);
        if (contest.audience() != via.audience()) {
            throw new Rejected("contest.error.qualifiersAudience", contest.name());
        }
        RoundView last = store.rounds(contest.id()).stream()
                .filter(r -> r.level() != Level.INTER_CENTRE)
                .reduce((before, after) -> after)
                .orElseThrow(() -> Rejected.conflict("contest.error.qualifiersNoRound", contest.name()));
        standings.closeIfOver(last);
        RoundView closed = lookup.round(last.id());
        if (closed.closedAt() == null) {
            throw Rejected.conflict(
                    "contest.error.qualifiersNotOver", last.name(), ContestTime.format(last.closesAt()));
        }
        Map<UUID, EntryRow> entries = new HashMap<>();
        store.entries(last.id()).forEach(e -> entries.put(e.id(), e));
        List<Participant> top = new ArrayList<>();
        for (Standing standing : standings.top(closed)) {
            top.add(entries.get(standing.entryId()).participant());
        }
        if (top.isEmpty()) {
            throw Rejected.conflict("contest.error.qualifiersNone", last.name());
        }
        return enter(via, top);
    }

    void withdraw(UUID roundId, UUID entryId) {
        Instant now = clock.instant();
        InvitationRow via = invitation(roundId, now);
        AuditRecord withdrawn = hosts.inHost(via, () -> {
            RoundView round = store.lockRound(roundId).orElseThrow();
            if (!now.isBefore(round.opensAt())) {
                throw Rejected.conflict("contest.error.nominateAfterOpen", ContestTime.format(round.opensAt()));
            }
            EntryRow entry = store.entry(entryId)
                    .filter(e -> e.roundId().equals(roundId))
                    .filter(e -> via.guestCentreId().equals(e.participant().centreId()))
                    .orElseThrow(() -> Rejected.notFound("contest.error.nomineeNotFound"));
            if (!store.deleteUnstartedEntry(entryId)) {
                throw Rejected.conflict(
                        "contest.error.nomineeStarted", entry.participant().name());
            }
            AuditRecord record = AuditRecord.of("contestRound.nominationWithdrawn", "contest_round", roundId.toString())
                    .values(
                            Map.of(
                                    "participant",
                                    entry.participant().id().toString(),
                                    "centre",
                                    via.guestCentreId().toString()),
                            null);
            audit.record(record);
            return record;
        });
        audit.record(withdrawn);
    }

    /**
     * Enters the participants, as coming from the centre, in the host's round — which must not have opened (checked
     * under the round's lock, against the host's own row). Those in it already are not added twice.
     */
    private int enter(InvitationRow via, List<Participant> participants) {
        Instant now = clock.instant();
        int added = hosts.inHost(via, () -> {
            RoundView round =
                    store.lockRound(via.roundId()).orElseThrow(() -> Rejected.notFound("contest.error.roundNotFound"));
            if (!now.isBefore(round.opensAt())) {
                throw Rejected.conflict("contest.error.nominateAfterOpen", ContestTime.format(round.opensAt()));
            }
            int count = 0;
            for (Participant who : participants) {
                count += store.insertEntry(round.id(), who.from(via.guestCentreId(), via.guestCentreName()), now)
                        ? 1
                        : 0;
            }
            long fromCentre = store.entries(round.id()).stream()
                    .filter(e -> via.guestCentreId().equals(e.participant().centreId()))
                    .count();
            if (fromCentre > MOST_NOMINEES) {
                throw new Rejected("contest.error.tooManyNominees", MOST_NOMINEES);
            }
            audit.record(AuditRecord.of(
                            "contestRound.nominated",
                            "contest_round",
                            round.id().toString())
                    .values(null, Map.of("centre", via.guestCentreId().toString(), "added", count)));
            return count;
        });
        audit.record(AuditRecord.of(
                        "contestRound.nominated", "contest_round", via.roundId().toString())
                .values(null, Map.of("host", via.hostCentreId().toString(), "added", added)));
        return added;
    }

    /**
     * The centre's invitation to the round (not found without one); with {@code now}, refused once the round has
     * opened.
     */
    InvitationRow invitation(UUID roundId, @Nullable Instant now) {
        InvitationRow via = invitations
                .toThisCentre(roundId)
                .orElseThrow(() -> Rejected.notFound("contest.error.invitationNotFound"));
        if (now != null && !now.isBefore(via.opensAt())) {
            throw Rejected.conflict("contest.error.nominateAfterOpen", ContestTime.format(via.opensAt()));
        }
        return via;
    }

    /** A learner of the centre, with the class they are in now; refused, naming why, for anyone else. */
    private Participant learner(UUID id) {
        Optional<LearnerSummary> learner = people.learners(List.of(id)).stream().findFirst();
        if (learner.isEmpty()) {
            String staff = people.staffMember(id).map(s -> s.name().fullName()).orElse(null);
            throw staff != null
                    ? new Rejected("contest.error.nomineeNotLearner", staff)
                    : Rejected.notFound("contest.error.nomineeNotOfCentre");
        }
        Optional<Map.Entry<UUID, String>> in = store.currentClass(id);
        return new Participant(
                "LEARNER",
                id,
                learner.get().name().fullName(),
                in.map(Map.Entry::getKey).orElse(null),
                in.map(Map.Entry::getValue).orElse(null));
    }

    /** A teacher (staff member) of the centre; refused, naming why, for anyone else. */
    private Participant teacher(UUID id) {
        Optional<StaffSummary> staff = people.staffMember(id);
        if (staff.isEmpty()) {
            String learner = people.learners(List.of(id)).stream()
                    .findFirst()
                    .map(l -> l.name().fullName())
                    .orElse(null);
            throw learner != null
                    ? new Rejected("contest.error.nomineeNotTeacher", learner)
                    : Rejected.notFound("contest.error.nomineeNotOfCentre");
        }
        return new Participant("STAFF", id, staff.get().name().fullName(), null, null);
    }
}
