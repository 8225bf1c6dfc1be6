package vn.edu.ecenter.gradebook.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
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
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.edu.ecenter.gradebook.DigitalRecords;
import vn.edu.ecenter.gradebook.DigitalRecords.Batch;
import vn.edu.ecenter.gradebook.DigitalRecords.RecordState;
import vn.edu.ecenter.gradebook.DigitalRecords.SignedFile;
import vn.edu.ecenter.gradebook.DigitalRecords.Step;
import vn.edu.ecenter.gradebook.GradebookRejection;
import vn.edu.ecenter.platform.clock.BusinessClock;
import vn.edu.ecenter.platform.documents.Downloads;
import vn.edu.ecenter.platform.signing.CopyKind;

/**
 * The học bạ số pages (issue 4): a class's records with the check and signature actions for one learner or the whole
 * class, a learner's signed versions with their verification and the copies issued, the issue form and the download
 * of a signed version; and the class's states as JSON.
 */
@Controller
@Tag(name = "Sổ điểm / Gradebook")
class DigitalRecordsController {

    private final DigitalRecords records;
    private final MessageSource messages;
    private final GradebookErrors errors;

    DigitalRecordsController(DigitalRecords records, MessageSource messages, GradebookErrors errors) {
        this.records = records;
        this.messages = messages;
        this.errors = errors;
    }

    @GetMapping("/gradebook/classes/{classId}/hoc-ba")
    @PreAuthorize("hasAnyRole('DIRECTOR', 'TEACHER')")
    String classPage(@PathVariable UUID classId, Model model) {
        model.addAttribute("records", records.classRecords(classId));
        model.addAttribute("show", new Show());
        return "hocba/class";
    }

    @PostMapping("/gradebook/classes/{classId}/hoc-ba/check")
    @PreAuthorize("hasRole('DIRECTOR')")
    String check(
            @PathVariable UUID classId,
            @RequestParam(required = false) @Nullable UUID learnerId,
            RedirectAttributes redirect,
            Locale locale) {
        return act(
                classId,
                learnerId,
                id -> records.check(classId, id),
                () -> records.checkClass(classId),
                "hocba.checked",
                redirect,
                locale);
    }

    @PostMapping("/gradebook/classes/{classId}/hoc-ba/sign-homeroom")
    @PreAuthorize("hasAnyRole('DIRECTOR', 'TEACHER')")
    String signAsHomeroom(
            @PathVariable UUID classId,
            @RequestParam(required = false) @Nullable UUID learnerId,
            RedirectAttributes redirect,
            Locale locale) {
        return act(
                classId,
                learnerId,
                id -> records.signAsHomeroom(classId, id),
                () -> records.signClassAsHomeroom(classId),
                "hocba.signed",
                redirect,
                locale);
    }

    @PostMapping("/gradebook/classes/{classId}/hoc-ba/sign-director")
    @PreAuthorize("hasRole('DIRECTOR')")
    String signAsDirector(
            @PathVariable UUID classId,
            @RequestParam(required = false) @Nullable UUID learnerId,
            RedirectAttributes redirect,
            Locale locale) {
        return act(
                classId,
                learnerId,
                id -> records.signAsDirector(classId, id),
                () -> records.signClassAsDirector(classId),
                "hocba.signed",
                redirect,
                locale);
    }

    /** One learner's step, or the whole class's with the skipped learners listed; refusals come back as messages. */
    private String act(
            UUID classId,
            @Nullable UUID learnerId,
            Function<UUID, RecordState> one,
            java.util.function.Supplier<Batch> all,
            String doneKey,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            if (learnerId != null) {
                RecordState state = one.apply(learnerId);
                redirect.addFlashAttribute(
                        "notice",
                        messages.getMessage(doneKey, new Object[] {state.name().fullName()}, locale));
            } else {
                Batch batch = all.get();
                redirect.addFlashAttribute(
                        "notice",
                        messages.getMessage(
                                "hocba.batch.done",
                                new Object[] {
                                    batch.done().size(), batch.skipped().size()
                                },
                                locale));
                List<String> skipped = new ArrayList<>();
                batch.skipped()
                        .forEach(
                                s -> skipped.add(s.name().fullName() + ": " + messages.getMessage(s.reason(), locale)));
                redirect.addFlashAttribute("skipped", skipped);
            }
        } catch (GradebookRejection e) {
            if (e.kind() == GradebookRejection.Kind.FORBIDDEN || e.kind() == GradebookRejection.Kind.NOT_FOUND) {
                throw e;
            }
            redirect.addFlashAttribute("errors", errors.texts(e, locale));
        }
        return "redirect:/gradebook/classes/" + classId + "/hoc-ba";
    }

    @GetMapping("/gradebook/learners/{learnerId}/hoc-ba")
    @PreAuthorize("isAuthenticated()")
    String learnerPage(@PathVariable UUID learnerId, Model model) {
        model.addAttribute("book", records.learnerRecords(learnerId));
        model.addAttribute("show", new Show());
        model.addAttribute("copyKinds", CopyKind.values());
        return "hocba/learner";
    }

    @GetMapping("/gradebook/learners/{learnerId}/hoc-ba/versions/{versionId}/download")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<byte[]> download(@PathVariable UUID learnerId, @PathVariable UUID versionId) {
        SignedFile file = records.signedFile(learnerId, versionId);
        return Downloads.pdf(file.content(), file.filename());
    }

    @PostMapping("/gradebook/learners/{learnerId}/hoc-ba/versions/{versionId}/issue")
    @PreAuthorize("hasAnyRole('DIRECTOR', 'CLERK')")
    Object issue(
            @PathVariable UUID learnerId,
            @PathVariable UUID versionId,
            @RequestParam(required = false, defaultValue = "COPY") String kind,
            @RequestParam(required = false, defaultValue = "") String issuedTo,
            @RequestParam(required = false, defaultValue = "") String purpose,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            CopyKind copyKind = "EXTRACT".equals(kind) ? CopyKind.EXTRACT : CopyKind.COPY;
            SignedFile file = records.issue(learnerId, versionId, copyKind, issuedTo, purpose);
            return Downloads.pdf(file.content(), file.filename());
        } catch (GradebookRejection e) {
            if (e.kind() == GradebookRejection.Kind.FORBIDDEN || e.kind() == GradebookRejection.Kind.NOT_FOUND) {
                throw e;
            }
            redirect.addFlashAttribute("errors", errors.texts(e, locale));
            return "redirect:/gradebook/learners/" + learnerId + "/hoc-ba";
        }
    }

    @Operation(
            summary = "Trạng thái học bạ số của từng học viên trong lớp",
            description = "GVCN của lớp và ban giám đốc. stage: INCOMPLETE, COMPLETE, CHECKED, SIGNED_BY_HOMEROOM,"
                    + " SIGNED_BY_DIRECTOR; missing: những gì còn thiếu; changedAfterSigning: cần ký lại.")
    @GetMapping("/api/v1/gradebook/classes/{classId}/hoc-ba")
    @PreAuthorize("hasAnyRole('DIRECTOR', 'TEACHER')")
    @ResponseBody
    Map<String, Object> states(@Parameter(description = "Mã lớp (id)") @PathVariable UUID classId, Locale locale) {
        DigitalRecords.ClassRecords found = records.classRecords(classId);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("classId", found.classId());
        body.put("className", found.className());
        body.put("schoolYear", found.schoolYearName());
        List<Map<String, Object>> learners = new ArrayList<>();
        for (RecordState state : found.learners()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("learnerId", state.learnerId());
            row.put("code", state.code());
            row.put("name", state.name().fullName());
            row.put("stage", state.stage().name());
            row.put(
                    "missing",
                    state.missing().stream()
                            .map(m -> messages.getMessage(m.message(), locale))
                            .toList());
            row.put("changedAfterSigning", state.changedAfterSigning());
            row.put("checked", step(state.checked()));
            row.put("homeroomSignature", step(state.homeroomSignature()));
            row.put("directorSignature", step(state.directorSignature()));
            row.put("version", state.version());
            learners.add(row);
        }
        body.put("learners", learners);
        return body;
    }

    private static @Nullable Map<String, Object> step(@Nullable Step step) {
        if (step == null) {
            return null;
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("by", step.account());
        json.put("name", step.name());
        json.put("at", step.at());
        return json;
    }

    /** Times as the pages show them, in Asia/Ho_Chi_Minh. */
    static final class Show {

        private static final DateTimeFormatter TIME =
                DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(BusinessClock.ZONE);

        public String time(@Nullable Instant at) {
            return at == null ? "" : TIME.format(at);
        }
    }
}
