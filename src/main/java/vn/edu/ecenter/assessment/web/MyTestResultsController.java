package vn.edu.ecenter.assessment.web;

import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.edu.ecenter.assessment.TestResults;
import vn.edu.ecenter.platform.clock.BusinessClock;

/** A learner's own online-test results, or a guardian's children's: scores, and after publication each question. */
@Controller
@PreAuthorize("hasAnyRole('LEARNER', 'GUARDIAN')")
class MyTestResultsController {

    private final TestResults results;

    MyTestResultsController(TestResults results) {
        this.results = results;
    }

    @GetMapping("/my/tests/results")
    String mine(Model model) {
        model.addAttribute("results", results.myResults());
        model.addAttribute("zone", BusinessClock.ZONE);
        return "assessment/my-results";
    }

    @GetMapping("/my/tests/attempts/{attemptId}")
    String attempt(@PathVariable UUID attemptId, Model model) {
        model.addAttribute("attempt", results.myAttempt(attemptId));
        model.addAttribute("zone", BusinessClock.ZONE);
        return "assessment/my-attempt";
    }
}
