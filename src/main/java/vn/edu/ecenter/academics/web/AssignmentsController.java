package vn.edu.ecenter.academics.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.edu.ecenter.academics.Academics;
import vn.edu.ecenter.academics.Assign;
import vn.edu.ecenter.academics.AssignmentView;
import vn.edu.ecenter.academics.ClassView;
import vn.edu.ecenter.academics.Reduction;
import vn.edu.ecenter.academics.SubjectView;
import vn.edu.ecenter.academics.WorkloadLine;
import vn.edu.ecenter.academics.WorkloadRule;
import vn.edu.ecenter.centres.Centres;
import vn.edu.ecenter.centres.SchoolYearView;
import vn.edu.ecenter.platform.documents.Downloads;
import vn.edu.ecenter.platform.documents.ExcelExport;
import vn.edu.ecenter.platform.documents.ExcelExport.Column;
import vn.edu.ecenter.platform.security.CurrentUser;
import vn.edu.ecenter.platform.web.Messages;
import vn.edu.ecenter.platform.web.Rejected;

/**
 * Teaching assignments of the current school year as a grid (classes × subjects) with a form to pick the teacher of a
 * cell, and the teachers' workload report against TT 04/2026 with the other reductions (director only).
 */
@Controller
@RequestMapping("/academics")
@PreAuthorize("hasAnyRole('DIRECTOR', 'CLERK')")
class AssignmentsController {

    private final Academics academics;
    private final Centres centres;
    private final Messages messages;

    AssignmentsController(Academics academics, Centres centres, Messages messages) {
        this.academics = academics;
        this.centres = centres;
        this.messages = messages;
    }

    /** One row of the grid: a class and its assignment per subject id. */
    record GridRow(ClassView schoolClass, Map<UUID, AssignmentView> cells) {

        public @Nullable AssignmentView cell(UUID subjectId) {
            return cells.get(subjectId);
        }
    }

    private List<GridRow> grid(SchoolYearView year) {
        Map<UUID, Map<UUID, AssignmentView>> byClass = new HashMap<>();
        for (AssignmentView a : academics.assignmentsOfYear(year.id())) {
            byClass.computeIfAbsent(a.classId(), k -> new HashMap<>()).put(a.subjectId(), a);
        }
        return academics.classes(year.id()).stream()
                .map(c -> new GridRow(c, byClass.getOrDefault(c.id(), Map.of())))
                .toList();
    }

    @GetMapping("/assignments")
    String assignments(Model model) {
        SchoolYearView year = centres.currentSchoolYear().orElse(null);
        model.addAttribute("year", year);
        model.addAttribute("subjects", academics.subjects());
        model.addAttribute("rows", year == null ? List.of() : grid(year));
        model.addAttribute("teachers", year == null ? List.of() : academics.workload(year.id()));
        return "academics/assignments";
    }

    @PostMapping("/assignments")
    String assign(
            @RequestParam(required = false) @Nullable UUID classId,
            @RequestParam(required = false) @Nullable UUID subjectId,
            @RequestParam(required = false) @Nullable UUID staffId,
            @RequestParam(defaultValue = "") String periodsPerWeek,
            RedirectAttributes redirect) {
        try {
            SchoolYearView year = currentYear();
            if (classId == null || subjectId == null) {
                throw new Rejected("academics.assignment.cell.required");
            }
            if (staffId == null) {
                academics.unassign(classId, subjectId);
            } else {
                academics.assign(
                        new Assign(classId, subjectId, staffId, periods(periodsPerWeek, subjectId, classId, year)));
            }
            redirect.addFlashAttribute("saved", true);
        } catch (Rejected e) {
            redirect.addFlashAttribute("error", messages.text(e));
        }
        return "redirect:/academics/assignments";
    }

    /** The periods typed, or else the subject's periods per year spread over the year's teaching weeks (35). */
    private BigDecimal periods(String typed, UUID subjectId, UUID classId, SchoolYearView year) {
        if (!typed.isBlank()) {
            try {
                return new BigDecimal(typed.strip().replace(',', '.'));
            } catch (NumberFormatException e) {
                throw new Rejected("academics.assignment.periods.range", typed);
            }
        }
        ClassView schoolClass =
                academics.schoolClass(classId).orElseThrow(() -> Rejected.notFound("academics.class.notFound"));
        int perYear = academics.periodsPerYear(subjectId, year.id(), schoolClass.grade());
        int weeks = Math.max(1, year.teachingWeeks());
        return BigDecimal.valueOf(perYear).divide(BigDecimal.valueOf(weeks), 1, RoundingMode.HALF_UP);
    }

    @GetMapping("/assignments/export.xlsx")
    Object exportAssignments() {
        SchoolYearView year = currentYear();
        List<SubjectView> subjects = academics.subjects();
        List<Column> columns = new java.util.ArrayList<>();
        columns.add(Column.text(messages.text("academics.class.name")));
        subjects.forEach(s -> columns.add(Column.text(s.name())));
        var export = ExcelExport.titled(messages.text("academics.assignments.heading", year.name()), columns)
                .sheetNamed(messages.text("academics.assignments.title"));
        for (GridRow row : grid(year)) {
            Object[] values = new Object[columns.size()];
            values[0] = row.schoolClass().name();
            for (int i = 0; i < subjects.size(); i++) {
                AssignmentView a = row.cell(subjects.get(i).id());
                values[i + 1] = a == null
                        ? null
                        : a.teacherName() + " (" + a.periodsPerWeek().toPlainString() + ")";
            }
            export.row(values);
        }
        return Downloads.xlsx(export.toBytes(), messages.text("academics.assignments.filename") + ".xlsx");
    }

    @GetMapping("/workload")
    String workload(Model model) {
        SchoolYearView year = centres.currentSchoolYear().orElse(null);
        model.addAttribute("year", year);
        model.addAttribute("rule", academics.workloadRule());
        model.addAttribute("lines", year == null ? List.of() : academics.workload(year.id()));
        model.addAttribute("director", CurrentUser.hasRole("DIRECTOR"));
        return "academics/workload";
    }

    @GetMapping("/workload/export.xlsx")
    Object exportWorkload() {
        SchoolYearView year = currentYear();
        var export = ExcelExport.titled(
                        messages.text("academics.workload.heading", year.name()),
                        List.of(
                                Column.text(messages.text("academics.workload.teacher")),
                                Column.whole(messages.text("academics.workload.norm")),
                                Column.text(messages.text("academics.workload.homeroom")),
                                Column.text(messages.text("academics.workload.reductions")),
                                Column.decimal(messages.text("academics.workload.counted")),
                                Column.decimal(messages.text("academics.workload.owed")),
                                Column.decimal(messages.text("academics.workload.assigned")),
                                Column.decimal(messages.text("academics.workload.balance"))))
                .sheetNamed(messages.text("academics.workload.title"));
        for (WorkloadLine line : academics.workload(year.id())) {
            var w = line.workload();
            export.row(
                    line.name().fullName(),
                    w.norm(),
                    String.join(", ", line.homeroomOf()),
                    line.reductions().stream()
                            .map(r -> r.reason() + " (−" + r.periods() + ")")
                            .reduce((a, b) -> a + "; " + b)
                            .orElse(""),
                    w.countedReduction(),
                    w.owed(),
                    w.assigned(),
                    w.balance());
        }
        return Downloads.xlsx(export.toBytes(), messages.text("academics.workload.filename") + ".xlsx");
    }

    /** Changes the centre's workload rule: the homeroom teacher's reduction and the cap on all reductions. */
    @PostMapping("/workload/rule")
    @PreAuthorize("hasRole('DIRECTOR')")
    String setRule(
            @RequestParam(defaultValue = "") String homeroomReduction,
            @RequestParam(defaultValue = "") String reductionCapPercent,
            RedirectAttributes redirect) {
        try {
            academics.setWorkloadRule(rule(homeroomReduction, reductionCapPercent));
            redirect.addFlashAttribute("saved", true);
        } catch (Rejected e) {
            redirect.addFlashAttribute("error", messages.text(e));
        }
        return "redirect:/academics/workload";
    }

    private static WorkloadRule rule(String homeroomReduction, String reductionCapPercent) {
        try {
            return new WorkloadRule(
                    Integer.parseInt(homeroomReduction.strip()), Integer.parseInt(reductionCapPercent.strip()));
        } catch (IllegalArgumentException e) { // also NumberFormatException
            throw new Rejected("academics.workloadRule.range", homeroomReduction, reductionCapPercent);
        }
    }

    @PostMapping("/workload/reductions")
    @PreAuthorize("hasRole('DIRECTOR')")
    String addReduction(
            @RequestParam(required = false) @Nullable UUID staffId,
            @RequestParam(defaultValue = "0") int periods,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        try {
            if (staffId == null) {
                throw Rejected.notFound("academics.staff.notFound");
            }
            Reduction added = academics.addReduction(staffId, currentYear().id(), periods, reason);
            redirect.addFlashAttribute("saved", added != null);
        } catch (Rejected e) {
            redirect.addFlashAttribute("error", messages.text(e));
        }
        return "redirect:/academics/workload";
    }

    @PostMapping("/workload/reductions/{id}/delete")
    @PreAuthorize("hasRole('DIRECTOR')")
    String removeReduction(@PathVariable UUID id) {
        academics.removeReduction(id);
        return "redirect:/academics/workload";
    }

    private SchoolYearView currentYear() {
        return centres.currentSchoolYear().orElseThrow(() -> new Rejected("academics.schoolYear.none"));
    }
}
