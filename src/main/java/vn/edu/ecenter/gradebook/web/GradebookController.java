package vn.edu.ecenter.gradebook.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.edu.ecenter.gradebook.ClassBook;
import vn.edu.ecenter.gradebook.CorrectionRequest;
import vn.edu.ecenter.gradebook.Gradebook;
import vn.edu.ecenter.gradebook.GradebookRejection;
import vn.edu.ecenter.gradebook.LockState;
import vn.edu.ecenter.gradebook.MarkInput;
import vn.edu.ecenter.gradebook.ScoreSheet;
import vn.edu.ecenter.gradebook.SheetImport;
import vn.edu.ecenter.platform.documents.Downloads;
import vn.edu.ecenter.platform.security.CurrentUser;
import vn.edu.ecenter.platform.spreadsheet.CellProblem;
import vn.edu.ecenter.platform.spreadsheet.ErrorReport;
import vn.edu.ecenter.platform.web.Rejected;

/**
 * The score book's pages: "Sổ điểm" (the signed-in user's classes and subjects), a class's book, the score sheet grid
 * with its autosave (the same JSON as the API, with the session's CSRF token), Excel export and import with the per-row
 * error report, the sheet's change log, and the correction request after the lock.
 */
@Controller
@RequestMapping("/gradebook")
@PreAuthorize("hasAnyRole('DIRECTOR', 'TEACHER')")
class GradebookController {

    static final String SHEET = "/classes/{classId}/subjects/{subjectId}/semesters/{semester}";

    private final Gradebook gradebook;
    private final MessageSource messages;
    private final GradebookErrors errors;

    GradebookController(Gradebook gradebook, MessageSource messages, GradebookErrors errors) {
        this.gradebook = gradebook;
        this.messages = messages;
        this.errors = errors;
    }

    /** A semester's lock as the pages show it. */
    record LockRow(int semester, String numeral, boolean locked, boolean centreWide, String by) {}

    @GetMapping
    String index(Model model) {
        boolean director = CurrentUser.hasRole("DIRECTOR");
        model.addAttribute("entries", gradebook.myBook());
        model.addAttribute("director", director);
        if (director) {
            model.addAttribute(
                    "centreLocks",
                    List.of(1, 2).stream()
                            .map(n -> new LockRow(n, SheetView.numeral(n), gradebook.isCentreLocked(n), true, ""))
                            .toList());
        }
        return "gradebook/index";
    }

    @GetMapping("/classes/{classId}")
    String classBook(@PathVariable UUID classId, Model model, Locale locale) {
        ClassBook book = gradebook.classBook(classId);
        model.addAttribute("book", book);
        model.addAttribute(
                "locks",
                book.locks().stream().map(lock -> lockRow(lock, locale)).toList());
        return "gradebook/class";
    }

    private LockRow lockRow(LockState lock, Locale locale) {
        String by = lock.locked() && lock.lockedAt() != null
                ? messages.getMessage(
                        "gradebook.lock.by", new Object[] {lock.lockedBy(), SheetView.time(lock.lockedAt())}, locale)
                : "";
        return new LockRow(lock.semester(), SheetView.numeral(lock.semester()), lock.locked(), lock.centreWide(), by);
    }

    @GetMapping(SHEET)
    String sheet(
            @PathVariable UUID classId,
            @PathVariable UUID subjectId,
            @PathVariable int semester,
            Model model,
            Locale locale) {
        fill(model, gradebook.sheet(classId, subjectId, semester), locale);
        return "gradebook/sheet";
    }

    /** The grid's autosave: one cell, or the block a teacher pasted, as one all-or-nothing save. */
    @PutMapping(SHEET)
    @ResponseBody
    SheetJson.Saved save(
            @PathVariable UUID classId,
            @PathVariable UUID subjectId,
            @PathVariable int semester,
            @RequestBody List<MarkInput> marks) {
        return SheetJson.of(gradebook.save(classId, subjectId, semester, marks));
    }

    @GetMapping(SHEET + "/export.xlsx")
    ResponseEntity<byte[]> export(
            @PathVariable UUID classId, @PathVariable UUID subjectId, @PathVariable int semester, Locale locale) {
        ScoreSheet sheet = gradebook.sheet(classId, subjectId, semester);
        return Downloads.xlsx(
                gradebook.exportSheet(classId, subjectId, semester),
                messages.getMessage(
                                "gradebook.export.filename",
                                new Object[] {sheet.subjectName(), sheet.className(), SheetView.numeral(semester)},
                                locale)
                        + ".xlsx");
    }

    @PostMapping(SHEET + "/import")
    String importSheet(
            @PathVariable UUID classId,
            @PathVariable UUID subjectId,
            @PathVariable int semester,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            Model model,
            RedirectAttributes redirect,
            Locale locale)
            throws IOException {
        String back = "redirect:" + SheetView.sheetPath(classId, subjectId, semester);
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("errors", List.of(messages.getMessage("gradebook.import.noFile", null, locale)));
            return back;
        }
        SheetImport result;
        try {
            result = gradebook.importSheet(
                    classId,
                    subjectId,
                    semester,
                    file.getBytes(),
                    file.getOriginalFilename() == null ? "" : file.getOriginalFilename());
        } catch (Rejected e) {
            redirect.addFlashAttribute("errors", List.of(messages.getMessage(e.messageKey(), e.arguments(), locale)));
            return back;
        }
        if (result.saved()) {
            redirect.addFlashAttribute(
                    "notice",
                    messages.getMessage(
                            "gradebook.import.saved", new Object[] {result.rows(), result.changed()}, locale));
            return back;
        }
        fill(model, gradebook.sheet(classId, subjectId, semester), locale);
        model.addAttribute("importProblems", problems(result.problems(), locale));
        model.addAttribute("importNotices", problems(result.notices(), locale));
        return "gradebook/sheet";
    }

    /** A problem of the import as the page lists it and posts it back for the .xlsx report. */
    record Problem(int row, String column, String reason) {}

    private List<Problem> problems(List<CellProblem> problems, Locale locale) {
        return problems.stream()
                .map(p -> new Problem(p.row(), p.column(), messages.getMessage(p.resolvable(), locale)))
                .toList();
    }

    /**
     * The import's per-row error report as .xlsx (the imports module's layout: row, column, reason), made from the
     * problems the result page lists, so nothing of a refused import is kept on the server.
     */
    @PostMapping(SHEET + "/import/errors.xlsx")
    ResponseEntity<byte[]> errorReport(
            @PathVariable UUID classId,
            @PathVariable UUID subjectId,
            @PathVariable int semester,
            @RequestParam(name = "row", required = false) @Nullable List<Integer> rows,
            @RequestParam(name = "column", required = false) @Nullable List<String> columns,
            @RequestParam(name = "reason", required = false) @Nullable List<String> reasons,
            Locale locale) {
        ScoreSheet sheet = gradebook.sheet(classId, subjectId, semester);
        List<CellProblem> problems = new ArrayList<>();
        int count = rows == null ? 0 : rows.size();
        for (int i = 0; i < count; i++) {
            problems.add(CellProblem.of(
                    rows.get(i),
                    columns != null && i < columns.size() ? columns.get(i) : "",
                    "gradebook.import.reason",
                    reasons != null && i < reasons.size() ? reasons.get(i) : ""));
        }
        String title = messages.getMessage(
                "gradebook.import.reportTitle",
                new Object[] {sheet.subjectName(), sheet.className(), SheetView.numeral(semester)},
                locale);
        return Downloads.xlsx(ErrorReport.write(title, problems, messages, locale), title + ".xlsx");
    }

    @GetMapping(SHEET + "/changes")
    String changes(
            @PathVariable UUID classId,
            @PathVariable UUID subjectId,
            @PathVariable int semester,
            Model model,
            Locale locale) {
        ScoreSheet sheet = gradebook.sheet(classId, subjectId, semester);
        model.addAttribute("sheet", sheet);
        model.addAttribute("numeral", SheetView.numeral(semester));
        model.addAttribute("sheetPath", SheetView.sheetPath(classId, subjectId, semester));
        model.addAttribute(
                "changes",
                gradebook.changes(classId, subjectId, semester).stream()
                        .map(c -> SheetView.change(c, messages, locale))
                        .toList());
        return "gradebook/changes";
    }

    @PostMapping(SHEET + "/corrections")
    String requestCorrection(
            @PathVariable UUID classId,
            @PathVariable UUID subjectId,
            @PathVariable int semester,
            @RequestParam(required = false) @Nullable UUID learnerId,
            @RequestParam(defaultValue = "") String column,
            @RequestParam(defaultValue = "") String value,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect,
            Locale locale) {
        String[] slot = column.split("-", 2);
        Integer index = slot.length == 2 && slot[1].matches("\\d{1,2}") ? Integer.valueOf(slot[1]) : null;
        try {
            gradebook.requestCorrection(
                    classId, subjectId, semester, new CorrectionRequest(learnerId, slot[0], index, value, reason));
            redirect.addFlashAttribute("notice", messages.getMessage("gradebook.correction.requested", null, locale));
        } catch (GradebookRejection e) {
            if (e.kind() == GradebookRejection.Kind.FORBIDDEN || e.kind() == GradebookRejection.Kind.NOT_FOUND) {
                throw e;
            }
            redirect.addFlashAttribute("errors", errors.texts(e, locale));
        }
        return "redirect:" + SheetView.sheetPath(classId, subjectId, semester);
    }

    private void fill(Model model, ScoreSheet sheet, Locale locale) {
        model.addAttribute("sheet", sheet);
        model.addAttribute("numeral", SheetView.numeral(sheet.semester()));
        model.addAttribute("columns", SheetView.columns(sheet, messages, locale));
        model.addAttribute("topics", SheetView.topics(sheet, messages, locale));
        model.addAttribute("rows", SheetView.rows(sheet, messages, locale));
        model.addAttribute("sheetPath", SheetView.sheetPath(sheet.classId(), sheet.subjectId(), sheet.semester()));
        model.addAttribute(
                "corrections",
                gradebook.corrections(sheet.classId(), sheet.subjectId(), sheet.semester()).stream()
                        .map(c -> SheetView.correction(c, messages, locale))
                        .toList());
        model.addAttribute(
                "lockedBy",
                sheet.lock().locked() && sheet.lock().lockedAt() != null
                        ? messages.getMessage(
                                "gradebook.lock.by",
                                new Object[] {
                                    sheet.lock().lockedBy(),
                                    SheetView.time(sheet.lock().lockedAt())
                                },
                                locale)
                        : "");
    }
}
