package vn.edu.ecenter.assessment.internal;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.edu.ecenter.assessment.Contests;
import vn.edu.ecenter.assessment.SubmitResult;
import vn.edu.ecenter.assessment.internal.ContestInvitationStore.InvitationRow;
import vn.edu.ecenter.assessment.questions.Response;

/**
 * Contests (see {@link Contests}): who may do what, and one transaction per call; the work is done by capability —
 * {@link ContestRounds} (contests and their rounds), {@link ContestRegistration}, {@link ContestSessions} (taking a
 * round, one session at a time), {@link ContestStandings} (leaderboards, closing a round), {@link ContestCertificates}
 * (certificates, the list of participants) — with {@link ContestMarking} and {@link OverdueContestPapers} for papers
 * submitted without their participant. A round of another centre that the user's centre was invited to is taken, and
 * its leaderboard read, through {@link HostScope}.
 */
@Service
@Transactional(readOnly = true)
class ContestService implements Contests {

    static final String DIRECTOR = "hasRole('DIRECTOR')";
    static final String MEMBERS = "hasAnyRole('DIRECTOR', 'TEACHER', 'LEARNER')";
    static final String PARTICIPANTS = "hasAnyRole('TEACHER', 'LEARNER')";

    private final ContestRounds rounds;
    private final ContestRegistration registration;
    private final ContestSessions sessions;
    private final ContestStandings standings;
    private final ContestCertificates certificates;
    private final HostScope hosts;

    ContestService(
            ContestRounds rounds,
            ContestRegistration registration,
            ContestSessions sessions,
            ContestStandings standings,
            ContestCertificates certificates,
            HostScope hosts) {
        this.rounds = rounds;
        this.registration = registration;
        this.sessions = sessions;
        this.standings = standings;
        this.certificates = certificates;
        this.hosts = hosts;
    }

    // ---- Contests and rounds.

    @Override
    @Transactional
    @PreAuthorize(DIRECTOR)
    public ContestView createContest(NewContest contest) {
        return rounds.createContest(contest);
    }

    @Override
    @Transactional
    @PreAuthorize(DIRECTOR)
    public RoundView addRound(UUID contestId, NewRound round) {
        return rounds.addRound(contestId, round);
    }

    @Override
    @PreAuthorize(MEMBERS)
    public List<ContestView> contests() {
        return rounds.contests();
    }

    @Override
    @PreAuthorize(MEMBERS)
    public ContestView contest(UUID contestId) {
        return rounds.contest(contestId);
    }

    // ---- Registration.

    @Override
    @Transactional
    @PreAuthorize(PARTICIPANTS)
    public void register(UUID contestId) {
        registration.register(contestId);
    }

    @Override
    @Transactional
    @PreAuthorize(DIRECTOR)
    public int registerClass(UUID contestId, UUID classId) {
        return registration.registerClass(contestId, classId);
    }

    // ---- Taking a round.

    @Override
    @Transactional
    @PreAuthorize(PARTICIPANTS)
    public RoundPaper enter(UUID roundId) {
        return hosts.asParticipant(hosts.ofRound(roundId), visitor -> sessions.enter(roundId, visitor));
    }

    @Override
    @Transactional
    @PreAuthorize(PARTICIPANTS)
    public RoundPaper paper(UUID entryId, UUID session) {
        return hosts.asParticipant(hosts.ofEntry(entryId), visitor -> sessions.paper(entryId, session, visitor));
    }

    @Override
    @Transactional
    @PreAuthorize(PARTICIPANTS)
    public void answer(UUID entryId, UUID session, UUID questionId, Response response) {
        hosts.asParticipant(hosts.ofEntry(entryId), visitor -> {
            sessions.answer(entryId, session, questionId, response, visitor);
            return null;
        });
    }

    @Override
    @Transactional
    @PreAuthorize(PARTICIPANTS)
    public SubmitResult submit(UUID entryId, UUID session) {
        return hosts.asParticipant(hosts.ofEntry(entryId), visitor -> sessions.submit(entryId, session, visitor));
    }

    // ---- Leaderboards and closing.

    @Override
    @PreAuthorize(MEMBERS)
    public List<Standing> leaderboard(UUID roundId, @Nullable UUID classId) {
        return hosts.asViewer(roundId, host -> standings.leaderboard(roundId, classId, host));
    }

    @Override
    @Transactional
    @PreAuthorize(DIRECTOR)
    public List<Standing> closeRound(UUID roundId) {
        return standings.closeRound(roundId);
    }

    // ---- On paper.

    @Override
    @PreAuthorize(DIRECTOR)
    public byte[] certificates(UUID roundId, Locale locale) {
        InvitationRow via = hosts.ofRound(roundId);
        if (via == null) {
            return certificates.certificates(roundId, locale, hosts.ownHost(), null);
        }
        return hosts.inHost(
                via, () -> certificates.certificates(roundId, locale, HostScope.host(via), via.guestCentreId()));
    }

    @Override
    @PreAuthorize(DIRECTOR)
    public byte[] qualifiedWorkbook(UUID roundId, Locale locale) {
        return certificates.qualifiedWorkbook(roundId, locale);
    }
}
