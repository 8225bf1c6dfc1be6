package vn.edu.ecenter.people.web;

import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.edu.ecenter.people.People;
import vn.edu.ecenter.people.StaffSummary;
import vn.edu.ecenter.people.StaffView;
import vn.edu.ecenter.platform.documents.Downloads;
import vn.edu.ecenter.platform.documents.ExcelExport;
import vn.edu.ecenter.platform.documents.ExcelExport.Column;
import vn.edu.ecenter.platform.web.Messages;
import vn.edu.ecenter.platform.web.Rejected;

/** The staff list and staff profiles (cán bộ, giáo viên, nhân viên). */
@Controller
@RequestMapping("/staff")
class StaffController {

    private final People people;
    private final Messages messages;

    StaffController(People people, Messages messages) {
        this.people = people;
        this.messages = messages;
    }

    @org.springframework.web.bind.annotation.ModelAttribute("sexes")
    vn.edu.ecenter.people.Sex[] sexes() {
        return vn.edu.ecenter.people.Sex.values();
    }

    @GetMapping
    @PreAuthorize(LearnersController.STAFF)
    String list(Model model) {
        model.addAttribute("staff", people.staff());
        model.addAttribute("mayEdit", LearnersController.mayEdit());
        return "people/staff";
    }

    @GetMapping("/export.xlsx")
    @PreAuthorize(LearnersController.STAFF)
    ResponseEntity<byte[]> export() {
        var export = ExcelExport.titled(
                        messages.text("people.staff.title"),
                        List.of(
                                Column.text(messages.text("people.field.code")),
                                Column.text(messages.text("people.field.fullName")),
                                Column.text(messages.text("people.field.position")),
                                Column.text(messages.text("people.field.subjects")),
                                Column.whole(messages.text("people.field.workloadNorm")),
                                Column.text(messages.text("people.field.username")),
                                Column.text(messages.text("people.field.status"))))
                .sheetNamed(messages.text("people.staff.sheet"));
        for (StaffSummary s : people.staff()) {
            export.row(
                    s.code(),
                    s.name().fullName(),
                    messages.text("people.position." + s.position()),
                    String.join(", ", s.subjectCodes()),
                    s.workloadNorm(),
                    s.username(),
                    messages.text(s.active() ? "people.staff.active" : "people.staff.inactive"));
        }
        return Downloads.xlsx(export.toBytes(), messages.text("people.staff.filename") + ".xlsx");
    }

    @GetMapping("/new")
    @PreAuthorize(LearnersController.RECORDS)
    String newStaff(Model model) {
        model.addAttribute("form", StaffForm.empty());
        model.addAttribute("staffId", null);
        model.addAttribute("positions", StaffForm.POSITIONS);
        return "people/staff-form";
    }

    @PostMapping
    @PreAuthorize(LearnersController.RECORDS)
    String create(StaffForm form, Model model, RedirectAttributes redirect) {
        try {
            StaffSummary created = people.registerStaff(form.toDetails());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/staff/" + created.id();
        } catch (Rejected e) {
            model.addAttribute("error", messages.text(e));
            model.addAttribute("form", form);
            model.addAttribute("staffId", null);
            model.addAttribute("positions", StaffForm.POSITIONS);
            return "people/staff-form";
        }
    }

    @GetMapping("/{id}")
    @PreAuthorize(LearnersController.STAFF)
    String profile(@PathVariable UUID id, Model model) {
        StaffView view = people.openStaff(id).orElseThrow(() -> Rejected.notFound("people.staff.notFound"));
        model.addAttribute("member", view);
        model.addAttribute("mayEdit", LearnersController.mayEdit());
        return "people/staff-member";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(LearnersController.RECORDS)
    String edit(@PathVariable UUID id, Model model) {
        StaffView view = people.openStaff(id).orElseThrow(() -> Rejected.notFound("people.staff.notFound"));
        model.addAttribute("form", StaffForm.of(view));
        model.addAttribute("staffId", id);
        model.addAttribute("positions", StaffForm.POSITIONS);
        return "people/staff-form";
    }

    @PostMapping("/{id}")
    @PreAuthorize(LearnersController.RECORDS)
    String update(@PathVariable UUID id, StaffForm form, Model model, RedirectAttributes redirect) {
        try {
            people.updateStaff(id, form.toDetails(), form.versionOrZero());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/staff/" + id;
        } catch (Rejected e) {
            model.addAttribute("error", messages.text(e));
            model.addAttribute("form", form);
            model.addAttribute("staffId", id);
            model.addAttribute("positions", StaffForm.POSITIONS);
            return "people/staff-form";
        }
    }
}
