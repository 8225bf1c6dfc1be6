package vn.edu.ecenter.assessment.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.edu.ecenter.assessment.Contests;
import vn.edu.ecenter.assessment.Contests.ContestView;
import vn.edu.ecenter.assessment.Contests.NewContest;
import vn.edu.ecenter.assessment.Contests.NewRound;
import vn.edu.ecenter.assessment.Contests.RoundView;
import vn.edu.ecenter.assessment.internal.ContestStore.ContestRow;
import vn.edu.ecenter.assessment.questions.Blueprint;
import vn.edu.ecenter.platform.audit.AuditRecord;
import vn.edu.ecenter.platform.audit.AuditTrail;
import vn.edu.ecenter.platform.clock.BusinessClock;
import vn.edu.ecenter.platform.security.CurrentUser;
import vn.edu.ecenter.platform.web.Rejected;
import vn.edu.ecenter.shared.VietnameseText;

/** Setting contests and their rounds (the director), and reading them. */
@Component
class ContestRounds {

    private static final int LONGEST_NAME = 200;
    private static final int LONGEST_DESCRIPTION = 4000;
    private static final int MOST_ROUNDS = 10;
    private static final BigDecimal MOST_POINTS = BigDecimal.TEN;

    /** A round is a contest's graded paper: like a graded test, it draws only questions that passed review. */
    static final boolean APPROVED_ONLY = true;

    private final ContestStore store;
    private final ContestLookup lookup;
    private final TestStore tests;
    private final QuestionBankService banks;
    private final MessageSource messages;
    private final AuditTrail audit;
    private final BusinessClock clock;

    ContestRounds(
            ContestStore store,
            ContestLookup lookup,
            TestStore tests,
            QuestionBankService banks,
            MessageSource messages,
            AuditTrail audit,
            BusinessClock clock) {
        this.store = store;
        this.lookup = lookup;
        this.tests = tests;
        this.banks = banks;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    ContestView createContest(NewContest contest) {
        String name = VietnameseText.clean(contest.name());
        if (name == null || name.isEmpty()) {
            throw new Rejected("contest.error.nameEmpty");
        }
        if (name.length() > LONGEST_NAME) {
            throw new Rejected("contest.error.nameTooLong", LONGEST_NAME);
        }
        String description = Objects.requireNonNullElse(VietnameseText.clean(contest.description()), "");
        if (description.length() > LONGEST_DESCRIPTION) {
            throw new Rejected("contest.error.descriptionTooLong", LONGEST_DESCRIPTION);
        }
        UUID id = UUID.randomUUID();
        store.insertContest(id, name, description, contest.audience(), clock.instant(), CurrentUser.actor());
        audit.record(AuditRecord.of("contestRound.contestCreated", "contest", id.toString())
                .values(
                        null,
                        Map.of("name", name, "audience", contest.audience().name())));
        return contest(id);
    }

    RoundView addRound(UUID contestId, NewRound round) {
        lookup.contest(contestId);
        String name = VietnameseText.clean(round.name());
        if (name == null || name.isEmpty()) {
            throw new Rejected("contest.error.nameEmpty");
        }
        if (name.length() > LONGEST_NAME) {
            throw new Rejected("contest.error.nameTooLong", LONGEST_NAME);
        }
        if (round.durationMinutes() < 1 || round.durationMinutes() > 600) {
            throw new Rejected("onlineTest.error.duration", round.durationMinutes());
        }
        if (!round.closesAt().isAfter(round.opensAt())) {
            throw new Rejected("onlineTest.error.window");
        }
        if (round.advance() < 1 || round.advance() > 1000) {
            throw new Rejected("contest.error.advance", round.advance());
        }
        round.points().forEach((type, points) -> {
            if (points.signum() <= 0
                    || points.compareTo(MOST_POINTS) > 0
                    || points.stripTrailingZeros().scale() > 2) {
                throw new Rejected(
                        "onlineTest.error.points",
                        messages.getMessage("assessment.type." + type.name(), null, LocaleContextHolder.getLocale()),
                        points.toPlainString());
            }
        });
        if (round.blueprint().isEmpty()) {
            throw new Rejected("onlineTest.error.blueprintEmpty");
        }
        if (round.blueprint().size() > Contests.MOST_ROWS) {
            throw new Rejected("contest.error.tooManyRows", Contests.MOST_ROWS);
        }
        banks.usable(banks.bankRow(round.bankId()));
        Blueprint.Shortage shortage = new Blueprint(round.blueprint())
                .shortage(tests.drawable(round.bankId(), APPROVED_ONLY).stream()
                        .map(TestStore.Drawable::candidate)
                        .toList());
        if (shortage != null) {
            throw new Rejected(
                    "contest.error.shortageApproved",
                    shortage.row() + 1,
                    shortage.wanted().count(),
                    BlueprintText.describe(shortage.wanted(), messages, LocaleContextHolder.getLocale()),
                    shortage.available());
        }
        store.lockContest(contestId);
        List<RoundView> rounds = store.rounds(contestId);
        if (rounds.size() >= MOST_ROUNDS) {
            throw Rejected.conflict("contest.error.tooManyRounds", MOST_ROUNDS);
        }
        if (!rounds.isEmpty() && round.opensAt().isBefore(rounds.getLast().closesAt())) {
            throw new Rejected("contest.error.beforePrevious");
        }
        UUID id = UUID.randomUUID();
        store.insertRound(id, contestId, rounds.size() + 1, name, round);
        audit.record(AuditRecord.of("contestRound.added", "contest", contestId.toString())
                .values(
                        null,
                        Map.of(
                                "round",
                                id.toString(),
                                "name",
                                name,
                                "level",
                                round.level().name())));
        return store.round(id).orElseThrow();
    }

    List<ContestView> contests() {
        return store.contests().stream()
                .map(c -> new ContestView(c.id(), c.name(), c.description(), c.audience(), List.of(), Map.of()))
                .toList();
    }

    ContestView contest(UUID contestId) {
        ContestRow contest = lookup.contest(contestId);
        Map<UUID, UUID> mine = lookup.participant(contest)
                .map(p -> store.entriesOf(contestId, p.kind(), p.id()))
                .orElse(Map.of());
        return new ContestView(
                contest.id(), contest.name(), contest.description(), contest.audience(), store.rounds(contestId), mine);
    }
}
