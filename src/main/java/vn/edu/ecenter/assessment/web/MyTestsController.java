package vn.edu.ecenter.assessment.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
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
import vn.edu.ecenter.assessment.AttemptPaper;
import vn.edu.ecenter.assessment.AttemptPaper.PaperQuestion;
import vn.edu.ecenter.assessment.LearnerTest;
import vn.edu.ecenter.assessment.OnlineTests;
import vn.edu.ecenter.assessment.questions.Response;
import vn.edu.ecenter.assessment.web.AssessmentJson.AnswerRequest;
import vn.edu.ecenter.platform.clock.BusinessClock;
import vn.edu.ecenter.platform.web.Messages;
import vn.edu.ecenter.platform.web.Rejected;

/**
 * The learner's tests, phone first: the list, a test's start page (with its access code), the paper — every answer
 * saved the moment it is given (and kept in the browser until the server confirms it, see {@code attempt.js}), the
 * server's clock counting down — and the result. Without JavaScript the paper is one form that saves all answers.
 */
@Controller
@RequestMapping("/my")
@PreAuthorize("hasRole('LEARNER')")
class MyTestsController {

    static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(BusinessClock.ZONE);

    private final OnlineTests tests;
    private final Messages messages;
    private final BusinessClock clock;

    MyTestsController(OnlineTests tests, Messages messages, BusinessClock clock) {
        this.tests = tests;
        this.messages = messages;
        this.clock = clock;
    }

    /** A test in the learner's list, with its state now and its times in Việt Nam's time. */
    public record Listed(LearnerTest test, LearnerTest.State state, boolean canStart, String opens, String closes) {}

    @GetMapping("/tests")
    String list(Model model) {
        Instant now = clock.instant();
        model.addAttribute(
                "tests",
                tests.myTests().stream()
                        .map(t -> new Listed(
                                t, t.state(now), t.canStart(now), WHEN.format(t.opensAt()), WHEN.format(t.closesAt())))
                        .toList());
        return "assessment/my-tests";
    }

    @PostMapping("/tests/{testId}/start")
    String start(
            @PathVariable UUID testId,
            @RequestParam(required = false) @Nullable String accessCode,
            RedirectAttributes redirect) {
        try {
            AttemptPaper paper = tests.start(testId, accessCode);
            return "redirect:/my/attempts/" + paper.attemptId();
        } catch (Rejected refused) {
            redirect.addFlashAttribute("error", messages.text(refused));
            redirect.addFlashAttribute("refusedTest", testId);
            return "redirect:/my/tests";
        }
    }

    @GetMapping("/attempts/{attemptId}")
    String paper(@PathVariable UUID attemptId, Model model) {
        AttemptPaper paper = tests.attempt(attemptId);
        model.addAttribute("paper", paper);
        model.addAttribute("questions", AnsweredQuestion.of(paper));
        model.addAttribute("deadline", WHEN.format(paper.deadline()));
        model.addAttribute("base", "/my/attempts/" + attemptId);
        return "assessment/attempt";
    }

    /** Saves one answer; the paper's script sends it as the API's JSON with the session's CSRF token. */
    @PutMapping("/attempts/{attemptId}/answers/{questionId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void answer(@PathVariable UUID attemptId, @PathVariable UUID questionId, @RequestBody AnswerRequest answer) {
        tests.answer(attemptId, questionId, answer.toResponse());
    }

    /** The time left by the server's clock, and whether the attempt is submitted (the script re-checks it). */
    record State(long secondsLeft, boolean submitted) {}

    @GetMapping("/attempts/{attemptId}/state")
    @ResponseBody
    State state(@PathVariable UUID attemptId) {
        AttemptPaper paper = tests.attempt(attemptId);
        return new State(paper.secondsLeft(), paper.result() != null);
    }

    /** The paper posted as one form (without JavaScript): every answer it holds is saved. */
    @PostMapping("/attempts/{attemptId}")
    String saveAll(
            @PathVariable UUID attemptId,
            @RequestParam MultiValueMap<String, String> form,
            RedirectAttributes redirect) {
        AttemptPaper paper = tests.attempt(attemptId);
        Map<String, List<String>> fields = new LinkedHashMap<>(form);
        List<String> problems = new ArrayList<>();
        int saved = 0;
        for (PaperQuestion question : paper.questions()) {
            Response response = AnsweredQuestion.fromForm(question, fields);
            if (response == null) {
                continue;
            }
            try {
                tests.answer(attemptId, question.questionId(), response);
                saved++;
            } catch (Rejected refused) {
                problems.add(messages.text("myTests.questionProblem", question.number(), messages.text(refused)));
            }
        }
        redirect.addFlashAttribute("saved", saved);
        redirect.addFlashAttribute("problems", problems);
        return "redirect:/my/attempts/" + attemptId;
    }

    @PostMapping("/attempts/{attemptId}/submit")
    String submit(@PathVariable UUID attemptId, RedirectAttributes redirect) {
        try {
            tests.submit(attemptId);
            redirect.addFlashAttribute("justSubmitted", true);
        } catch (Rejected refused) {
            redirect.addFlashAttribute("problems", List.of(messages.text(refused)));
        }
        return "redirect:/my/attempts/" + attemptId;
    }
}
