package vn.edu.ecenter.assessment.web;

import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.edu.ecenter.assessment.OnlineTests;
import vn.edu.ecenter.assessment.PaperTests;
import vn.edu.ecenter.platform.documents.Downloads;
import vn.edu.ecenter.platform.web.Messages;
import vn.edu.ecenter.platform.web.Rejected;

/** A test's paper versions (mã đề): made here, printed as the papers, the answer sheet and the key (PDF). */
@Controller
@RequestMapping("/assessment/tests/{testId}/papers")
@PreAuthorize("hasAnyRole('DIRECTOR', 'TEACHER')")
class PaperTestsController {

    private final PaperTests papers;
    private final OnlineTests tests;
    private final Messages messages;

    PaperTestsController(PaperTests papers, OnlineTests tests, Messages messages) {
        this.papers = papers;
        this.tests = tests;
        this.messages = messages;
    }

    @GetMapping
    String page(@PathVariable UUID testId, Model model) {
        model.addAttribute(
                "test", tests.test(testId).orElseThrow(() -> Rejected.notFound("onlineTest.error.testNotFound")));
        model.addAttribute("set", papers.versions(testId).orElse(null));
        model.addAttribute("most", PaperTests.MOST_VERSIONS);
        return "assessment/papers";
    }

    @PostMapping
    String make(@PathVariable UUID testId, @RequestParam(defaultValue = "4") int count, RedirectAttributes redirect) {
        tests.test(testId).orElseThrow(() -> Rejected.notFound("onlineTest.error.testNotFound"));
        try {
            papers.makeVersions(testId, count);
            redirect.addFlashAttribute("made", true);
        } catch (Rejected refused) {
            redirect.addFlashAttribute("error", messages.text(refused));
        }
        return "redirect:/assessment/tests/" + testId + "/papers";
    }

    @GetMapping("/papers.pdf")
    ResponseEntity<byte[]> papers(@PathVariable UUID testId, Locale locale) {
        return Downloads.pdf(papers.papers(testId, locale), "ma-de.pdf");
    }

    @GetMapping("/answer-sheet.pdf")
    ResponseEntity<byte[]> sheet(@PathVariable UUID testId, Locale locale) {
        return Downloads.pdf(papers.answerSheet(testId, locale), "phieu-tra-loi.pdf");
    }

    @GetMapping("/key.pdf")
    ResponseEntity<byte[]> key(@PathVariable UUID testId, Locale locale) {
        return Downloads.pdf(papers.key(testId, locale), "dap-an.pdf");
    }
}
