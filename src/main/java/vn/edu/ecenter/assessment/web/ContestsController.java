package vn.edu.ecenter.assessment.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.edu.ecenter.academics.Academics;
import vn.edu.ecenter.assessment.AttemptPaper.PaperQuestion;
import vn.edu.ecenter.assessment.Contests;
import vn.edu.ecenter.assessment.Contests.ContestView;
import vn.edu.ecenter.assessment.Contests.RoundPaper;
import vn.edu.ecenter.assessment.Contests.RoundView;
import vn.edu.ecenter.assessment.Contests.Standing;
import vn.edu.ecenter.assessment.InterCentreRounds;
import vn.edu.ecenter.assessment.InterCentreRounds.Invitation;
import vn.edu.ecenter.assessment.QuestionBanks;
import vn.edu.ecenter.assessment.questions.CognitiveLevel;
import vn.edu.ecenter.assessment.questions.QuestionType;
import vn.edu.ecenter.assessment.questions.Response;
import vn.edu.ecenter.assessment.web.AssessmentJson.AnswerRequest;
import vn.edu.ecenter.platform.clock.BusinessClock;
import vn.edu.ecenter.platform.documents.Downloads;
import vn.edu.ecenter.platform.security.CurrentUser;
import vn.edu.ecenter.platform.web.Messages;
import vn.edu.ecenter.platform.web.Rejected;

/**
 * Contests (sân chơi trí tuệ): the list, a contest with its rounds (the director's forms to add a round, register a
 * class and close a round; the participants' "Đăng ký" and "Vào thi"), the live leaderboard (htmx asks for the table
 * every five seconds), the paper of a round — the learner's test paper and its script, with the session token in the
 * address so that only the latest device can write — the certificates and the list of participants. The list also shows
 * the rounds between centres of other centres that the user's centre is invited to (its director) or the user is
 * nominated for; they are entered and ranked through the same addresses.
 */
@Controller
@RequestMapping("/contests")
class ContestsController {

    private static final String MEMBERS = "hasAnyRole('DIRECTOR', 'TEACHER', 'LEARNER')";
    private static final String PARTICIPANTS = "hasAnyRole('TEACHER', 'LEARNER')";
    private static final String DIRECTOR = "hasRole('DIRECTOR')";

    private final Contests contests;
    private final InterCentreRounds interCentre;
    private final QuestionBanks banks;
    private final Academics academics;
    private final Messages messages;
    private final BusinessClock clock;

    ContestsController(
            Contests contests,
            InterCentreRounds interCentre,
            QuestionBanks banks,
            Academics academics,
            Messages messages,
            BusinessClock clock) {
        this.contests = contests;
        this.interCentre = interCentre;
        this.banks = banks;
        this.academics = academics;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize(MEMBERS)
    String list(Model model) {
        model.addAttribute("contests", contests.contests());
        model.addAttribute("director", CurrentUser.hasRole("DIRECTOR"));
        model.addAttribute(
                "invitations",
                interCentre.invitations().stream()
                        .map(i -> new Invited(
                                i,
                                MyTestsController.WHEN.format(i.opensAt()),
                                MyTestsController.WHEN.format(i.closesAt())))
                        .toList());
        return "contests/list";
    }

    /** Another centre's round between centres that the user's centre is invited to, with its times. */
    public record Invited(Invitation invitation, String opens, String closes) {}

    @PostMapping
    @PreAuthorize(DIRECTOR)
    String create(
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String description,
            @RequestParam(defaultValue = "LEARNERS") Contests.Audience audience,
            RedirectAttributes redirect) {
        try {
            ContestView made = contests.createContest(new Contests.NewContest(name, description, audience));
            return "redirect:/contests/" + made.id();
        } catch (Rejected refused) {
            redirect.addFlashAttribute("error", messages.text(refused));
            return "redirect:/contests";
        }
    }

    /** A round as the contest page shows it: its times in Việt Nam's time and the signed-in participant's entry. */
    public record Shown(
            RoundView round,
            String opens,
            String closes,
            @Nullable UUID myEntry) {}

    @GetMapping("/{contestId}")
    @PreAuthorize(MEMBERS)
    String contest(@PathVariable UUID contestId, Model model) {
        return contestPage(contestId, model, RoundForm.blank(clock.now()), null);
    }

    /** The contest page; for the director with the round form as given, and why it was refused when it was. */
    private String contestPage(UUID contestId, Model model, RoundForm form, @Nullable String roundError) {
        ContestView contest = contests.contest(contestId);
        model.addAttribute("contest", contest);
        model.addAttribute(
                "rounds",
                contest.rounds().stream()
                        .map(r -> new Shown(
                                r,
                                MyTestsController.WHEN.format(r.opensAt()),
                                MyTestsController.WHEN.format(r.closesAt()),
                                contest.myEntries().get(r.id())))
                        .toList());
        boolean director = CurrentUser.hasRole("DIRECTOR");
        model.addAttribute("director", director);
        if (director) {
            model.addAttribute("banks", banks.banks());
            model.addAttribute("classes", academics.currentClasses());
            model.addAttribute("levels", Contests.Level.values());
            model.addAttribute("cognitiveLevels", CognitiveLevel.values());
            model.addAttribute("types", QuestionType.values());
            model.addAttribute("form", form);
            model.addAttribute("mostRows", RoundForm.MOST_ROWS);
            model.addAttribute("roundError", roundError);
        }
        return "contests/contest";
    }

    /**
     * The round form: added, or shown again as typed — with one more blueprint row ({@code action=addRow}, the "Thêm
     * dòng" button of a page without its script), or with why it was refused.
     */
    @PostMapping("/{contestId}/rounds")
    @PreAuthorize(DIRECTOR)
    String addRound(
            @PathVariable UUID contestId,
            @RequestParam MultiValueMap<String, String> form,
            @RequestParam(defaultValue = "") String action,
            Model model,
            RedirectAttributes redirect) {
        RoundForm typed = RoundForm.posted(form);
        try {
            if ("addRow".equals(action)) {
                return contestPage(contestId, model, typed.withRow(), null);
            }
            contests.addRound(contestId, typed.toNewRound());
        } catch (Rejected refused) {
            return contestPage(contestId, model, typed, messages.text(refused));
        }
        redirect.addFlashAttribute("done", messages.text("contest.roundAdded"));
        return "redirect:/contests/" + contestId;
    }

    @PostMapping("/{contestId}/register")
    @PreAuthorize(PARTICIPANTS)
    String register(@PathVariable UUID contestId, RedirectAttributes redirect) {
        try {
            contests.register(contestId);
            redirect.addFlashAttribute("done", messages.text("contest.registered"));
        } catch (Rejected refused) {
            redirect.addFlashAttribute("error", messages.text(refused));
        }
        return "redirect:/contests/" + contestId;
    }

    @PostMapping("/{contestId}/register-class")
    @PreAuthorize(DIRECTOR)
    String registerClass(
            @PathVariable UUID contestId,
            @RequestParam(required = false) @Nullable UUID classId,
            RedirectAttributes redirect) {
        try {
            if (classId == null) {
                throw new Rejected("onlineTest.error.classNotFound");
            }
            int added = contests.registerClass(contestId, classId);
            redirect.addFlashAttribute("done", messages.text("contest.classRegistered", added));
        } catch (Rejected refused) {
            redirect.addFlashAttribute("error", messages.text(refused));
        }
        return "redirect:/contests/" + contestId;
    }

    /** Enters the round; refused back to the contests page with why, or with 403 when the user is not nominated. */
    @PostMapping("/rounds/{roundId}/enter")
    @PreAuthorize(PARTICIPANTS)
    String enter(@PathVariable UUID roundId, RedirectAttributes redirect) {
        try {
            RoundPaper paper = contests.enter(roundId);
            return "redirect:/contests/entries/" + paper.paper().attemptId() + "/" + paper.session();
        } catch (Rejected refused) {
            if (refused.status() == HttpStatus.FORBIDDEN.value()) {
                throw refused;
            }
            redirect.addFlashAttribute("error", messages.text(refused));
            return "redirect:/contests";
        }
    }

    // ---- Leaderboard.

    /** A line of the leaderboard with its time as minutes and seconds. */
    public record Line(Standing standing, String time) {}

    @GetMapping("/rounds/{roundId}/leaderboard")
    @PreAuthorize(MEMBERS)
    String leaderboard(
            @PathVariable UUID roundId,
            @RequestParam(name = "class", required = false) @Nullable UUID classId,
            Model model) {
        fill(roundId, classId, model);
        return "contests/leaderboard";
    }

    /** The table alone, which the page asks for every few seconds (htmx). */
    @GetMapping("/rounds/{roundId}/leaderboard/board")
    @PreAuthorize(MEMBERS)
    String board(
            @PathVariable UUID roundId,
            @RequestParam(name = "class", required = false) @Nullable UUID classId,
            Model model) {
        fill(roundId, classId, model);
        return "contests/leaderboard :: board";
    }

    private void fill(UUID roundId, @Nullable UUID classId, Model model) {
        List<Standing> standings = contests.leaderboard(roundId, classId);
        model.addAttribute("roundId", roundId);
        boolean betweenCentres = standings.stream().anyMatch(s -> s.centreName() != null);
        model.addAttribute("betweenCentres", betweenCentres);
        model.addAttribute("classId", classId);
        model.addAttribute(
                "lines",
                standings.stream()
                        .map(s ->
                                new Line(s, String.format(Locale.ROOT, "%d:%02d", s.seconds() / 60, s.seconds() % 60)))
                        .toList());
        // A board between centres names centres instead of classes (of several centres), and is not filtered by class.
        Map<UUID, String> classes = new LinkedHashMap<>();
        List<Standing> classesFrom =
                betweenCentres ? List.of() : classId == null ? standings : contests.leaderboard(roundId, null);
        classesFrom.forEach(s -> {
            if (s.classId() != null) {
                classes.put(s.classId(), String.valueOf(s.className()));
            }
        });
        model.addAttribute("classes", classes);
    }

    @GetMapping("/rounds/{roundId}/leaderboard.json")
    @PreAuthorize(MEMBERS)
    @ResponseBody
    List<Standing> leaderboardJson(
            @PathVariable UUID roundId, @RequestParam(name = "class", required = false) @Nullable UUID classId) {
        return contests.leaderboard(roundId, classId);
    }

    @PostMapping("/rounds/{roundId}/close")
    @PreAuthorize(DIRECTOR)
    String close(@PathVariable UUID roundId, RedirectAttributes redirect) {
        try {
            int advancing = contests.closeRound(roundId).size();
            redirect.addFlashAttribute("done", messages.text("contest.closed", advancing));
        } catch (Rejected refused) {
            redirect.addFlashAttribute("error", messages.text(refused));
        }
        return "redirect:/contests/rounds/" + roundId + "/leaderboard";
    }

    @GetMapping("/rounds/{roundId}/certificates.pdf")
    @PreAuthorize(DIRECTOR)
    ResponseEntity<byte[]> certificates(@PathVariable UUID roundId, Locale locale) {
        return Downloads.pdf(contests.certificates(roundId, locale), "giay-chung-nhan.pdf");
    }

    @GetMapping("/rounds/{roundId}/qualified.xlsx")
    @PreAuthorize(DIRECTOR)
    ResponseEntity<byte[]> qualified(@PathVariable UUID roundId, Locale locale) {
        return Downloads.xlsx(contests.qualifiedWorkbook(roundId, locale), "danh-sach-du-thi.xlsx");
    }

    // ---- The paper of a round.

    @GetMapping("/entries/{entryId}/{session}")
    @PreAuthorize(PARTICIPANTS)
    String paper(@PathVariable UUID entryId, @PathVariable UUID session, Model model) {
        RoundPaper paper;
        try {
            paper = contests.paper(entryId, session);
        } catch (Rejected refused) {
            if (refused.status() != HttpStatus.CONFLICT.value()) {
                throw refused;
            }
            model.addAttribute("message", messages.text(refused));
            return "contests/elsewhere";
        }
        model.addAttribute("round", paper);
        model.addAttribute("paper", paper.paper());
        model.addAttribute("questions", AnsweredQuestion.of(paper.paper()));
        model.addAttribute(
                "deadline", MyTestsController.WHEN.format(paper.paper().deadline()));
        model.addAttribute("base", "/contests/entries/" + entryId + "/" + session);
        return "contests/paper";
    }

    @PutMapping("/entries/{entryId}/{session}/answers/{questionId}")
    @PreAuthorize(PARTICIPANTS)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void answer(
            @PathVariable UUID entryId,
            @PathVariable UUID session,
            @PathVariable UUID questionId,
            @RequestBody AnswerRequest answer) {
        contests.answer(entryId, session, questionId, answer.toResponse());
    }

    record State(long secondsLeft, boolean submitted) {}

    @GetMapping("/entries/{entryId}/{session}/state")
    @PreAuthorize(PARTICIPANTS)
    @ResponseBody
    State state(@PathVariable UUID entryId, @PathVariable UUID session) {
        RoundPaper paper = contests.paper(entryId, session);
        return new State(paper.paper().secondsLeft(), paper.paper().result() != null);
    }

    @PostMapping("/entries/{entryId}/{session}")
    @PreAuthorize(PARTICIPANTS)
    String saveAll(
            @PathVariable UUID entryId,
            @PathVariable UUID session,
            @RequestParam MultiValueMap<String, String> form,
            RedirectAttributes redirect) {
        List<String> problems = new ArrayList<>();
        int saved = 0;
        try {
            RoundPaper paper = contests.paper(entryId, session);
            Map<String, List<String>> fields = new LinkedHashMap<>(form);
            for (PaperQuestion question : paper.paper().questions()) {
                Response response = AnsweredQuestion.fromForm(question, fields);
                if (response == null) {
                    continue;
                }
                try {
                    contests.answer(entryId, session, question.questionId(), response);
                    saved++;
                } catch (Rejected refused) {
                    problems.add(messages.text("myTests.questionProblem", question.number(), messages.text(refused)));
                }
            }
        } catch (Rejected refused) {
            problems.add(messages.text(refused));
        }
        redirect.addFlashAttribute("saved", saved);
        redirect.addFlashAttribute("problems", problems);
        return "redirect:/contests/entries/" + entryId + "/" + session;
    }

    @PostMapping("/entries/{entryId}/{session}/submit")
    @PreAuthorize(PARTICIPANTS)
    String submit(@PathVariable UUID entryId, @PathVariable UUID session, RedirectAttributes redirect) {
        try {
            contests.submit(entryId, session);
            redirect.addFlashAttribute("justSubmitted", true);
        } catch (Rejected refused) {
            redirect.addFlashAttribute("problems", List.of(messages.text(refused)));
        }
        return "redirect:/contests/entries/" + entryId + "/" + session;
    }
}
