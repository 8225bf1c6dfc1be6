package vn.edu.ecenter.imports.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
import vn.edu.ecenter.academics.Academics;
import vn.edu.ecenter.academics.ClassView;
import vn.edu.ecenter.imports.ImportKind;
import vn.edu.ecenter.imports.ImportMode;
import vn.edu.ecenter.imports.ImportWizard;
import vn.edu.ecenter.imports.Imports;
import vn.edu.ecenter.platform.documents.Downloads;
import vn.edu.ecenter.platform.web.Rejected;

/**
 * The import wizard: choose what to import and upload the file (templates to download beside it), read the dry run's
 * report (counts, row / column / reason, the error report as .xlsx) while a background job runs it with live progress,
 * choose "all or nothing" or "take the valid rows", confirm, and follow the real import the same way.
 */
@Controller
@RequestMapping("/imports")
@PreAuthorize("hasAnyRole('DIRECTOR', 'CLERK')")
class ImportController {

    /** At most this many reasons are listed on the page; the error report holds them all. */
    static final int SHOWN_ERRORS = 200;

    private final Imports imports;
    private final ImportWizard runs;
    private final Academics academics;
    private final MessageSource messages;

    ImportController(Imports imports, ImportWizard runs, Academics academics, MessageSource messages) {
        this.imports = imports;
        this.runs = runs;
        this.academics = academics;
        this.messages = messages;
    }

    @GetMapping
    String start(Model model) {
        List<ClassView> classes = academics.currentClasses();
        model.addAttribute("kinds", ImportKind.values());
        model.addAttribute("classes", classes);
        return "imports/start";
    }

    @PostMapping
    String upload(
            @RequestParam(name = "kind", defaultValue = "LEARNERS") ImportKind kind,
            @RequestParam(name = "classId", required = false) @Nullable UUID classId,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw Rejected.badRequest("imports.file.required");
        }
        String name = file.getOriginalFilename() == null ? "upload.xlsx" : file.getOriginalFilename();
        try (var in = file.getInputStream()) {
            UUID run = runs.start(kind, in, name, classId);
            return "redirect:/imports/runs/" + run;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/templates/{kind}.xlsx")
    ResponseEntity<byte[]> template(@PathVariable String kind) {
        ImportKind chosen;
        try {
            chosen = ImportKind.ofSlug(kind);
        } catch (IllegalArgumentException e) {
            throw Rejected.notFound("imports.kind.unknown");
        }
        String name =
                messages.getMessage("imports.template.file." + chosen.name(), null, LocaleContextHolder.getLocale());
        return Downloads.xlsx(imports.template(chosen), name);
    }

    @GetMapping("/runs/{id}")
    String run(@PathVariable UUID id, Model model) {
        model.addAttribute("run", RunPage.of(runs.view(id), SHOWN_ERRORS, messages, LocaleContextHolder.getLocale()));
        return "imports/run";
    }

    @GetMapping("/runs/{id}/status")
    String status(@PathVariable UUID id, Model model) {
        model.addAttribute("run", RunPage.of(runs.view(id), SHOWN_ERRORS, messages, LocaleContextHolder.getLocale()));
        return "imports/run :: status";
    }

    @PostMapping("/runs/{id}/confirm")
    String confirm(@PathVariable UUID id, @RequestParam(name = "mode", defaultValue = "ALL") ImportMode mode) {
        return "redirect:/imports/runs/" + runs.confirm(id, mode);
    }

    @GetMapping("/runs/{id}/errors.xlsx")
    ResponseEntity<byte[]> errors(@PathVariable UUID id) {
        var locale = LocaleContextHolder.getLocale();
        return Downloads.xlsx(runs.errorReport(id, locale), messages.getMessage("imports.report.file", null, locale));
    }
}
