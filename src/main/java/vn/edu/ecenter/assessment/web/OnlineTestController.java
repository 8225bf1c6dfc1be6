package vn.edu.ecenter.assessment.web;

import static vn.edu.ecenter.assessment.web.FormFields.whole;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.edu.ecenter.academics.Academics;
import vn.edu.ecenter.academics.ClassMember;
import vn.edu.ecenter.academics.ClassView;
import vn.edu.ecenter.assessment.AttemptSummary;
import vn.edu.ecenter.assessment.BankView;
import vn.edu.ecenter.assessment.NewTest;
import vn.edu.ecenter.assessment.OnlineTests;
import vn.edu.ecenter.assessment.TestView;
import vn.edu.ecenter.assessment.questions.CognitiveLevel;
import vn.edu.ecenter.assessment.questions.QuestionType;
import vn.edu.ecenter.platform.clock.BusinessClock;
import vn.edu.ecenter.platform.security.CurrentUser;
import vn.edu.ecenter.platform.web.Messages;
import vn.edu.ecenter.platform.web.Rejected;

/**
 * Online tests for the teachers: a class's tests and the form that sets one from a bank by a blueprint (ma trận đề);
 * a test's page with its settings, every learner's attempts and extra time for a learner.
 */
@Controller
@RequestMapping("/assessment/tests")
@PreAuthorize("hasAnyRole('DIRECTOR', 'TEACHER')")
class OnlineTestController {

    private final OnlineTests tests;
    private final Academics academics;
    private final Messages messages;
    private final BusinessClock clock;

    OnlineTestController(OnlineTests tests, Academics academics, Messages messages, BusinessClock clock) {
        this.tests = tests;
        this.academics = academics;
        this.messages = messages;
        this.clock = clock;
    }

    /** A class the user may set tests for. */
    record ClassChoice(UUID id, String name) {}

    @GetMapping
    String tests(@RequestParam(required = false) @Nullable UUID classId, Model model) {
        if (classId == null) {
            model.addAttribute("classes", classChoices());
            return "assessment/tests";
        }
        return classTests(model, classId, TestForm.blank(clock.now()), List.of(), null);
    }

    @PostMapping
    String createTest(
            @RequestParam UUID classId,
            @RequestParam MultiValueMap<String, String> form,
            @RequestParam(defaultValue = "") String action,
            Model model) {
        TestForm typed = TestForm.posted(form);
        switch (action) {
            case "addRow" -> {
                return classTests(model, classId, typed.withRow(), List.of(), null);
            }
            case "examPoints" -> {
                return classTests(model, classId, typed.withExamPoints(false), List.of(), null);
            }
            case "examPointsMaths" -> {
                return classTests(model, classId, typed.withExamPoints(true), List.of(), null);
            }
            default -> {}
        }
        List<QuestionForm.Problem> unreadable = new ArrayList<>();
        NewTest test = typed.toNewTest(classId, unreadable);
        if (test == null) {
            List<String> problems = unreadable.stream()
                    .map(p -> messages.text(p.key(), p.arguments()))
                    .toList();
            return classTests(model, classId, typed, problems, null);
        }
        try {
            return "redirect:/assessment/tests/" + tests.createTest(test).id() + "?created";
        } catch (Rejected e) {
            return classTests(model, classId, typed, List.of(), messages.text(e));
        }
    }

    /** A learner of the class with their attempts and extra minutes. */
    record LearnerRow(
            int number, @Nullable UUID learnerId, String name, List<AttemptSummary> attempts, int extraMinutes) {}

    @GetMapping("/{id}")
    String test(@PathVariable UUID id, Model model) {
        TestView test = tests.test(id).orElseThrow(() -> Rejected.notFound("onlineTest.error.testNotFound"));
        List<AttemptSummary> attempts = tests.attemptsOf(id);
        Map<UUID, Integer> extra = tests.extraTimes(id);
        List<LearnerRow> rows = new ArrayList<>();
        Set<UUID> listed = new HashSet<>();
        for (ClassMember member : academics.classList(test.classId())) {
            listed.add(member.learnerId());
            rows.add(new LearnerRow(
                    member.number(),
                    member.learnerId(),
                    member.name().fullName(),
                    attempts.stream()
                            .filter(a -> a.learnerId().equals(member.learnerId()))
                            .toList(),
                    extra.getOrDefault(member.learnerId(), 0)));
        }
        attempts.stream()
                .filter(a -> !listed.contains(a.learnerId()))
                .forEach(a -> rows.add(new LearnerRow(0, null, "", List.of(a), 0)));
        model.addAttribute("test", test);
        model.addAttribute("schoolClass", academics.schoolClass(test.classId()).orElse(null));
        model.addAttribute("rows", rows);
        model.addAttribute("zone", BusinessClock.ZONE);
        return "assessment/test";
    }

    @PostMapping("/{id}/extra-time")
    String extraTime(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable UUID learnerId,
            @RequestParam(defaultValue = "") String minutes,
            RedirectAttributes redirect) {
        try {
            if (learnerId == null) {
                throw new Rejected("questionbank.test.error.learner");
            }
            tests.setExtraTime(id, learnerId, whole(minutes));
            redirect.addFlashAttribute("saved", true);
        } catch (Rejected e) {
            if (e.status() == 404) {
                throw e;
            }
            redirect.addFlashAttribute("error", messages.text(e));
        }
        return "redirect:/assessment/tests/" + id;
    }

    private String classTests(Model model, UUID classId, TestForm form, List<String> problems, @Nullable String error) {
        ClassView schoolClass =
                academics.schoolClass(classId).orElseThrow(() -> Rejected.notFound("onlineTest.error.classNotFound"));
        List<TestView> list = tests.testsOfClass(classId);
        List<BankView> banks = tests.banksForClass(classId);
        model.addAttribute("schoolClass", schoolClass);
        model.addAttribute("tests", list);
        model.addAttribute("banks", banks);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("error", error);
        model.addAttribute("levels", CognitiveLevel.values());
        model.addAttribute("types", QuestionType.values());
        model.addAttribute("zone", BusinessClock.ZONE);
        return "assessment/class-tests";
    }

    private List<ClassChoice> classChoices() {
        if (CurrentUser.hasRole("DIRECTOR")) {
            return academics.currentClasses().stream()
                    .map(c -> new ClassChoice(c.id(), c.name()))
                    .toList();
        }
        return academics.myTeaching().stream()
                .map(t -> new ClassChoice(t.classId(), t.className()))
                .distinct()
                .toList();
    }
}
