package vn.edu.ecenter.assessment.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.edu.ecenter.assessment.InterCentreRounds;
import vn.edu.ecenter.assessment.internal.ContestInvitationStore.InvitationRow;

/**
 * Rounds between centres (see {@link InterCentreRounds}): who may do what, one transaction per call; the host's side in
 * {@link ContestInvitations}, an invited centre's in {@link ContestNominations}, the way between them in
 * {@link HostScope}.
 */
@Service
@Transactional(readOnly = true)
class InterCentreService implements InterCentreRounds {

    private final ContestInvitations hosting;
    private final ContestNominations guests;
    private final HostScope hosts;

    InterCentreService(ContestInvitations hosting, ContestNominations guests, HostScope hosts) {
        this.hosting = hosting;
        this.guests = guests;
        this.hosts = hosts;
    }

    @Override
    @Transactional
    @PreAuthorize(ContestService.DIRECTOR)
    public Invitation invite(UUID roundId, UUID centreId) {
        return hosting.invite(roundId, centreId);
    }

    @Override
    @Transactional
    @PreAuthorize(ContestService.DIRECTOR)
    public int uninvite(UUID roundId, UUID centreId) {
        return hosting.uninvite(roundId, centreId);
    }

    @Override
    @PreAuthorize(ContestService.DIRECTOR)
    public Hosted hosted(UUID roundId) {
        return hosting.hosted(roundId);
    }

    @Override
    @PreAuthorize(ContestService.MEMBERS)
    public List<Invitation> invitations() {
        return guests.invitations();
    }

    @Override
    @PreAuthorize(ContestService.DIRECTOR)
    public Invitation invitation(UUID roundId) {
        return guests.invitation(roundId);
    }

    @Override
    @PreAuthorize(ContestService.DIRECTOR)
    public List<Nominee> nominees(UUID roundId) {
        InvitationRow via = hosts.ofRound(roundId);
        return via == null ? hosting.nominees(roundId) : guests.nominees(via);
    }

    @Override
    @Transactional
    @PreAuthorize(ContestService.DIRECTOR)
    public int nominateQualifiers(UUID roundId, UUID ownContestId) {
        return guests.nominateQualifiers(roundId, ownContestId);
    }

    @Override
    @Transactional
    @PreAuthorize(ContestService.DIRECTOR)
    public int nominate(UUID roundId, Collection<UUID> personIds) {
        return guests.nominate(roundId, personIds);
    }

    @Override
    @Transactional
    @PreAuthorize(ContestService.DIRECTOR)
    public void withdraw(UUID roundId, UUID entryId) {
        guests.withdraw(roundId, entryId);
    }
}
