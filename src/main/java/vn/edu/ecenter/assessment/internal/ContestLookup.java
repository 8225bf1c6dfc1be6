package vn.edu.ecenter.assessment.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.edu.ecenter.assessment.Contests.Audience;
import vn.edu.ecenter.assessment.Contests.RoundView;
import vn.edu.ecenter.assessment.internal.ContestStore.ContestRow;
import vn.edu.ecenter.assessment.internal.ContestStore.Participant;
import vn.edu.ecenter.centres.CentreView;
import vn.edu.ecenter.centres.Centres;
import vn.edu.ecenter.people.LearnerSummary;
import vn.edu.ecenter.people.People;
import vn.edu.ecenter.people.StaffSummary;
import vn.edu.ecenter.platform.security.CurrentUser;
import vn.edu.ecenter.platform.web.Rejected;

/** Finding a contest or a round (or answering "not found"), and the signed-in user as a contest's participant. */
@Component
class ContestLookup {

    private final ContestStore store;
    private final People people;
    private final Centres centres;

    ContestLookup(ContestStore store, People people, Centres centres) {
        this.store = store;
        this.people = people;
        this.centres = centres;
    }

    ContestRow contest(UUID contestId) {
        return store.contest(contestId).orElseThrow(() -> Rejected.notFound("contest.error.contestNotFound"));
    }

    RoundView round(UUID roundId) {
        return store.round(roundId).orElseThrow(() -> Rejected.notFound("contest.error.roundNotFound"));
    }

    /** The signed-in user as a participant of the contest's audience, when they are one. */
    Optional<Participant> participant(ContestRow contest) {
        return participant(contest.audience());
    }

    /** The signed-in user as a participant of the audience (in their own centre's scope), when they are one. */
    Optional<Participant> participant(Audience audience) {
        if (audience == Audience.LEARNERS && CurrentUser.hasRole("LEARNER")) {
            List<LearnerSummary> own = people.ownLearners();
            if (own.size() != 1) {
                return Optional.empty();
            }
            LearnerSummary learner = own.getFirst();
            Optional<Map.Entry<UUID, String>> in = store.currentClass(learner.id());
            return Optional.of(new Participant(
                    "LEARNER",
                    learner.id(),
                    learner.name().fullName(),
                    in.map(Map.Entry::getKey).orElse(null),
                    in.map(Map.Entry::getValue).orElse(null)));
        }
        if (audience == Audience.TEACHERS && CurrentUser.hasRole("TEACHER")) {
            return people.currentStaff()
                    .map((StaffSummary s) ->
                            new Participant("STAFF", s.id(), s.name().fullName(), null, null));
        }
        return Optional.empty();
    }

    /** The signed-in user's centre's name, as certificates and the Department's list print it. */
    String centreName() {
        return CurrentUser.centre()
                .flatMap(centres::centre)
                .map(CentreView::name)
                .orElse("");
    }
}
