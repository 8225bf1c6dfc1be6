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
import vn.edu.ecenter.assessment.questions.Response;

/**
 * Contests (see {@link Contests}): who may do what, and one transaction per call; the work is done by capability —
 * {@link ContestRounds} (contests and their rounds), {@link ContestRegistration}, {@link ContestSessions} (taking a
 * round, one session at a time), {@link ContestStandings} (leaderboards, closing a round), {@link ContestCertificates}
 * (certificates, the Department's list) — with {@link ContestMarking} and {@link OverdueContestPapers} for papers
 * submitted without their participant.
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

    ContestService(
            ContestRounds rounds,
            ContestRegistration registration,
            ContestSessions sessions,
            ContestStandings standings,
            ContestCertificates certificates) {
        this.rounds = rounds;
        this.registration = registration;
        this.sessions = sessions;
        this.standings = standings;
        this.certificates = certificates;
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
        return sessions.enter(roundId);
    }

    @Override
    @Transactional
    @PreAuthorize(PARTICIPANTS)
    public RoundPaper paper(UUID entryId, UUID session) {
        return sessions.paper(entryId, session);
    }

    @Override
    @Transactional
    @PreAuthorize(PARTICIPANTS)
    public void answer(UUID entryId, UUID session, UUID questionId, Response response) {
        sessions.answer(entryId, session, questionId, response);
    }

    @Override
    @Transactional
    @PreAuthorize(PARTICIPANTS)
    public SubmitResult submit(UUID entryId, UUID session) {
        return sessions.submit(entryId, session);
    }

    // ---- Leaderboards and closing.

    @Override
    @PreAuthorize(MEMBERS)
    public List<Standing> leaderboard(UUID roundId, @Nullable UUID classId) {
        return standings.leaderboard(roundId, classId);
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
        return certificates.certificates(roundId, locale);
    }

    @Override
    @PreAuthorize(DIRECTOR)
    public byte[] qualifiedWorkbook(UUID roundId, Locale locale) {
        return certificates.qualifiedWorkbook(roundId, locale);
    }
}
