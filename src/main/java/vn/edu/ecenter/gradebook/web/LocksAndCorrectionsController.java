package vn.edu.ecenter.gradebook.web;

import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.edu.ecenter.gradebook.Gradebook;
import vn.edu.ecenter.gradebook.GradebookRejection;
import vn.edu.ecenter.platform.security.CurrentUser;

/**
 * Locking semesters (khóa sổ) of a class or the whole centre, and the corrections after a lock: the director's list of
 * requests to decide, a teacher's own requests.
 */
@Controller
@RequestMapping("/gradebook")
@PreAuthorize("hasAnyRole('DIRECTOR', 'TEACHER')")
class LocksAndCorrectionsController {

    private final Gradebook gradebook;
    private final MessageSource messages;
    private final GradebookErrors errors;

    LocksAndCorrectionsController(Gradebook gradebook, MessageSource messages, GradebookErrors errors) {
        this.gradebook = gradebook;
        this.messages = messages;
        this.errors = errors;
    }

    @PostMapping("/classes/{classId}/semesters/{semester}/lock")
    @PreAuthorize("hasRole('DIRECTOR')")
    String lock(@PathVariable UUID classId, @PathVariable int semester, RedirectAttributes redirect, Locale locale) {
        gradebook.lock(classId, semester);
        return noticed(redirect, "gradebook.lock.done", semester, locale, "redirect:/gradebook/classes/" + classId);
    }

    @PostMapping("/classes/{classId}/semesters/{semester}/unlock")
    @PreAuthorize("hasRole('DIRECTOR')")
    String unlock(@PathVariable UUID classId, @PathVariable int semester, RedirectAttributes redirect, Locale locale) {
        gradebook.unlock(classId, semester);
        return noticed(redirect, "gradebook.unlock.done", semester, locale, "redirect:/gradebook/classes/" + classId);
    }

    @PostMapping("/semesters/{semester}/lock")
    @PreAuthorize("hasRole('DIRECTOR')")
    String lockCentre(@PathVariable int semester, RedirectAttributes redirect, Locale locale) {
        gradebook.lockCentre(semester);
        return noticed(redirect, "gradebook.lockCentre.done", semester, locale, "redirect:/gradebook");
    }

    @PostMapping("/semesters/{semester}/unlock")
    @PreAuthorize("hasRole('DIRECTOR')")
    String unlockCentre(@PathVariable int semester, RedirectAttributes redirect, Locale locale) {
        gradebook.unlockCentre(semester);
        return noticed(redirect, "gradebook.unlockCentre.done", semester, locale, "redirect:/gradebook");
    }

    /** Tells the director what was done to a semester ("Đã khóa sổ học kỳ I …") on the page redirected to. */
    private String noticed(RedirectAttributes redirect, String doneKey, int semester, Locale locale, String target) {
        redirect.addFlashAttribute(
                "notice", messages.getMessage(doneKey, new Object[] {SheetView.numeral(semester)}, locale));
        return target;
    }

    @GetMapping("/corrections")
    String corrections(Model model, Locale locale) {
        model.addAttribute("director", CurrentUser.hasRole("DIRECTOR"));
        model.addAttribute(
                "corrections",
                gradebook.pendingCorrections().stream()
                        .map(c -> SheetView.correction(c, messages, locale))
                        .toList());
        return "gradebook/corrections";
    }

    @PostMapping("/corrections/{id}/approve")
    @PreAuthorize("hasRole('DIRECTOR')")
    String approve(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String note,
            RedirectAttributes redirect,
            Locale locale) {
        return decide(() -> gradebook.approveCorrection(id, note), "gradebook.correction.approved", redirect, locale);
    }

    @PostMapping("/corrections/{id}/reject")
    @PreAuthorize("hasRole('DIRECTOR')")
    String reject(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String note,
            RedirectAttributes redirect,
            Locale locale) {
        return decide(() -> gradebook.rejectCorrection(id, note), "gradebook.correction.rejected", redirect, locale);
    }

    private String decide(Supplier<?> decision, String doneKey, RedirectAttributes redirect, Locale locale) {
        try {
            decision.get();
            redirect.addFlashAttribute("notice", messages.getMessage(doneKey, null, locale));
        } catch (GradebookRejection e) {
            if (e.kind() == GradebookRejection.Kind.FORBIDDEN) {
                throw e;
            }
            redirect.addFlashAttribute("errors", errors.texts(e, locale));
        }
        return "redirect:/gradebook/corrections";
    }
}
