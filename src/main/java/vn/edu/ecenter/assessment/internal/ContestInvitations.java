package vn.edu.ecenter.assessment.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.edu.ecenter.assessment.Contests.Level;
import vn.edu.ecenter.assessment.Contests.RoundView;
import vn.edu.ecenter.assessment.InterCentreRounds.Hosted;
import vn.edu.ecenter.assessment.InterCentreRounds.Invitation;
import vn.edu.ecenter.assessment.InterCentreRounds.Nominee;
import vn.edu.ecenter.assessment.internal.ContestInvitationStore.InvitationRow;
import vn.edu.ecenter.assessment.internal.ContestStore.ContestRow;
import vn.edu.ecenter.assessment.internal.ContestStore.EntryRow;
import vn.edu.ecenter.centres.CentreView;
import vn.edu.ecenter.centres.Centres;
import vn.edu.ecenter.platform.audit.AuditRecord;
import vn.edu.ecenter.platform.audit.AuditTrail;
import vn.edu.ecenter.platform.clock.BusinessClock;
import vn.edu.ecenter.platform.security.CurrentUser;
import vn.edu.ecenter.platform.web.Rejected;

/** The host's side of a round between centres: inviting centres of the deployment, and seeing every participant. */
@Component
class ContestInvitations {

    private final ContestInvitationStore invitations;
    private final ContestStore store;
    private final ContestLookup lookup;
    private final Centres centres;
    private final AuditTrail audit;
    private final BusinessClock clock;

    ContestInvitations(
            ContestInvitationStore invitations,
            ContestStore store,
            ContestLookup lookup,
            Centres centres,
            AuditTrail audit,
            BusinessClock clock) {
        this.invitations = invitations;
        this.store = store;
        this.lookup = lookup;
        this.centres = centres;
        this.audit = audit;
        this.clock = clock;
    }

    Invitation invite(UUID roundId, UUID centreId) {
        RoundView round = lookup.round(roundId);
        if (round.level() != Level.INTER_CENTRE) {
            throw Rejected.conflict("contest.error.notInterCentre");
        }
        UUID own = HostScope.ownCentre();
        if (own.equals(centreId)) {
            throw new Rejected("contest.error.inviteOwnCentre");
        }
        CentreView guest = centres.otherCentres().stream()
                .filter(c -> c.id().equals(centreId))
                .findFirst()
                .orElseThrow(() -> Rejected.notFound("contest.error.centreNotFound"));
        Instant now = clock.instant();
        if (!now.isBefore(round.opensAt())) {
            throw Rejected.conflict("contest.error.inviteAfterOpen", ContestTime.format(round.opensAt()));
        }
        ContestRow contest = lookup.contest(round.contestId());
        InvitationRow row = new InvitationRow(
                own,
                roundId,
                guest.id(),
                lookup.centreName(),
                guest.name(),
                contest.name(),
                round.name(),
                contest.audience(),
                round.opensAt(),
                round.closesAt(),
                round.durationMinutes(),
                round.questions(),
                now);
        if (invitations.insert(row, CurrentUser.actor())) {
            audit.record(AuditRecord.of(
                            "contestRound.centreInvited",
                            "contest",
                            contest.id().toString())
                    .values(null, Map.of("round", roundId.toString(), "centre", centreId.toString())));
        }
        return invited(roundId).stream()
                .filter(i -> i.guestCentreId().equals(centreId))
                .findFirst()
                .orElseThrow();
    }

    /** Deletes the centre's invitation and its nominations, under the round's lock, before the round opens. */
    int uninvite(UUID roundId, UUID centreId) {
        RoundView round = store.lockRound(roundId).orElseThrow(() -> Rejected.notFound("contest.error.roundNotFound"));
        if (round.level() != Level.INTER_CENTRE) {
            throw Rejected.conflict("contest.error.notInterCentre");
        }
        if (!clock.instant().isBefore(round.opensAt())) {
            throw Rejected.conflict("contest.error.uninviteAfterOpen", ContestTime.format(round.opensAt()));
        }
        int nominations = store.deleteNominationsOf(roundId, centreId);
        if (!invitations.delete(roundId, centreId)) {
            throw Rejected.notFound("contest.error.centreNotInvited");
        }
        audit.record(AuditRecord.of(
                        "contestRound.centreUninvited",
                        "contest",
                        round.contestId().toString())
                .values(
                        Map.of("round", roundId.toString(), "centre", centreId.toString(), "nominations", nominations),
                        null));
        return nominations;
    }

    Hosted hosted(UUID roundId) {
        RoundView round = lookup.round(roundId);
        if (round.level() != Level.INTER_CENTRE) {
            throw Rejected.conflict("contest.error.notInterCentre");
        }
        ContestRow contest = lookup.contest(round.contestId());
        return new Hosted(contest.id(), contest.name(), round, invited(roundId), nominees(roundId));
    }

    private List<Invitation> invited(UUID roundId) {
        Map<UUID, Integer> nominees = new HashMap<>();
        for (EntryRow entry : store.entries(roundId)) {
            UUID from = entry.participant().centreId();
            if (from != null) {
                nominees.merge(from, 1, Integer::sum);
            }
        }
        return invitations.ofRound(roundId).stream()
                .map(row -> view(row, nominees.getOrDefault(row.guestCentreId(), 0), null))
                .toList();
    }

    /** Every participant of the host's round: the host's own and every invited centre's nominees. */
    List<Nominee> nominees(UUID roundId) {
        lookup.round(roundId);
        UUID own = HostScope.ownCentre();
        String ownName = lookup.centreName();
        return store.entries(roundId).stream()
                .map(e -> nominee(e, own, ownName))
                .sorted(ContestInvitations::byCentreThenName)
                .toList();
    }

    static Nominee nominee(EntryRow entry, UUID hostId, String hostName) {
        UUID centre = entry.participant().centreId();
        String centreName = entry.participant().centreName();
        return new Nominee(
                entry.id(),
                entry.participant().id(),
                entry.participant().name(),
                entry.participant().className(),
                centre == null ? hostId : centre,
                centreName == null ? hostName : centreName,
                entry.paper() != null);
    }

    static int byCentreThenName(Nominee a, Nominee b) {
        int byCentre = a.centreName().compareTo(b.centreName());
        return byCentre != 0 ? byCentre : a.name().compareTo(b.name());
    }

    static Invitation view(InvitationRow row, int nominees, @Nullable UUID myEntry) {
        return new Invitation(
                row.roundId(),
                row.hostCentreId(),
                row.hostCentreName(),
                row.guestCentreId(),
                row.guestCentreName(),
                row.contestName(),
                row.roundName(),
                row.audience(),
                row.opensAt(),
                row.closesAt(),
                row.durationMinutes(),
                row.questions(),
                row.invitedAt(),
                nominees,
                myEntry);
    }
}
