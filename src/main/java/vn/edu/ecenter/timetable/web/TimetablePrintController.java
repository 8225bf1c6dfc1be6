package vn.edu.ecenter.timetable.web;

import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.edu.ecenter.platform.documents.Downloads;
import vn.edu.ecenter.platform.web.Messages;
import vn.edu.ecenter.timetable.TimetableDocuments;
import vn.edu.ecenter.timetable.TimetableDocuments.Print;
import vn.edu.ecenter.timetable.Timetables;
import vn.edu.ecenter.timetable.VersionView;

/**
 * A timetable version printed (per class, teacher or room, or the whole centre) and exported to Excel, for the office
 * (any version) and teachers (published ones); its teachers' workload against the norm, for the office.
 */
@Controller
@RequestMapping("/timetable/versions/{id}")
@PreAuthorize("hasAnyRole('DIRECTOR', 'CLERK', 'TEACHER')")
class TimetablePrintController {

    private final TimetableDocuments documents;
    private final Timetables timetables;
    private final Messages messages;

    TimetablePrintController(TimetableDocuments documents, Timetables timetables, Messages messages) {
        this.documents = documents;
        this.timetables = timetables;
        this.messages = messages;
    }

    @GetMapping("/print/classes")
    ResponseEntity<byte[]> classes(
            @PathVariable UUID id, @RequestParam(required = false) @Nullable String only, Locale locale) {
        return print(id, Print.CLASSES, only, locale);
    }

    @GetMapping("/print/teachers")
    ResponseEntity<byte[]> teachers(
            @PathVariable UUID id, @RequestParam(required = false) @Nullable String only, Locale locale) {
        return print(id, Print.TEACHERS, only, locale);
    }

    @GetMapping("/print/rooms")
    ResponseEntity<byte[]> rooms(
            @PathVariable UUID id, @RequestParam(required = false) @Nullable String only, Locale locale) {
        return print(id, Print.ROOMS, only, locale);
    }

    @GetMapping("/print/centre")
    ResponseEntity<byte[]> centre(@PathVariable UUID id, Locale locale) {
        return print(id, Print.CENTRE, null, locale);
    }

    private ResponseEntity<byte[]> print(UUID id, Print print, @Nullable String only, Locale locale) {
        byte[] document = documents.print(id, print, only, locale);
        VersionView version = timetables.version(id);
        return Downloads.pdf(
                document,
                messages.text(
                                "timetable.print.filename",
                                version.number(),
                                messages.text("timetable.print.kind." + print))
                        + ".pdf");
    }

    @GetMapping("/export.xlsx")
    ResponseEntity<byte[]> workbook(@PathVariable UUID id, Locale locale) {
        byte[] workbook = documents.workbook(id, locale);
        return Downloads.xlsx(
                workbook,
                messages.text(
                                "timetable.export.filename",
                                timetables.version(id).number()) + ".xlsx");
    }

    @GetMapping("/export.fet")
    @PreAuthorize("hasAnyRole('DIRECTOR', 'CLERK')")
    ResponseEntity<byte[]> fet(@PathVariable UUID id, Locale locale) {
        byte[] file = documents.fet(id, locale);
        String name = messages.text(
                        "timetable.export.filename", timetables.version(id).number()) + ".fet";
        return Downloads.attachment(file, org.springframework.http.MediaType.APPLICATION_XML, name);
    }

    @GetMapping("/workload")
    @PreAuthorize("hasAnyRole('DIRECTOR', 'CLERK')")
    String workload(@PathVariable UUID id, Model model) {
        model.addAttribute("rows", documents.workload(id));
        model.addAttribute("version", timetables.version(id));
        return "timetable/workload";
    }

    @GetMapping("/workload/export.xlsx")
    @PreAuthorize("hasAnyRole('DIRECTOR', 'CLERK')")
    ResponseEntity<byte[]> workloadWorkbook(@PathVariable UUID id, Locale locale) {
        byte[] workbook = documents.workloadWorkbook(id, locale);
        return Downloads.xlsx(
                workbook,
                messages.text(
                                "timetable.workload.filename",
                                timetables.version(id).number()) + ".xlsx");
    }
}
