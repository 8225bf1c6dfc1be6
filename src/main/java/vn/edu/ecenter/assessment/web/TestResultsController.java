package vn.edu.ecenter.assessment.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.edu.ecenter.assessment.EssayMarks;
import vn.edu.ecenter.assessment.TestResults;
import vn.edu.ecenter.assessment.TestResultsView;
import vn.edu.ecenter.assessment.TransferOutcome;
import vn.edu.ecenter.platform.clock.BusinessClock;
import vn.edu.ecenter.platform.documents.Downloads;
import vn.edu.ecenter.platform.web.Messages;
import vn.edu.ecenter.platform.web.Rejected;

/**
 * A test's results for staff: statistics and the learners' attempts, the Excel workbook, publishing, marking essays,
 * and sending the scores to a ĐĐGtx column of the gradebook after a preview — nothing is sent before the teacher
 * confirms, and a mark already in the book is overwritten only when the teacher ticks "ghi đè".
 */
@Controller
@PreAuthorize("hasAnyRole('DIRECTOR', 'TEACHER')")
class TestResultsController {

    private final TestResults results;
    private final Messages messages;

    TestResultsController(TestResults results, Messages messages) {
        this.results = results;
        this.messages = messages;
    }

    @ModelAttribute("zone")
    java.time.ZoneId zone() {
        return BusinessClock.ZONE;
    }

    @GetMapping("/assessment/tests/{testId}/results")
    String results(@PathVariable UUID testId, Model model) {
        TestResultsView view = results.results(testId);
        model.addAttribute("results", view);
        model.addAttribute(
                "bandTop",
                view.summary().bands().stream().mapToInt(i -> i).max().orElse(0));
        return "assessment/results";
    }

    @GetMapping("/assessment/tests/{testId}/results/export.xlsx")
    ResponseEntity<byte[]> export(@PathVariable UUID testId) {
        return Downloads.xlsx(results.exportResults(testId), "ket-qua-bai-kiem-tra.xlsx");
    }

    @PostMapping("/assessment/tests/{testId}/results/publish")
    String publish(
            @PathVariable UUID testId,
            @RequestParam(defaultValue = "true") boolean published,
            RedirectAttributes redirect) {
        try {
            results.publish(testId, published);
            redirect.addFlashAttribute("notice", published ? "testResults.published" : "testResults.withdrawn");
        } catch (Rejected e) {
            redirect.addFlashAttribute("error", shown(e));
        }
        return "redirect:/assessment/tests/" + testId + "/results";
    }

    @GetMapping("/assessment/attempts/{attemptId}/marking")
    String marking(@PathVariable UUID attemptId, Model model) {
        model.addAttribute("marking", results.marking(attemptId));
        return "assessment/marking";
    }

    @PostMapping("/assessment/attempts/{attemptId}/marking/{questionId}")
    String mark(
            @PathVariable UUID attemptId,
            @PathVariable UUID questionId,
            @RequestParam(name = "points", required = false) @Nullable List<String> points,
            @RequestParam(required = false) @Nullable String comment,
            RedirectAttributes redirect) {
        try {
            results.markEssay(attemptId, questionId, new EssayMarks(numbers(points), comment));
            redirect.addFlashAttribute("notice", "testResults.marking.saved");
        } catch (Rejected e) {
            redirect.addFlashAttribute("error", shown(e));
        }
        return "redirect:/assessment/attempts/" + attemptId + "/marking";
    }

    private static List<BigDecimal> numbers(@Nullable List<String> typed) {
        List<BigDecimal> numbers = new ArrayList<>();
        for (String text : typed == null ? List.<String>of() : typed) {
            try {
                numbers.add(new BigDecimal(text.strip().replace(',', '.')));
            } catch (NumberFormatException e) {
                throw new Rejected("testResults.error.markNumber", text);
            }
        }
        return numbers;
    }

    @GetMapping("/assessment/tests/{testId}/transfer")
    String transfer(
            @PathVariable UUID testId,
            @RequestParam(required = false) @Nullable Integer semester,
            @RequestParam(required = false) @Nullable Integer column,
            Model model) {
        model.addAttribute("results", results.results(testId));
        if (semester != null && column != null) {
            try {
                model.addAttribute("preview", results.previewTransfer(testId, semester, column));
            } catch (Rejected e) {
                model.addAttribute("error", messages.text(e));
            }
        }
        model.addAttribute("semester", semester == null ? 1 : semester);
        model.addAttribute("column", column == null ? 1 : column);
        return "assessment/transfer";
    }

    @PostMapping("/assessment/tests/{testId}/transfer")
    String confirm(
            @PathVariable UUID testId,
            @RequestParam int semester,
            @RequestParam int column,
            @RequestParam(defaultValue = "false") boolean overwrite,
            @RequestParam(name = "learner", required = false) @Nullable List<UUID> learners,
            RedirectAttributes redirect) {
        try {
            TransferOutcome outcome = results.confirmTransfer(
                    testId, semester, column, overwrite, new LinkedHashSet<>(learners == null ? List.of() : learners));
            return "redirect:/assessment/tests/" + testId + "/transfers/" + outcome.transferId();
        } catch (Rejected e) {
            redirect.addFlashAttribute("error", shown(e));
            return "redirect:/assessment/tests/" + testId + "/transfer?semester=" + semester + "&column=" + column;
        }
    }

    /** The refusal's text for the page; a test or attempt that does not exist stays a 404. */
    private String shown(Rejected e) {
        if (e.status() == 404) {
            throw e;
        }
        return messages.text(e);
    }

    @GetMapping("/assessment/tests/{testId}/transfers/{transferId}")
    String outcome(@PathVariable UUID testId, @PathVariable UUID transferId, Model model) {
        model.addAttribute("outcome", results.transfer(testId, transferId));
        return "assessment/transfer-outcome";
    }
}
