package vn.edu.ecenter.assessment.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.edu.ecenter.academics.Academics;
import vn.edu.ecenter.academics.ClassMember;
import vn.edu.ecenter.academics.ClassView;
import vn.edu.ecenter.assessment.Contests.Audience;
import vn.edu.ecenter.assessment.Contests.RoundView;
import vn.edu.ecenter.assessment.internal.ContestStore.ContestRow;
import vn.edu.ecenter.assessment.internal.ContestStore.Participant;
import vn.edu.ecenter.platform.audit.AuditRecord;
import vn.edu.ecenter.platform.audit.AuditTrail;
import vn.edu.ecenter.platform.clock.BusinessClock;
import vn.edu.ecenter.platform.web.Rejected;

/** Registration for a contest's first round: a learner or a teacher themselves, or a whole class by the director. */
@Component
class ContestRegistration {

    private final ContestStore store;
    private final ContestLookup lookup;
    private final Academics academics;
    private final AuditTrail audit;
    private final BusinessClock clock;

    ContestRegistration(
            ContestStore store, ContestLookup lookup, Academics academics, AuditTrail audit, BusinessClock clock) {
        this.store = store;
        this.lookup = lookup;
        this.academics = academics;
        this.audit = audit;
        this.clock = clock;
    }

    void register(UUID contestId) {
        ContestRow contest = lookup.contest(contestId);
        Participant who = lookup.participant(contest).orElseThrow(() -> Rejected.conflict("contest.error.notAudience"));
        RoundView first = firstRoundOpenForRegistration(contestId);
        if (store.insertEntry(first.id(), who, clock.instant())) {
            audit.record(AuditRecord.of("contestRound.registered", "contest", contestId.toString())
                    .values(null, Map.of("participant", who.id().toString())));
        }
    }

    int registerClass(UUID contestId, UUID classId) {
        ContestRow contest = lookup.contest(contestId);
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

    RoundView firstRoundOpenForRegistration(UUID contestId) {
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
}
