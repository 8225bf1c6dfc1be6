package vn.edu.ecenter.assessment.web;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.edu.ecenter.academics.Academics;
import vn.edu.ecenter.assessment.Contests;
import vn.edu.ecenter.assessment.InterCentreRounds;
import vn.edu.ecenter.assessment.InterCentreRounds.Hosted;
import vn.edu.ecenter.assessment.InterCentreRounds.Invitation;
import vn.edu.ecenter.centres.Centres;
import vn.edu.ecenter.people.People;
import vn.edu.ecenter.platform.clock.BusinessClock;
import vn.edu.ecenter.platform.web.Messages;
import vn.edu.ecenter.platform.web.Rejected;

/**
 * Rounds between centres (vòng liên trung tâm): the host's page of a round — the centres invited, the form to invite
 * another, every participant — and an invited centre's page of its invitation — its nominees (each withdrawn by a
 * button until the round opens) and the two ways to nominate: the top of one of its own contests, or people picked by
 * hand (for a learners' round, from a class chosen first). Taking the round and its leaderboard are the contest pages'.
 */
@Controller
@RequestMapping("/contests")
class InterCentreController {

    private static final String DIRECTOR = "hasRole('DIRECTOR')";

    private final InterCentreRounds rounds;
    private final Contests contests;
    private final Centres centres;
    private final Academics academics;
    private final People people;
    private final Messages messages;
    private final BusinessClock clock;

    InterCentreController(
            InterCentreRounds rounds,
            Contests contests,
            Centres centres,
            Academics academics,
            People people,
            Messages messages,
            BusinessClock clock) {
        this.rounds = rounds;
        this.contests = contests;
        this.centres = centres;
        this.academics = academics;
        this.people = people;
        this.messages = messages;
        this.clock = clock;
    }

    // ---- The host.

    @GetMapping("/rounds/{roundId}/centres")
    @PreAuthorize(DIRECTOR)
    String hosted(@PathVariable UUID roundId, Model model) {
        Hosted hosted = rounds.hosted(roundId);
        Set<UUID> invited =
                hosted.invited().stream().map(Invitation::guestCentreId).collect(Collectors.toSet());
        model.addAttribute("hosted", hosted);
        model.addAttribute("opens", MyTestsController.WHEN.format(hosted.round().opensAt()));
        model.addAttribute(
                "beforeOpening", clock.instant().isBefore(hosted.round().opensAt()));
        model.addAttribute(
                "invited",
                hosted.invited().stream()
                        .map(i -> new Invited(i, MyTestsController.WHEN.format(i.invitedAt())))
                        .toList());
        model.addAttribute(
                "invitable",
                centres.otherCentres().stream()
                        .filter(c -> !invited.contains(c.id()))
                        .toList());
        return "contests/centres";
    }

    @PostMapping("/rounds/{roundId}/centres")
    @PreAuthorize(DIRECTOR)
    String invite(
            @PathVariable UUID roundId,
            @RequestParam(required = false) @Nullable UUID centreId,
            RedirectAttributes redirect) {
        return thenBack("/contests/rounds/" + roundId + "/centres", redirect, () -> {
            if (centreId == null) {
                throw Rejected.notFound("contest.error.centreNotFound");
            }
            Invitation made = rounds.invite(roundId, centreId);
            return messages.text("contest.inter.invited", made.guestCentreName());
        });
    }

    @PostMapping("/rounds/{roundId}/centres/{centreId}/uninvite")
    @PreAuthorize(DIRECTOR)
    String uninvite(@PathVariable UUID roundId, @PathVariable UUID centreId, RedirectAttributes redirect) {
        return thenBack(
                "/contests/rounds/" + roundId + "/centres",
                redirect,
                () -> messages.text("contest.inter.uninvited", rounds.uninvite(roundId, centreId)));
    }

    /** A centre invited, with when. */
    public record Invited(Invitation invitation, String on) {}

    // ---- An invited centre.

    @GetMapping("/invitations/{roundId}")
    @PreAuthorize(DIRECTOR)
    String invitation(
            @PathVariable UUID roundId,
            @RequestParam(name = "class", required = false) @Nullable UUID classId,
            Model model) {
        Invitation invitation = rounds.invitation(roundId);
        model.addAttribute("invitation", invitation);
        model.addAttribute("opens", MyTestsController.WHEN.format(invitation.opensAt()));
        model.addAttribute("closes", MyTestsController.WHEN.format(invitation.closesAt()));
        model.addAttribute("opened", !clock.instant().isBefore(invitation.opensAt()));
        model.addAttribute("nominees", rounds.nominees(roundId));
        model.addAttribute(
                "ownContests",
                contests.contests().stream()
                        .filter(c -> c.audience() == invitation.audience())
                        .toList());
        boolean learners = invitation.audience() == Contests.Audience.LEARNERS;
        model.addAttribute("learners", learners);
        if (learners) {
            model.addAttribute("classes", academics.currentClasses());
            model.addAttribute("classId", classId);
            model.addAttribute(
                    "candidates",
                    classId == null
                            ? List.of()
                            : academics.classList(classId).stream()
                                    .map(m -> new Candidate(
                                            m.learnerId(), m.name().fullName()))
                                    .toList());
        } else {
            model.addAttribute(
                    "candidates",
                    people.staff().stream()
                            .filter(s -> s.active())
                            .map(s -> new Candidate(s.id(), s.name().fullName()))
                            .toList());
        }
        return "contests/invitation";
    }

    /** Someone the director may tick to nominate. */
    public record Candidate(UUID id, String name) {}

    @PostMapping("/invitations/{roundId}/qualifiers")
    @PreAuthorize(DIRECTOR)
    String nominateQualifiers(
            @PathVariable UUID roundId,
            @RequestParam(required = false) @Nullable UUID contestId,
            RedirectAttributes redirect) {
        return thenBack("/contests/invitations/" + roundId, redirect, () -> {
            if (contestId == null) {
                throw Rejected.notFound("contest.error.contestNotFound");
            }
            return messages.text("contest.inter.nominated", rounds.nominateQualifiers(roundId, contestId));
        });
    }

    @PostMapping("/invitations/{roundId}/nominees")
    @PreAuthorize(DIRECTOR)
    String nominate(
            @PathVariable UUID roundId,
            @RequestParam(name = "personId", required = false) @Nullable List<UUID> personIds,
            RedirectAttributes redirect) {
        return thenBack(
                "/contests/invitations/" + roundId,
                redirect,
                () -> messages.text(
                        "contest.inter.nominated",
                        rounds.nominate(roundId, personIds == null ? List.of() : personIds)));
    }

    @PostMapping("/invitations/{roundId}/nominees/{entryId}/withdraw")
    @PreAuthorize(DIRECTOR)
    String withdraw(@PathVariable UUID roundId, @PathVariable UUID entryId, RedirectAttributes redirect) {
        return thenBack("/contests/invitations/" + roundId, redirect, () -> {
            rounds.withdraw(roundId, entryId);
            return messages.text("contest.inter.withdrawn");
        });
    }

    /**
     * Does what a form asks and goes back to the page it came from, with the sentence the action answers, or with why
     * it was refused.
     */
    private String thenBack(String page, RedirectAttributes redirect, Supplier<String> action) {
        try {
            redirect.addFlashAttribute("done", action.get());
        } catch (Rejected refused) {
            redirect.addFlashAttribute("error", messages.text(refused));
        }
        return "redirect:" + page;
    }
}
