package vn.edu.ecenter.timetable.web;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.edu.ecenter.centres.Centres;
import vn.edu.ecenter.centres.SchoolYearView;
import vn.edu.ecenter.platform.web.Messages;
import vn.edu.ecenter.platform.web.Rejected;
import vn.edu.ecenter.timetable.FetImportReport;
import vn.edu.ecenter.timetable.FetImports;

/**
 * Import of a FET file into the current school year, a set-up page of the director's office: upload → preview (nothing
 * written) → "Nhập" → what was done. Between preview and import the file waits in the user's session under a token,
 * so that the import is of exactly the file previewed.
 */
@Controller
@RequestMapping("/timetable/setup/import")
@PreAuthorize("hasAnyRole('DIRECTOR', 'CLERK')")
class FetImportController {

    static final String FILE = "fetImportFile";
    static final String TOKEN = "fetImportToken";
    static final String REPLACE = "fetImportReplace";

    private final FetImports imports;
    private final Centres centres;
    private final Messages messages;

    FetImportController(FetImports imports, Centres centres, Messages messages) {
        this.imports = imports;
        this.centres = centres;
        this.messages = messages;
    }

    @GetMapping
    String page(Model model) {
        year(model);
        return "timetable/setup-import";
    }

    @PostMapping
    String preview(
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            @RequestParam(defaultValue = "false") boolean replace,
            HttpSession session,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("error", messages.text("timetable.setup.import.noFile"));
            return "redirect:/timetable/setup/import";
        }
        SchoolYearView year = year(model);
        if (year == null) {
            return "timetable/setup-import";
        }
        byte[] content = bytes(file);
        try {
            FetImportReport report = imports.preview(year.id(), content, replace, locale);
            String token = UUID.randomUUID().toString();
            session.setAttribute(FILE, content);
            session.setAttribute(TOKEN, token);
            session.setAttribute(REPLACE, replace);
            model.addAttribute("report", report);
            model.addAttribute("token", token);
            model.addAttribute("fileName", file.getOriginalFilename());
        } catch (Rejected e) {
            model.addAttribute("error", messages.text(e));
        }
        return "timetable/setup-import";
    }

    @PostMapping("/confirm")
    String confirm(
            @RequestParam(defaultValue = "") String token,
            HttpSession session,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        Object file = session.getAttribute(FILE);
        if (!(file instanceof byte[] content) || !token.equals(session.getAttribute(TOKEN))) {
            redirect.addFlashAttribute("error", messages.text("timetable.setup.import.expired"));
            return "redirect:/timetable/setup/import";
        }
        SchoolYearView year = year(model);
        if (year == null) {
            return "timetable/setup-import";
        }
        boolean replace = Boolean.TRUE.equals(session.getAttribute(REPLACE));
        try {
            model.addAttribute("report", imports.apply(year.id(), content, replace, locale));
            session.removeAttribute(FILE);
            session.removeAttribute(TOKEN);
            session.removeAttribute(REPLACE);
        } catch (Rejected e) {
            model.addAttribute("error", messages.text(e));
        }
        return "timetable/setup-import";
    }

    private @Nullable SchoolYearView year(Model model) {
        SchoolYearView year = centres.currentSchoolYear().orElse(null);
        model.addAttribute("year", year);
        return year;
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
