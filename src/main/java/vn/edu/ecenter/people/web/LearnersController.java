package vn.edu.ecenter.people.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.edu.ecenter.identity.IssuedPassword;
import vn.edu.ecenter.people.GuardianDetails;
import vn.edu.ecenter.people.LearnerSummary;
import vn.edu.ecenter.people.LearnerView;
import vn.edu.ecenter.people.People;
import vn.edu.ecenter.people.PersonalData;
import vn.edu.ecenter.people.RecordConsent;
import vn.edu.ecenter.people.Relation;
import vn.edu.ecenter.platform.clock.BusinessClock;
import vn.edu.ecenter.platform.documents.Downloads;
import vn.edu.ecenter.platform.documents.ExcelExport;
import vn.edu.ecenter.platform.documents.ExcelExport.Column;
import vn.edu.ecenter.platform.documents.PdfRenderer;
import vn.edu.ecenter.platform.security.CurrentUser;
import vn.edu.ecenter.platform.web.Messages;
import vn.edu.ecenter.platform.web.Rejected;

/** The learner list with search while typing, the learner profile and its forms. */
@Controller
@RequestMapping("/learners")
class LearnersController {

    static final String STAFF = "hasAnyRole('SYSTEM_ADMIN', 'DIRECTOR', 'CLERK', 'ACCOUNTANT', 'LIBRARIAN', 'TEACHER')";
    static final String RECORDS = "hasAnyRole('SYSTEM_ADMIN', 'DIRECTOR', 'CLERK')";
    static final String DIRECTOR = "hasAnyRole('SYSTEM_ADMIN', 'DIRECTOR')";

    /** Rows on the list page; the export has them all. */
    static final int PAGE = 100;

    private final People people;
    private final PersonalData personalData;
    private final Messages messages;
    private final PdfRenderer pdf;
    private final BusinessClock clock;
    private final vn.edu.ecenter.centres.Centres centres;

    LearnersController(
            People people,
            PersonalData personalData,
            Messages messages,
            PdfRenderer pdf,
            BusinessClock clock,
            vn.edu.ecenter.centres.Centres centres) {
        this.centres = centres;
        this.people = people;
        this.personalData = personalData;
        this.messages = messages;
        this.pdf = pdf;
        this.clock = clock;
    }

    @org.springframework.web.bind.annotation.ModelAttribute("sexes")
    vn.edu.ecenter.people.Sex[] sexes() {
        return vn.edu.ecenter.people.Sex.values();
    }

    @GetMapping
    @PreAuthorize(STAFF)
    String list(
            @RequestParam(defaultValue = "") String q,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        List<LearnerSummary> found = q.isBlank() ? people.allLearners() : people.searchLearners(q, PAGE);
        model.addAttribute("q", q);
        model.addAttribute("learners", found.stream().limit(PAGE).toList());
        model.addAttribute("total", found.size());
        model.addAttribute("mayEdit", mayEdit());
        return htmx != null ? "people/learners :: results" : "people/learners";
    }

    @GetMapping("/export.xlsx")
    @PreAuthorize(STAFF)
    ResponseEntity<byte[]> export(@RequestParam(defaultValue = "") String q) {
        List<LearnerSummary> found = q.isBlank() ? people.allLearners() : people.searchLearners(q, 100_000);
        var export = ExcelExport.titled(
                        messages.text("people.learners.title"),
                        List.of(
                                Column.text(messages.text("people.field.code")),
                                Column.text(messages.text("people.field.fullName")),
                                Column.date(messages.text("people.field.birthDate")),
                                Column.text(messages.text("people.field.sex")),
                                Column.text(messages.text("people.field.phone"))))
                .sheetNamed(messages.text("people.learners.sheet"));
        for (LearnerSummary learner : found) {
            export.row(
                    learner.code(),
                    learner.name().fullName(),
                    learner.birthDate(),
                    messages.text("people.sex." + learner.sex()),
                    learner.phone());
        }
        return Downloads.xlsx(export.toBytes(), messages.text("people.learners.filename") + ".xlsx");
    }

    @GetMapping("/new")
    @PreAuthorize(RECORDS)
    String newLearner(Model model) {
        model.addAttribute("form", LearnerForm.empty());
        model.addAttribute("learnerId", null);
        return "people/learner-form";
    }

    @PostMapping
    @PreAuthorize(RECORDS)
    String create(LearnerForm form, Model model, RedirectAttributes redirect) {
        try {
            LearnerView view = people.registerLearner(form.toDetails());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/learners/" + view.id();
        } catch (Rejected e) {
            model.addAttribute("error", messages.text(e));
            model.addAttribute("form", form);
            model.addAttribute("learnerId", null);
            return "people/learner-form";
        }
    }

    @GetMapping("/{id}")
    @PreAuthorize("isAuthenticated()")
    String profile(@PathVariable UUID id, Model model) {
        LearnerView view = people.openLearner(id).orElseThrow(() -> Rejected.notFound("people.learner.notFound"));
        model.addAttribute("learner", view);
        var address = view.details().address();
        model.addAttribute(
                "addressLine",
                java.util.stream.Stream.of(address.street(), address.ward(), address.province())
                        .filter(part -> part != null && !part.isBlank())
                        .collect(java.util.stream.Collectors.joining(", ")));
        model.addAttribute("guardians", people.guardiansOf(id));
        model.addAttribute("mayEdit", mayEdit());
        model.addAttribute("isDirector", CurrentUser.hasRole("DIRECTOR") || CurrentUser.isSystemAdmin());
        model.addAttribute("relations", Relation.values());
        if (mayEdit()) {
            model.addAttribute("consents", personalData.consentsOf(id));
            model.addAttribute("consentRule", personalData.consentRule(id));
            model.addAttribute("today", clock.today());
        }
        return "people/learner";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(RECORDS)
    String edit(@PathVariable UUID id, Model model) {
        LearnerView view = people.openLearner(id).orElseThrow(() -> Rejected.notFound("people.learner.notFound"));
        model.addAttribute("form", LearnerForm.of(view));
        model.addAttribute("learnerId", id);
        return "people/learner-form";
    }

    @PostMapping("/{id}")
    @PreAuthorize(RECORDS)
    String update(@PathVariable UUID id, LearnerForm form, Model model, RedirectAttributes redirect) {
        try {
            people.updateLearner(id, form.toDetails(), form.versionOrZero());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/learners/" + id;
        } catch (Rejected e) {
            model.addAttribute("error", messages.text(e));
            model.addAttribute("form", form);
            model.addAttribute("learnerId", id);
            return "people/learner-form";
        }
    }

    @PostMapping("/{id}/reveal-id")
    @PreAuthorize(RECORDS)
    String revealId(
            @PathVariable UUID id, @RequestParam(defaultValue = "") String purpose, RedirectAttributes redirect) {
        return backToLearner(id, redirect, () -> people.revealCitizenId(id, purpose)
                .ifPresent(number -> redirect.addFlashAttribute("revealed", number)));
    }

    @PostMapping("/{id}/guardians")
    @PreAuthorize(RECORDS)
    String linkGuardian(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String familyName,
            @RequestParam(defaultValue = "") String middleName,
            @RequestParam(defaultValue = "") String givenName,
            @RequestParam(defaultValue = "") String phone,
            @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "OTHER") Relation relation,
            RedirectAttributes redirect) {
        return backToLearner(id, redirect, () -> {
            var guardian = new GuardianDetails(
                    Forms.name(familyName, middleName, givenName), phone, email.isBlank() ? null : email, null);
            people.linkGuardian(id, guardian, relation);
        });
    }

    @PostMapping("/{id}/guardians/{guardianId}/unlink")
    @PreAuthorize(RECORDS)
    String unlinkGuardian(@PathVariable UUID id, @PathVariable UUID guardianId, RedirectAttributes redirect) {
        return backToLearner(id, redirect, () -> people.unlinkGuardian(id, guardianId));
    }

    @PostMapping("/{id}/photo")
    @PreAuthorize(RECORDS)
    String uploadPhoto(
            @PathVariable UUID id,
            @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes redirect) {
        return backToLearner(id, redirect, () -> people.setLearnerPhoto(id, bytes(file), name(file)));
    }

    @GetMapping("/{id}/photo")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<byte[]> photo(@PathVariable UUID id) {
        return people.learnerPhoto(id).map(LearnersController::image).orElseGet(() -> ResponseEntity.notFound()
                .build());
    }

    @PostMapping("/{id}/id-image")
    @PreAuthorize(RECORDS)
    String uploadIdImage(
            @PathVariable UUID id,
            @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes redirect) {
        return backToLearner(id, redirect, () -> {
            personalData.storeIdImage(id, bytes(file), name(file));
            redirect.addFlashAttribute("idImageStored", true);
        });
    }

    /** Shows the scan of the citizen card for a stated purpose; the opening is logged. */
    @PostMapping("/{id}/id-image/view")
    @PreAuthorize(RECORDS)
    Object viewIdImage(
            @PathVariable UUID id, @RequestParam(defaultValue = "") String purpose, RedirectAttributes redirect) {
        try {
            return personalData
                    .openIdImage(id, purpose)
                    .<Object>map(LearnersController::image)
                    .orElse("redirect:/learners/" + id);
        } catch (Rejected e) {
            redirect.addFlashAttribute("error", messages.text(e));
            return "redirect:/learners/" + id;
        }
    }

    @PostMapping("/{id}/consents")
    @PreAuthorize(RECORDS)
    String recordConsent(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String purpose,
            @RequestParam(defaultValue = "") String givenBy,
            @RequestParam(defaultValue = "") String method,
            @RequestParam(defaultValue = "") String evidence,
            @RequestParam(required = false)
                    @org.springframework.format.annotation.DateTimeFormat(
                            iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
                    java.time.LocalDate givenOn,
            RedirectAttributes redirect) {
        try {
            UUID guardian = givenBy.isBlank() || givenBy.equals("LEARNER") ? null : UUID.fromString(givenBy);
            personalData.recordConsent(
                    id,
                    new RecordConsent(purpose, guardian, method, evidence, givenOn == null ? clock.today() : givenOn));
        } catch (Rejected e) {
            redirect.addFlashAttribute("error", messages.text(e));
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", messages.text("people.consent.notGuardian"));
        }
        return "redirect:/learners/" + id;
    }

    @PostMapping("/{id}/consents/{consentId}/withdraw")
    @PreAuthorize(RECORDS)
    String withdrawConsent(
            @PathVariable UUID id,
            @PathVariable UUID consentId,
            @RequestParam(defaultValue = "") String note,
            RedirectAttributes redirect) {
        return backToLearner(id, redirect, () -> personalData.withdrawConsent(id, consentId, clock.today(), note));
    }

    /** First passwords of the chosen learners (and their guardians), printed one slip per account. */
    @PostMapping("/passwords")
    @PreAuthorize(RECORDS)
    ResponseEntity<byte[]> passwords(
            @RequestParam(name = "ids", defaultValue = "") List<UUID> ids,
            @RequestParam(defaultValue = "false") boolean guardians,
            Locale locale) {
        List<IssuedPassword> issued = people.issueFirstPasswords(ids, guardians);
        byte[] document = pdf.render(
                "people/password-slips",
                Map.of("issued", issued, "issuedOn", Forms.date(clock.today()), "centreName", centreName()),
                locale);
        return Downloads.pdf(document, messages.text("people.passwords.filename") + ".pdf");
    }

    @GetMapping("/{id}/export.json")
    @PreAuthorize(RECORDS)
    ResponseEntity<Map<String, Object>> exportJson(@PathVariable UUID id) {
        Map<String, Object> data = personalData.exportLearner(id);
        return ResponseEntity.ok()
                .header(
                        "Content-Disposition",
                        Downloads.contentDisposition("attachment", "du-lieu-ca-nhan-" + id + ".json"))
                .header("Cache-Control", "private, no-store")
                .contentType(MediaType.APPLICATION_JSON)
                .body(data);
    }

    @GetMapping("/{id}/export.pdf")
    @PreAuthorize(RECORDS)
    ResponseEntity<byte[]> exportPdf(@PathVariable UUID id, Locale locale) {
        Map<String, Object> data = personalData.exportLearner(id);
        byte[] document = pdf.render("people/learner-export", Map.of("data", data, "centreName", centreName()), locale);
        return Downloads.pdf(document, "du-lieu-ca-nhan-" + id + ".pdf");
    }

    @PostMapping("/{id}/deidentify")
    @PreAuthorize(DIRECTOR)
    String deidentify(
            @PathVariable UUID id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        return backToLearner(id, redirect, () -> personalData.deidentifyLearner(id, reason));
    }

    /** Runs a change of the learner's record and goes back to the learner's page, with the refusal if any. */
    private String backToLearner(UUID id, RedirectAttributes redirect, Runnable change) {
        try {
            change.run();
        } catch (Rejected e) {
            redirect.addFlashAttribute("error", messages.text(e));
        }
        return "redirect:/learners/" + id;
    }

    /** A stored picture (PNG or else JPEG), never cached. */
    private static ResponseEntity<byte[]> image(byte[] bytes) {
        return ResponseEntity.ok()
                .contentType(bytes.length > 0 && (bytes[0] & 0xFF) == 0x89 ? MediaType.IMAGE_PNG : MediaType.IMAGE_JPEG)
                .header("Cache-Control", "private, no-store")
                .body(bytes);
    }

    private String centreName() {
        return CurrentUser.centre()
                .flatMap(centres::centre)
                .map(vn.edu.ecenter.centres.CentreView::name)
                .orElse("");
    }

    static boolean mayEdit() {
        return CurrentUser.hasRole("DIRECTOR") || CurrentUser.hasRole("CLERK") || CurrentUser.isSystemAdmin();
    }

    private static byte[] bytes(@org.jspecify.annotations.Nullable MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw new Rejected("people.file.required");
        }
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String name(MultipartFile file) {
        return file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
    }
}
