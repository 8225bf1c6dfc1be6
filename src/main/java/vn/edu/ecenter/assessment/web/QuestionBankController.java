package vn.edu.ecenter.assessment.web;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.edu.ecenter.assessment.BankView;
import vn.edu.ecenter.assessment.QuestionBanks;
import vn.edu.ecenter.assessment.QuestionView;
import vn.edu.ecenter.assessment.Review;
import vn.edu.ecenter.assessment.exchange.QuestionFormat;
import vn.edu.ecenter.assessment.exchange.QuestionTemplate;
import vn.edu.ecenter.assessment.exchange.QuestionWriter;
import vn.edu.ecenter.assessment.questions.CognitiveLevel;
import vn.edu.ecenter.assessment.questions.QuestionType;
import vn.edu.ecenter.platform.web.Messages;
import vn.edu.ecenter.platform.web.Rejected;
import vn.edu.ecenter.shared.VietnameseText;

/**
 * The question banks' pages (ngân hàng câu hỏi): the banks the user may use and opening one, a bank's questions with
 * filters, importing a file with its report, exporting with what the file cannot hold, and the Excel template.
 */
@Controller
@RequestMapping("/assessment")
@PreAuthorize("hasAnyRole('DIRECTOR', 'TEACHER')")
class QuestionBankController {

    private final QuestionBanks banks;
    private final Messages messages;

    QuestionBankController(QuestionBanks banks, Messages messages) {
        this.banks = banks;
        this.messages = messages;
    }

    @GetMapping("/banks")
    String banks(Model model) {
        model.addAttribute("banks", banks.banks());
        model.addAttribute("subjects", banks.subjectsForBanks());
        return "assessment/banks";
    }

    @PostMapping("/banks")
    String createBank(
            @RequestParam(required = false) @Nullable UUID subjectId,
            @RequestParam(defaultValue = "") String name,
            RedirectAttributes redirect) {
        if (subjectId == null) {
            redirect.addFlashAttribute("error", messages.text("questionbank.banks.chooseSubject"));
            return "redirect:/assessment/banks";
        }
        try {
            return "redirect:/assessment/banks/"
                    + banks.createBank(subjectId, name).id();
        } catch (Rejected e) {
            redirect.addFlashAttribute("error", messages.text(e));
            redirect.addFlashAttribute("typedName", name);
            return "redirect:/assessment/banks";
        }
    }

    /** What the bank's list is narrowed to; blank fields do not narrow it. */
    record Filter(String topic, String level, String type, String review) {

        public boolean matches(QuestionView q) {
            return (topic.isBlank()
                            || topic.equalsIgnoreCase(
                                    Objects.toString(q.metadata().topic(), "")))
                    && (level.isBlank()
                            || (q.metadata().level() != null
                                    && q.metadata().level().name().equals(level)))
                    && (type.isBlank() || q.type().name().equals(type))
                    && (review.isBlank() || q.review().name().equals(review));
        }

        public boolean active() {
            return !(topic.isBlank() && level.isBlank() && type.isBlank() && review.isBlank());
        }
    }

    @GetMapping("/banks/{id}")
    String bank(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String topic,
            @RequestParam(defaultValue = "") String level,
            @RequestParam(defaultValue = "") String type,
            @RequestParam(defaultValue = "") String review,
            Model model) {
        BankView bank = bankOrNotFound(id);
        List<QuestionView> all = banks.questions(id);
        Filter filter = new Filter(topic, level, type, review);
        model.addAttribute("bank", bank);
        model.addAttribute("filter", filter);
        model.addAttribute("questions", all.stream().filter(filter::matches).toList());
        model.addAttribute("total", all.size());
        model.addAttribute(
                "topics",
                all.stream()
                        .map(q -> q.metadata().topic())
                        .filter(Objects::nonNull)
                        .distinct()
                        .sorted(VietnameseText.comparing(t -> t))
                        .toList());
        model.addAttribute("levels", CognitiveLevel.values());
        model.addAttribute("types", QuestionType.values());
        model.addAttribute("reviews", Review.values());
        return "assessment/bank";
    }

    @GetMapping("/banks/{id}/import")
    String importPage(@PathVariable UUID id, Model model) {
        model.addAttribute("bank", bankOrNotFound(id));
        model.addAttribute("formats", QuestionFormat.values());
        return "assessment/import";
    }

    @PostMapping("/banks/{id}/import")
    String importFile(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String format,
            @RequestParam(required = false) @Nullable MultipartFile file,
            Model model)
            throws IOException {
        model.addAttribute("bank", bankOrNotFound(id));
        model.addAttribute("formats", QuestionFormat.values());
        model.addAttribute("chosen", format);
        try {
            QuestionFormat parsed = QuestionFormat.ofSlug(format)
                    .orElseThrow(() -> Rejected.badRequest("questionBank.error.format", format));
            if (file == null || file.isEmpty()) {
                throw Rejected.badRequest("questionbank.import.noFile");
            }
            String name = Objects.requireNonNullElse(file.getOriginalFilename(), "tệp tải lên");
            model.addAttribute("fileName", name);
            model.addAttribute("outcome", banks.importQuestions(id, parsed, name, file.getBytes()));
        } catch (Rejected e) {
            model.addAttribute("error", messages.text(e));
        }
        return "assessment/import";
    }

    /** An export format, and what a file of the bank in it cannot hold. */
    record ExportChoice(QuestionFormat format, String fileName, List<String> losses) {}

    @GetMapping("/banks/{id}/export")
    String exportPage(@PathVariable UUID id, Model model) {
        model.addAttribute("bank", bankOrNotFound(id));
        model.addAttribute(
                "exports",
                List.of(QuestionFormat.MOODLE_XML, QuestionFormat.QTI21).stream()
                        .map(format -> new ExportChoice(
                                format,
                                QuestionWriter.fileName(format),
                                banks.export(id, format).losses()))
                        .toList());
        return "assessment/export";
    }

    @GetMapping("/banks/{id}/export/{format}")
    ResponseEntity<byte[]> export(@PathVariable UUID id, @PathVariable String format) {
        QuestionFormat parsed = QuestionFormat.ofSlug(format)
                .filter(QuestionFormat::writable)
                .orElseThrow(() -> Rejected.notFound("questionBank.error.notWritable", format));
        return file(
                QuestionWriter.fileName(parsed),
                MediaType.APPLICATION_OCTET_STREAM,
                banks.export(id, parsed).content());
    }

    @GetMapping("/question-template.xlsx")
    ResponseEntity<byte[]> template() {
        return file(
                "mau-cau-hoi.xlsx",
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                QuestionTemplate.workbook());
    }

    private BankView bankOrNotFound(UUID id) {
        return banks.bank(id).orElseThrow(() -> Rejected.notFound("questionBank.error.bankNotFound"));
    }

    private static ResponseEntity<byte[]> file(String name, MediaType type, byte[] content) {
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .contentType(type)
                .body(content);
    }
}
