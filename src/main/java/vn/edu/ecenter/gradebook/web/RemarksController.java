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
import vn.edu.ecenter.gradebook.GradebookRejection;
import vn.edu.ecenter.gradebook.RemarkInput;
import vn.edu.ecenter.gradebook.RemarkSheet;
import vn.edu.ecenter.gradebook.Remarks;

/**
 * The remarks of the score book in one form each (works without JavaScript): the subject teacher's on a sheet's
 * learners for a semester, the homeroom teacher's on the year of every learner of the class. Readers see them read-only.
 */
@Controller
@RequestMapping("/gradebook/classes/{classId}")
@PreAuthorize("hasAnyRole('DIRECTOR', 'TEACHER')")
class RemarksController {

    private static final String SUBJECT = "/subjects/{subjectId}/semesters/{semester}/remarks";

    private final Remarks remarks;
    private final MessageSource messages;
    private final GradebookErrors errors;

    RemarksController(Remarks remarks, MessageSource messages, GradebookErrors errors) {
        this.remarks = remarks;
        this.messages = messages;
        this.errors = errors;
    }

    @GetMapping(SUBJECT)
    String subject(
            @PathVariable UUID classId,
            @PathVariable UUID subjectId,
            @PathVariable int semester,
            Model model,
            Locale locale) {
        RemarkSheet sheet = remarks.subjectRemarks(classId, subjectId, semester);
        String numeral = SheetView.numeral(semester);
        String sheetPath = SheetView.sheetPath(classId, subjectId, semester);
        return page(
                model,
                sheet,
                messages.getMessage(
                        "gradebook.remarks.subjectHeading",
                        new Object[] {sheet.subjectName(), sheet.className(), numeral},
                        locale),
                numeral,
                sheetPath + "/remarks",
                sheetPath);
    }

    @PostMapping(SUBJECT)
    String saveSubject(
            @PathVariable UUID classId,
            @PathVariable UUID subjectId,
            @PathVariable int semester,
            @RequestParam Map<String, String> form,
            RedirectAttributes redirect,
            Locale locale) {
        return save(
                () -> remarks.saveSubjectRemarks(classId, subjectId, semester, inputs(form)),
                SheetView.sheetPath(classId, subjectId, semester) + "/remarks",
                redirect,
                locale);
    }

    @GetMapping("/remarks")
    String homeroom(@PathVariable UUID classId, Model model, Locale locale) {
        RemarkSheet sheet = remarks.homeroomRemarks(classId);
        return page(
                model,
                sheet,
                messages.getMessage("gradebook.remarks.homeroomHeading", new Object[] {sheet.className()}, locale),
                SheetView.numeral(2),
                "/gradebook/classes/" + classId + "/remarks",
                "/gradebook/classes/" + classId);
    }

    @PostMapping("/remarks")
    String saveHomeroom(
            @PathVariable UUID classId,
            @RequestParam Map<String, String> form,
            RedirectAttributes redirect,
            Locale locale) {
        return save(
                () -> remarks.saveHomeroomRemarks(classId, inputs(form)),
                "/gradebook/classes/" + classId + "/remarks",
                redirect,
                locale);
    }

    private static String page(
            Model model, RemarkSheet sheet, String heading, String numeral, String path, String back) {
        model.addAttribute("remarks", sheet);
        model.addAttribute("heading", heading);
        model.addAttribute("numeral", numeral);
        model.addAttribute("path", path);
        model.addAttribute("back", back);
        model.addAttribute("maxLength", Remarks.MAX_LENGTH);
        return "gradebook/remarks";
    }

    private interface Saving {
        int save();
    }

    private String save(Saving saving, String path, RedirectAttributes redirect, Locale locale) {
        try {
            int changed = saving.save();
            redirect.addFlashAttribute(
                    "notice", messages.getMessage("gradebook.remarks.saved", new Object[] {changed}, locale));
        } catch (GradebookRejection e) {
            if (e.kind() == GradebookRejection.Kind.FORBIDDEN || e.kind() == GradebookRejection.Kind.NOT_FOUND) {
                throw e;
            }
            redirect.addFlashAttribute("errors", errors.texts(e, locale));
        }
        return "redirect:" + path;
    }

    /** Fields {@code text-<learner id>} and {@code version-<learner id>}, one pair per learner of the form. */
    private static List<RemarkInput> inputs(Map<String, String> form) {
        List<RemarkInput> inputs = new ArrayList<>();
        form.forEach((name, value) -> {
            if (name.startsWith("text-")) {
                String id = name.substring("text-".length());
                String version = form.get("version-" + id);
                inputs.add(new RemarkInput(
                        SheetView.formLearnerId(id),
                        value,
                        version == null || !version.matches("\\d{1,9}") ? null : Integer.valueOf(version)));
            }
        });
        return inputs;
    }
}
