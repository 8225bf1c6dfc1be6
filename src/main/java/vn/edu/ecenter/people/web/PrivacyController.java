package vn.edu.ecenter.people.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.edu.ecenter.people.AccessLogEntry;
import vn.edu.ecenter.people.NewSubjectRequest;
import vn.edu.ecenter.people.People;
import vn.edu.ecenter.people.PersonalData;
import vn.edu.ecenter.people.SubjectRequestView;
import vn.edu.ecenter.platform.documents.Downloads;
import vn.edu.ecenter.platform.documents.ExcelExport;
import vn.edu.ecenter.platform.documents.ExcelExport.Column;
import vn.edu.ecenter.platform.web.Messages;
import vn.edu.ecenter.platform.web.Rejected;

/** The access log (director) and the data-subject requests (director, clerks). */
@Controller
class PrivacyController {

    private static final int LOG_ROWS = 500;

    private final PersonalData personalData;
    private final People people;
    private final Messages messages;

    PrivacyController(PersonalData personalData, People people, Messages messages) {
        this.personalData = personalData;
        this.people = people;
        this.messages = messages;
    }

    @GetMapping("/admin/access-log")
    @PreAuthorize(LearnersController.DIRECTOR)
    String accessLog(@RequestParam(required = false) UUID learner, Model model) {
        model.addAttribute("entries", personalData.accessLog(Optional.ofNullable(learner), LOG_ROWS));
        model.addAttribute("learner", learner);
        return "people/access-log";
    }

    @GetMapping("/admin/access-log/export.xlsx")
    @PreAuthorize(LearnersController.DIRECTOR)
    ResponseEntity<byte[]> accessLogExport(@RequestParam(required = false) UUID learner) {
        var export = ExcelExport.titled(
                        messages.text("people.accessLog.title"),
                        List.of(
                                Column.text(messages.text("people.accessLog.at")),
                                Column.text(messages.text("people.accessLog.actor")),
                                Column.text(messages.text("people.accessLog.action")),
                                Column.text(messages.text("people.field.code")),
                                Column.text(messages.text("people.field.fullName")),
                                Column.text(messages.text("people.accessLog.purpose"))))
                .sheetNamed(messages.text("people.accessLog.sheet"));
        for (AccessLogEntry entry : personalData.accessLog(Optional.ofNullable(learner), 5000)) {
            export.row(
                    entry.at().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")),
                    entry.actor(),
                    messages.text("people.accessLog.action." + entry.action()),
                    entry.learnerCode(),
                    entry.learnerName(),
                    entry.purpose());
        }
        return Downloads.xlsx(export.toBytes(), messages.text("people.accessLog.filename") + ".xlsx");
    }

    @GetMapping("/admin/data-requests")
    @PreAuthorize(LearnersController.RECORDS)
    String requests(Model model) {
        model.addAttribute("requests", personalData.requests());
        model.addAttribute(
                "kinds", List.of("ACCESS", "RECTIFY", "DEIDENTIFY", "WITHDRAW_CONSENT", "RESTRICT", "OBJECT"));
        return "people/data-requests";
    }

    @GetMapping("/admin/data-requests/export.xlsx")
    @PreAuthorize(LearnersController.RECORDS)
    ResponseEntity<byte[]> requestsExport() {
        var export = ExcelExport.titled(
                        messages.text("people.requests.title"),
                        List.of(
                                Column.text(messages.text("people.field.code")),
                                Column.text(messages.text("people.field.fullName")),
                                Column.text(messages.text("people.requests.kind")),
                                Column.text(messages.text("people.requests.requestedBy")),
                                Column.date(messages.text("people.requests.receivedOn")),
                                Column.date(messages.text("people.requests.acknowledgeBy")),
                                Column.date(messages.text("people.requests.dueOn")),
                                Column.text(messages.text("people.requests.status"))))
                .sheetNamed(messages.text("people.requests.sheet"));
        for (SubjectRequestView r : personalData.requests()) {
            export.row(
                    r.learnerCode(),
                    r.learnerName(),
                    messages.text("people.requests.kind." + r.kind()),
                    r.requestedBy(),
                    r.receivedOn(),
                    r.acknowledgeBy(),
                    r.dueOn(),
                    messages.text("people.requests.status." + r.status()));
        }
        return Downloads.xlsx(export.toBytes(), messages.text("people.requests.filename") + ".xlsx");
    }

    @PostMapping("/admin/data-requests")
    @PreAuthorize(LearnersController.RECORDS)
    String receive(
            @RequestParam(defaultValue = "") String learnerCode,
            @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String requestedBy,
            @RequestParam(defaultValue = "") String details,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
            RedirectAttributes redirect) {
        try {
            UUID learner = people.learnerByCode(learnerCode)
                    .orElseThrow(() -> Rejected.notFound("people.learner.notFound"))
                    .id();
            personalData.receiveRequest(learner, new NewSubjectRequest(kind, requestedBy, details, receivedOn));
            redirect.addFlashAttribute("saved", true);
        } catch (Rejected e) {
            redirect.addFlashAttribute("error", messages.text(e));
        }
        return "redirect:/admin/data-requests";
    }

    @PostMapping("/admin/data-requests/{id}/acknowledge")
    @PreAuthorize(LearnersController.RECORDS)
    String acknowledge(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            personalData.acknowledgeRequest(id);
        } catch (Rejected e) {
            redirect.addFlashAttribute("error", messages.text(e));
        }
        return "redirect:/admin/data-requests";
    }

    @PostMapping("/admin/data-requests/{id}/complete")
    @PreAuthorize(LearnersController.RECORDS)
    String complete(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "false") boolean refused,
            @RequestParam(defaultValue = "") String outcome,
            RedirectAttributes redirect) {
        try {
            personalData.completeRequest(id, refused, outcome);
        } catch (Rejected e) {
            redirect.addFlashAttribute("error", messages.text(e));
        }
        return "redirect:/admin/data-requests";
    }
}
