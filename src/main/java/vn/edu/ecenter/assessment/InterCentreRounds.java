package vn.edu.ecenter.assessment;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.edu.ecenter.assessment.Contests.Audience;

/**
 * Rounds between centres (vòng liên trung tâm) on a deployment that hosts several centres. The centre whose contest has
 * the round is its host: the host's director invites other centres of the deployment; an invited centre's director
 * nominates participants — the top of one of its own contests, or learners or teachers picked by hand — and may
 * withdraw them until the round opens. The round is then taken through {@link Contests} as any other: nominees sign in
 * at their own centre, find the round among their contests and enter it; their paper is drawn from the host's bank and
 * kept with the host, and the leaderboard names every participant's centre.
 *
 * <p>A centre learns of another's round only through an invitation addressed to it; everything else is read in the
 * host's scope once that invitation is found (ADR 0018).
 */
public interface InterCentreRounds {

    /**
     * A centre's invitation to a round between centres, as the host and the invited centre see it.
     *
     * @param nominees how many the invited centre has nominated
     * @param myEntry the signed-in participant's entry, when they are a nominee
     */
    record Invitation(
            UUID roundId,
            UUID hostCentreId,
            String hostCentreName,
            UUID guestCentreId,
            String guestCentreName,
            String contestName,
            String roundName,
            Audience audience,
            Instant opensAt,
            Instant closesAt,
            int durationMinutes,
            int questions,
            Instant invitedAt,
            int nominees,
            @Nullable UUID myEntry) {}

    /**
     * A participant of a round between centres: nominated by an invited centre, or of the host (advanced from its round
     * before, or registered).
     *
     * @param started whether they have entered the round (a nomination can no longer be withdrawn then)
     */
    record Nominee(
            UUID entryId,
            UUID personId,
            String name,
            @Nullable String className,
            UUID centreId,
            String centreName,
            boolean started) {}

    /** The host's round between centres as its director manages it: the centres invited and every participant. */
    record Hosted(
            UUID contestId,
            String contestName,
            Contests.RoundView round,
            List<Invitation> invited,
            List<Nominee> nominees) {

        public Hosted {
            invited = List.copyOf(invited);
            nominees = List.copyOf(nominees);
        }
    }

    /**
     * Invites another centre of the deployment to the host's round between centres, until it opens; inviting it again
     * changes nothing. The host's director.
     */
    Invitation invite(UUID roundId, UUID centreId);

    /**
     * Takes back the invitation of a centre, with every nomination it made, until the round opens. Answers how many
     * nominations went with it. The host's director; not found when the centre is not invited.
     */
    int uninvite(UUID roundId, UUID centreId);

    /**
     * The host's round between centres: the centres invited, by name, with how many each nominated, and every
     * participant. The host's director; refused for a round of another level.
     */
    Hosted hosted(UUID roundId);

    /**
     * The invitations of the signed-in user's centre to other centres' rounds, the latest first: all of them for its
     * director, those they are nominated for for a learner or a teacher.
     */
    List<Invitation> invitations();

    /** The signed-in user's centre's invitation to a round; not found when there is none. Its director. */
    Invitation invitation(UUID roundId);

    /**
     * The round's participants by centre and name: every centre's for the host's director, the centre's own for an
     * invited centre's director.
     */
    List<Nominee> nominees(UUID roundId);

    /**
     * Nominates the top N of the last round (not between centres) of one of the centre's own contests for the same
     * audience — the round must be over or closed. Those nominated already are not added twice. Answers how many were
     * new. An invited centre's director, until the round opens.
     */
    int nominateQualifiers(UUID roundId, UUID ownContestId);

    /**
     * Nominates learners (or teachers, as the round's audience says) of the centre, picked by hand; all or nothing.
     * Answers how many were new. An invited centre's director, until the round opens.
     */
    int nominate(UUID roundId, Collection<UUID> personIds);

    /** Withdraws one of the centre's nominations. An invited centre's director, until the round opens. */
    void withdraw(UUID roundId, UUID entryId);
}
