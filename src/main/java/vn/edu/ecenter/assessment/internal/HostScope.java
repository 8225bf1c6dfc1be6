package vn.edu.ecenter.assessment.internal;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.edu.ecenter.assessment.Contests.Audience;
import vn.edu.ecenter.assessment.internal.ContestInvitationStore.InvitationRow;
import vn.edu.ecenter.assessment.internal.ContestStandings.Host;
import vn.edu.ecenter.assessment.internal.ContestStore.Participant;
import vn.edu.ecenter.platform.security.CurrentUser;
import vn.edu.ecenter.platform.tenancy.Tenancy;
import vn.edu.ecenter.platform.web.Rejected;

/**
 * The one way from a centre into another centre's round between centres: through the invitation addressed to the
 * signed-in user's centre (which row-level security lets it read), and then in the host's scope
 * ({@link Tenancy#inCentre}) for that round only. Who the user is — a learner or teacher of their centre, with their
 * class — is worked out in their own centre first, and travels into the host's scope as a visitor. The few look-ups
 * made before the host is known (which round an entry belongs to, a person's nominations) run in the system scope and
 * are always filtered by the user's own centre as the nominating one.
 */
@Component
class HostScope {

    private final ContestStore store;
    private final ContestInvitationStore invitations;
    private final ContestLookup lookup;
    private final Tenancy tenancy;

    HostScope(ContestStore store, ContestInvitationStore invitations, ContestLookup lookup, Tenancy tenancy) {
        this.store = store;
        this.invitations = invitations;
        this.lookup = lookup;
        this.tenancy = tenancy;
    }

    /**
     * The invitation through which the user's centre reaches the round; null when the round is the centre's own. Not
     * found when it is neither.
     */
    @Nullable
    InvitationRow ofRound(UUID roundId) {
        if (store.round(roundId).isPresent()) {
            return null;
        }
        return invitations.toThisCentre(roundId).orElseThrow(() -> Rejected.notFound("contest.error.roundNotFound"));
    }

    /**
     * The invitation through which the user's centre reaches an entry of another centre's round it nominated; null when
     * the entry is the centre's own. Not found when it is neither.
     */
    @Nullable
    InvitationRow ofEntry(UUID entryId) {
        if (store.entry(entryId).isPresent()) {
            return null;
        }
        UUID own = ownCentre();
        return tenancy.asSystem(() -> invitations.roundOfNominee(entryId, own))
                .flatMap(invitations::toThisCentre)
                .orElseThrow(() -> Rejected.notFound("contest.error.entryNotFound"));
    }

    /**
     * Runs work as the round's participant: the signed-in user of the round's centre ({@code null} visitor), or — in
     * the host's scope — the user as a nominee of their centre. Refused when the user is not of the round's audience.
     */
    <T> T asParticipant(@Nullable InvitationRow via, Function<@Nullable Participant, T> work) {
        if (via == null) {
            return work.apply(null);
        }
        Participant visitor = visitor(via).orElseThrow(() -> Rejected.forbidden("contest.error.notNominated"));
        return inHost(via, () -> work.apply(visitor));
    }

    /**
     * Runs work that shows the round (its leaderboard) with the centre that names the host's participants: in the
     * user's own centre, or in the host's scope for the director of an invited centre or one of its nominees.
     */
    <T> T asViewer(UUID roundId, Function<Host, T> work) {
        InvitationRow via = ofRound(roundId);
        if (via == null) {
            return work.apply(ownHost());
        }
        boolean nominee =
                visitor(via).map(who -> nominations(who).containsKey(roundId)).orElse(false);
        if (!CurrentUser.hasRole("DIRECTOR") && !nominee) {
            throw Rejected.forbidden("contest.error.leaderboardForbidden");
        }
        return inHost(via, () -> work.apply(host(via)));
    }

    /** The user as a nominee of their centre for the invitation's round, when they are of its audience. */
    Optional<Participant> visitor(InvitationRow via) {
        return lookup.participant(via.audience()).map(p -> p.from(via.guestCentreId(), via.guestCentreName()));
    }

    /** Runs work in the host's scope, within the caller's transaction. */
    <T> T inHost(InvitationRow via, Supplier<T> work) {
        return tenancy.inCentre(via.hostCentreId(), work);
    }

    /** The person's entries in other centres' rounds that the user's centre nominated them for, by round. */
    Map<UUID, UUID> nominations(Participant who) {
        UUID own = ownCentre();
        return tenancy.asSystem(() -> invitations.entriesOfNominee(own, who.kind(), who.id()));
    }

    /**
     * Runs work in the host's scope of each round of another centre the user was nominated for (as a learner or a
     * teacher of their centre), until it answers something — e.g. a question picture shown on their paper there.
     */
    <T> Optional<T> inNominatingHosts(Function<Participant, Optional<T>> work) {
        for (Audience audience : Audience.values()) {
            Optional<Participant> who = lookup.participant(audience);
            if (who.isEmpty()) {
                continue;
            }
            for (UUID roundId : nominations(who.get()).keySet()) {
                Optional<T> found =
                        invitations.toThisCentre(roundId).flatMap(via -> inHost(via, () -> work.apply(who.get())));
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** How many the user's centre nominated, by round of another centre. */
    Map<UUID, Integer> nomineeCounts() {
        UUID own = ownCentre();
        return tenancy.asSystem(() -> invitations.nomineesOf(own));
    }

    /** The user's centre as the host of its rounds. */
    Host ownHost() {
        return new Host(ownCentre(), lookup.centreName());
    }

    static Host host(InvitationRow via) {
        return new Host(via.hostCentreId(), via.hostCentreName());
    }

    static UUID ownCentre() {
        return CurrentUser.centre().orElseThrow(() -> new AccessDeniedException("no centre"));
    }
}
