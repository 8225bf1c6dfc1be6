package vn.edu.ecenter.gradebook.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
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
import vn.edu.ecenter.gradebook.ConductInput;
import vn.edu.ecenter.gradebook.Gradebook;
import vn.edu.ecenter.gradebook.GradebookRejection;
import vn.edu.ecenter.gradebook.rules.Rating;

/**
 * The conduct levels of a class for a semester (kết quả rèn luyện): the homeroom teacher proposes them in one form
 * (a level per learner, works without JavaScript); the director reads them.
 */
@Controller
@RequestMapping("/gradebook/classes/{classId}/conduct/{semester}")
@PreAuthorize("hasAnyRole('DIRECTOR', 'TEACHER')")
class ConductController {

    private final Gradebook gradebook;
    private final MessageSource messages;
    private final GradebookErrors errors;

    ConductController(Gradebook gradebook, MessageSource messages, GradebookErrors errors) {
        this.gradebook = gradebook;
        this.messages = messages;
        this.errors = errors;
    }

    @GetMapping
    String conduct(@PathVariable UUID classId, @PathVariable int semester, Model model) {
        model.addAttribute("conduct", gradebook.conduct(classId, semester));
        model.addAttribute("numeral", SheetView.numeral(semester));
        model.addAttribute("ratings", Rating.values());
        return "gradebook/conduct";
    }

    /** Fields {@code level-<learner id>} and {@code version-<learner id>}, one pair per learner of the form. */
    @PostMapping
    String save(
            @PathVariable UUID classId,
            @PathVariable int semester,
            @RequestParam Map<String, String> form,
            RedirectAttributes redirect,
            Locale locale) {
        List<ConductInput> levels = new ArrayList<>();
        form.forEach((name, value) -> {
            if (name.startsWith("level-")) {
                UUID learner = SheetView.formLearnerId(name.substring("level-".length()));
                String version = form.get("version-" + name.substring("level-".length()));
                levels.add(new ConductInput(
                        learner,
                        value,
                        version == null || !version.matches("\\d{1,9}") ? null : Integer.valueOf(version)));
            }
        });
        try {
            gradebook.saveConduct(classId, semester, levels);
            redirect.addFlashAttribute("notice", messages.getMessage("gradebook.conduct.saved", null, locale));
        } catch (GradebookRejection e) {
            if (e.kind() == GradebookRejection.Kind.FORBIDDEN || e.kind() == GradebookRejection.Kind.NOT_FOUND) {
                throw e;
            }
            redirect.addFlashAttribute("errors", errors.texts(e, locale));
        }
        return "redirect:/gradebook/classes/" + classId + "/conduct/" + semester;
    }
}
