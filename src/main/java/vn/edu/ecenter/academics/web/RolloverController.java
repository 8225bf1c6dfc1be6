package vn.edu.ecenter.academics.web;

import java.util.List;
import java.util.UUID;
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
import vn.edu.ecenter.academics.RolloverPlan;
import vn.edu.ecenter.academics.YearEndOutcome;
import vn.edu.ecenter.centres.Centres;
import vn.edu.ecenter.centres.SchoolYearView;
import vn.edu.ecenter.platform.documents.Downloads;
import vn.edu.ecenter.platform.documents.ExcelExport;
import vn.edu.ecenter.platform.documents.ExcelExport.Column;
import vn.edu.ecenter.platform.web.Messages;
import vn.edu.ecenter.platform.web.Rejected;

/**
 * Year-end rollover (chuyển năm học) from the current school year to another: a preview of what happens to each
 * learner (promote, repeat, graduate), the decision per learner, and the run. A second run changes nothing.
 */
@Controller
@RequestMapping("/academics/rollover")
@PreAuthorize("hasAnyRole('DIRECTOR', 'CLERK')")
class RolloverController {

    private final Academics academics;
    private final Centres centres;
    private final Messages messages;

    RolloverController(Academics academics, Centres centres, Messages messages) {
        this.academics = academics;
        this.centres = centres;
        this.messages = messages;
    }

    @GetMapping
    String preview(@RequestParam(required = false) @Nullable UUID to, Model model) {
        SchoolYearView from = centres.currentSchoolYear().orElse(null);
        List<SchoolYearView> targets = centres.schoolYears().stream()
                .filter(y -> from == null || !y.id().equals(from.id()))
                .toList();
        model.addAttribute("from", from);
        model.addAttribute("targets", targets);
        model.addAttribute("to", to);
        model.addAttribute("outcomes", YearEndOutcome.values());
        if (from != null && to != null && targets.stream().anyMatch(y -> y.id().equals(to))) {
            model.addAttribute("plan", academics.previewRollover(from.id(), to));
        }
        return "academics/rollover";
    }

    /** The preview as a workbook, with the columns of the page. */
    @GetMapping("/export.xlsx")
    Object export(@RequestParam(required = false) @Nullable UUID to) {
        SchoolYearView from = centres.currentSchoolYear().orElseThrow(() -> new Rejected("academics.schoolYear.none"));
        SchoolYearView target = centres.schoolYears().stream()
                .filter(y -> y.id().equals(to) && !y.id().equals(from.id()))
                .findFirst()
                .orElseThrow(() -> Rejected.notFound("academics.schoolYear.notFound"));
        RolloverPlan plan = academics.previewRollover(from.id(), target.id());
        var export = ExcelExport.titled(
                        messages.text("academics.rollover.heading", from.name(), target.name()),
                        List.of(
                                Column.text(messages.text("academics.rollover.fromClass")),
                                Column.text(messages.text("academics.classList.code")),
                                Column.text(messages.text("academics.classList.fullName")),
                                Column.text(messages.text("academics.rollover.outcome")),
                                Column.text(messages.text("academics.rollover.toClass")),
                                Column.text(messages.text("academics.rollover.state"))))
                .sheetNamed(messages.text("academics.rollover.title"));
        for (RolloverPlan.Line line : plan.lines()) {
            export.row(
                    line.fromClass(),
                    line.code(),
                    line.name().fullName(),
                    messages.text("academics.outcome." + line.outcome()),
                    line.toClass(),
                    messages.text(line.done() ? "academics.rollover.done" : "academics.rollover.waiting"));
        }
        return Downloads.xlsx(export.toBytes(), messages.text("academics.rollover.filename", target.name()) + ".xlsx");
    }

    @PostMapping("/decide")
    String decide(
            @RequestParam UUID to,
            @RequestParam(required = false) @Nullable UUID enrolmentId,
            @RequestParam(defaultValue = "PROMOTE") YearEndOutcome outcome,
            RedirectAttributes redirect) {
        try {
            if (enrolmentId != null) {
                academics.decideYearEnd(enrolmentId, outcome);
            }
        } catch (Rejected e) {
            redirect.addFlashAttribute("error", messages.text(e));
        }
        return "redirect:/academics/rollover?to=" + to;
    }

    @PostMapping
    String run(@RequestParam(required = false) @Nullable UUID to, RedirectAttributes redirect) {
        try {
            SchoolYearView from =
                    centres.currentSchoolYear().orElseThrow(() -> new Rejected("academics.schoolYear.none"));
            if (to == null) {
                throw new Rejected("academics.rollover.target.required");
            }
            redirect.addFlashAttribute("result", academics.runRollover(from.id(), to));
        } catch (Rejected e) {
            redirect.addFlashAttribute("error", messages.text(e));
        }
        return to == null ? "redirect:/academics/rollover" : "redirect:/academics/rollover?to=" + to;
    }
}
