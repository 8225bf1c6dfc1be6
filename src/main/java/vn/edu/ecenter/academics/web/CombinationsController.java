package vn.edu.ecenter.academics.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.edu.ecenter.academics.Academics;
import vn.edu.ecenter.academics.CombinationView;
import vn.edu.ecenter.academics.SubjectKind;
import vn.edu.ecenter.academics.SubjectView;
import vn.edu.ecenter.platform.documents.Downloads;
import vn.edu.ecenter.platform.documents.ExcelExport;
import vn.edu.ecenter.platform.documents.ExcelExport.Column;
import vn.edu.ecenter.platform.security.CurrentUser;
import vn.edu.ecenter.platform.web.Messages;
import vn.edu.ecenter.platform.web.Rejected;

/**
 * The elective combinations (tổ hợp môn) of the centre: the list on screen and in Excel, and the director's form to
 * define one from the elective and optional subjects (TT 12/2022/TT-BGDĐT: four electives).
 */
@Controller
@RequestMapping("/academics/combinations")
@PreAuthorize("hasAnyRole('DIRECTOR', 'CLERK', 'TEACHER')")
class CombinationsController {

    private final Academics academics;
    private final Messages messages;

    CombinationsController(Academics academics, Messages messages) {
        this.academics = academics;
        this.messages = messages;
    }

    /** One line of the list, as the page and the export show it: the subjects by name, in the combination's order. */
    record Line(String code, String name, String subjects) {}

    private List<Line> lines() {
        Map<String, String> names =
                academics.subjects().stream().collect(Collectors.toMap(SubjectView::code, SubjectView::name));
        return academics.combinations().stream()
                .map(c -> new Line(c.code(), c.name(), subjectNames(c, names)))
                .toList();
    }

    private static String subjectNames(CombinationView combination, Map<String, String> names) {
        return combination.subjectCodes().stream()
                .map(code -> names.getOrDefault(code, code))
                .collect(Collectors.joining(", "));
    }

    @GetMapping
    String list(Model model) {
        List<SubjectView> choosable = academics.subjects().stream()
                .filter(s -> s.kind() != SubjectKind.COMPULSORY)
                .toList();
        model.addAttribute("lines", lines());
        model.addAttribute("choosable", choosable);
        model.addAttribute("director", CurrentUser.hasRole("DIRECTOR"));
        return "academics/combinations";
    }

    @PostMapping
    @PreAuthorize("hasRole('DIRECTOR')")
    String define(
            @RequestParam(defaultValue = "") String code,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(name = "subjects", required = false) @Nullable List<String> subjects,
            RedirectAttributes redirect) {
        try {
            CombinationView defined = academics.defineCombination(code, name, subjects == null ? List.of() : subjects);
            redirect.addFlashAttribute("defined", defined.code());
        } catch (Rejected e) {
            redirect.addFlashAttribute("error", messages.text(e));
        }
        return "redirect:/academics/combinations";
    }

    @GetMapping("/export.xlsx")
    Object export() {
        var export = ExcelExport.titled(
                        messages.text("academics.combinations.title"),
                        List.of(
                                Column.text(messages.text("academics.combination.code")),
                                Column.text(messages.text("academics.combination.name")),
                                Column.text(messages.text("academics.combination.subjects"))))
                .sheetNamed(messages.text("academics.combinations.title"));
        lines().forEach(line -> export.row(line.code(), line.name(), line.subjects()));
        return Downloads.xlsx(export.toBytes(), messages.text("academics.combinations.filename") + ".xlsx");
    }
}
