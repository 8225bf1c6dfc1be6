package vn.edu.ecenter.assessment.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.edu.ecenter.assessment.BankView;
import vn.edu.ecenter.assessment.QuestionBanks;
import vn.edu.ecenter.assessment.QuestionImages;
import vn.edu.ecenter.assessment.QuestionView;
import vn.edu.ecenter.assessment.questions.CognitiveLevel;
import vn.edu.ecenter.assessment.questions.Difficulty;
import vn.edu.ecenter.assessment.questions.QuestionCheck;
import vn.edu.ecenter.assessment.questions.QuestionSpec;
import vn.edu.ecenter.assessment.questions.QuestionType;
import vn.edu.ecenter.platform.clock.BusinessClock;
import vn.edu.ecenter.platform.security.CurrentUser;
import vn.edu.ecenter.platform.web.Messages;
import vn.edu.ecenter.platform.web.Rejected;

/**
 * A bank's question: its page (text, key, metadata, versions, review, retiring) and its editor, which saves a new
 * question or a new version written from the version the editor opened — a stale edit is refused and comes back as
 * typed, with the conflict said.
 */
@Controller
@RequestMapping("/assessment")
@PreAuthorize("hasAnyRole('DIRECTOR', 'TEACHER')")
class QuestionController {

    private final QuestionBanks banks;
    private final QuestionImages images;
    private final Messages messages;

    QuestionController(QuestionBanks banks, QuestionImages images, Messages messages) {
        this.banks = banks;
        this.images = images;
        this.messages = messages;
    }

    @GetMapping("/questions/{id}")
    String question(@PathVariable UUID id, Model model) {
        QuestionView question = banks.question(id).orElseThrow(QuestionController::notFound);
        model.addAttribute("question", question);
        model.addAttribute("bank", banks.bank(question.bankId()).orElseThrow(QuestionController::notFound));
        model.addAttribute("history", banks.history(id));
        model.addAttribute("ownQuestion", question.writtenBy().equals(CurrentUser.actor()));
        model.addAttribute("zone", BusinessClock.ZONE);
        return "assessment/question";
    }

    @PostMapping("/questions/{id}/review")
    String review(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "0") int version,
            @RequestParam(defaultValue = "") String decision,
            @RequestParam(defaultValue = "") String note,
            RedirectAttributes redirect) {
        try {
            banks.review(id, version, "approve".equals(decision), note);
            redirect.addFlashAttribute("saved", "approve".equals(decision) ? "approved" : "returned");
        } catch (Rejected e) {
            if (e.status() == 404) {
                throw e;
            }
            redirect.addFlashAttribute("error", messages.text(e));
            redirect.addFlashAttribute("typedNote", note);
        }
        return "redirect:/assessment/questions/" + id;
    }

    @PostMapping("/questions/{id}/retire")
    String retire(@PathVariable UUID id, RedirectAttributes redirect) {
        banks.retire(id);
        redirect.addFlashAttribute("saved", "retired");
        return "redirect:/assessment/questions/" + id;
    }

    @GetMapping("/banks/{bankId}/questions/new")
    String newQuestion(
            @PathVariable UUID bankId, @RequestParam(required = false) @Nullable QuestionType type, Model model) {
        BankView bank = banks.bank(bankId).orElseThrow(QuestionController::notFound);
        if (type == null || !QuestionForm.EDITABLE.contains(type)) {
            model.addAttribute("bank", bank);
            model.addAttribute("kinds", QuestionForm.EDITABLE);
            return "assessment/question-kind";
        }
        return editor(model, bank, null, QuestionForm.blank(type), List.of(), null);
    }

    @PostMapping("/banks/{bankId}/questions")
    String addQuestion(
            @PathVariable UUID bankId,
            @RequestParam QuestionType type,
            @RequestParam MultiValueMap<String, String> form,
            @RequestParam(required = false) @Nullable MultipartFile imageFile,
            Model model,
            Locale locale) {
        BankView bank = banks.bank(bankId).orElseThrow(QuestionController::notFound);
        List<String> problems = new ArrayList<>();
        QuestionForm typed = picture(QuestionForm.posted(type, form), bankId, form, imageFile, problems);
        QuestionSpec spec = check(typed, null, problems, locale);
        if (!problems.isEmpty()) {
            return editor(model, bank, null, typed, problems, null);
        }
        try {
            return "redirect:/assessment/questions/"
                    + banks.addQuestion(bankId, spec).id() + "?saved";
        } catch (Rejected e) {
            return editor(model, bank, null, typed, List.of(), messages.text(e));
        }
    }

    @GetMapping("/questions/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        QuestionView question = banks.question(id).orElseThrow(QuestionController::notFound);
        QuestionForm form = QuestionForm.of(question);
        BankView bank = banks.bank(question.bankId()).orElseThrow(QuestionController::notFound);
        return editor(model, bank, question, form, List.of(), null);
    }

    @PostMapping("/questions/{id}")
    String revise(
            @PathVariable UUID id,
            @RequestParam MultiValueMap<String, String> form,
            @RequestParam(required = false) @Nullable MultipartFile imageFile,
            Model model,
            HttpServletResponse response,
            Locale locale) {
        QuestionView question = banks.question(id).orElseThrow(QuestionController::notFound);
        BankView bank = banks.bank(question.bankId()).orElseThrow(QuestionController::notFound);
        List<String> problems = new ArrayList<>();
        QuestionForm typed = picture(QuestionForm.posted(question.type(), form), bank.id(), form, imageFile, problems);
        QuestionSpec spec = check(typed, question, problems, locale);
        if (!problems.isEmpty()) {
            return editor(model, bank, question, typed, problems, null);
        }
        try {
            banks.reviseQuestion(id, typed.basedOn(), spec);
            return "redirect:/assessment/questions/" + id + "?saved";
        } catch (Rejected e) {
            response.setStatus(e.status());
            return editor(model, bank, question, typed, List.of(), messages.text(e));
        }
    }

    /** The question's flaws and the form's unreadable values, in words; the spec as far as it could be read. */
    private QuestionSpec check(
            QuestionForm form, @Nullable QuestionView previous, List<String> problems, Locale locale) {
        List<QuestionForm.Problem> unreadable = new ArrayList<>();
        QuestionSpec spec = form.toSpec(unreadable, previous == null ? null : previous.question());
        unreadable.forEach(p -> problems.add(messages.text(p.key(), p.arguments())));
        QuestionCheck.flaws(spec.question()).forEach(f -> problems.add(f.message(locale)));
        return spec;
    }

    private String editor(
            Model model,
            BankView bank,
            @Nullable QuestionView question,
            QuestionForm form,
            List<String> problems,
            @Nullable String error) {
        model.addAttribute("bank", bank);
        model.addAttribute("question", question);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("error", error);
        model.addAttribute("levels", CognitiveLevel.values());
        model.addAttribute("difficulties", Difficulty.values());
        return "assessment/editor";
    }

    /**
     * The form with the picture asked for: none when "remove" is ticked, a newly chosen file kept at once (so that a
     * refused form keeps it), otherwise the one it had. A file that is no picture is a problem of the form.
     */
    private QuestionForm picture(
            QuestionForm form,
            UUID bankId,
            MultiValueMap<String, String> posted,
            @Nullable MultipartFile file,
            List<String> problems) {
        QuestionForm result = "true".equals(posted.getFirst("removeImage")) ? form.withImage("") : form;
        if (file == null || file.isEmpty()) {
            return result;
        }
        try {
            String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
            return result.withImage(images.upload(bankId, name, file.getBytes()).toString());
        } catch (Rejected e) {
            problems.add(messages.text(e));
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Rejected notFound() {
        return Rejected.notFound("questionBank.error.questionNotFound");
    }
}
