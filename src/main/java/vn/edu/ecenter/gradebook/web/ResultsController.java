package vn.edu.ecenter.gradebook.web;

import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.edu.ecenter.gradebook.ClassResults;
import vn.edu.ecenter.gradebook.GradebookRejection;
import vn.edu.ecenter.gradebook.LearnerYear;
import vn.edu.ecenter.gradebook.ResultPeriod;
import vn.edu.ecenter.gradebook.Results;
import vn.edu.ecenter.gradebook.rules.SubjectResult;
import vn.edu.ecenter.platform.documents.Downloads;
import vn.edu.ecenter.platform.web.Messages;

/**
 * The results pages: the class summary (bảng tổng hợp) per HK1, HK2 and CN with its Excel export, a learner's year with
 * the re-test form (homeroom teacher, director), "Kết quả học tập" for a learner and a guardian, and the director's
 * centre overview with its charts drawn as SVG on the server.
 */
@Controller
class ResultsController {

    private final Results results;
    private final Messages messages;
    private final MessageSource messageSource;
    private final GradebookErrors errors;

    ResultsController(Results results, Messages messages, MessageSource messageSource, GradebookErrors errors) {
        this.results = results;
        this.messages = messages;
        this.messageSource = messageSource;
        this.errors = errors;
    }

    @GetMapping("/gradebook/classes/{classId}/summary")
    @PreAuthorize("hasAnyRole('DIRECTOR', 'TEACHER')")
    String summary(@PathVariable UUID classId, @RequestParam(required = false) @Nullable String period, Model model) {
        ResultPeriod chosen = period == null ? ResultPeriod.HK1 : ResultsApiController.period(period);
        ClassResults summary = results.classResults(classId, chosen);
        model.addAttribute("summary", summary);
        model.addAttribute("periods", ResultPeriod.values());
        model.addAttribute("show", new Show());
        return "results/summary";
    }

    @GetMapping("/gradebook/classes/{classId}/summary/export.xlsx")
    @PreAuthorize("hasAnyRole('DIRECTOR', 'TEACHER')")
    ResponseEntity<byte[]> export(@PathVariable UUID classId, @RequestParam(required = false) @Nullable String period) {
        ResultPeriod chosen = period == null ? ResultPeriod.HK1 : ResultsApiController.period(period);
        ClassResults summary = results.classResults(classId, chosen);
        return Downloads.xlsx(
                results.exportClassResults(summary),
                messages.text("results.export.file", summary.className(), chosen.name(), summary.schoolYearName())
                        + ".xlsx");
    }

    @GetMapping("/gradebook/classes/{classId}/learners/{learnerId}/results")
    @PreAuthorize("hasAnyRole('DIRECTOR', 'TEACHER')")
    String learner(@PathVariable UUID classId, @PathVariable UUID learnerId, Model model) {
        LearnerYear year = results.learnerYear(classId, learnerId);
        model.addAttribute("year", year);
        model.addAttribute("show", new Show());
        model.addAttribute(
                "retest", year.decision() != null && !year.retestSubjects().isEmpty());
        return "results/learner";
    }

    @PostMapping("/gradebook/classes/{classId}/learners/{learnerId}/retests")
    @PreAuthorize("hasAnyRole('DIRECTOR', 'TEACHER')")
    String retest(
            @PathVariable UUID classId,
            @PathVariable UUID learnerId,
            @RequestParam(required = false) @Nullable UUID subjectId,
            @RequestParam(required = false, defaultValue = "") String value,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            if (subjectId == null) {
                throw GradebookRejection.of(GradebookRejection.Kind.INVALID, "results.retest.noSubject");
            }
            results.recordRetest(classId, learnerId, subjectId, value);
            redirect.addFlashAttribute("notice", messageSource.getMessage("results.retest.saved", null, locale));
        } catch (GradebookRejection e) {
            if (e.kind() == GradebookRejection.Kind.FORBIDDEN || e.kind() == GradebookRejection.Kind.NOT_FOUND) {
                throw e;
            }
            redirect.addFlashAttribute("errors", errors.texts(e, locale));
        }
        return "redirect:/gradebook/classes/" + classId + "/learners/" + learnerId + "/results";
    }

    @GetMapping("/my/results")
    @PreAuthorize("hasAnyRole('LEARNER', 'GUARDIAN')")
    String mine(Model model) {
        model.addAttribute("years", results.myResults());
        model.addAttribute("show", new Show());
        return "results/mine";
    }

    @GetMapping("/gradebook/overview")
    @PreAuthorize("hasRole('DIRECTOR')")
    String overview(@RequestParam(required = false) @Nullable String period, Model model) {
        ResultPeriod chosen = period == null ? ResultPeriod.CN : ResultsApiController.period(period);
        model.addAttribute("overview", results.centreOverview(chosen));
        model.addAttribute("periods", ResultPeriod.values());
        return "results/overview";
    }

    /** Results as the books print them, for the templates. */
    static final class Show {

        /** "8,5", "Đ", "CĐ", or empty while incomplete (or not taken). */
        public String result(@Nullable SubjectResult result) {
            String text = ResultsJson.display(result);
            return text == null ? "" : text;
        }
    }
}
