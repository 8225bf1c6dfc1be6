package vn.edu.ecenter.academics.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.edu.ecenter.academics.Academics;
import vn.edu.ecenter.academics.CalendarDay;
import vn.edu.ecenter.academics.SubjectDetails;
import vn.edu.ecenter.academics.SubjectKind;
import vn.edu.ecenter.academics.SubjectView;
import vn.edu.ecenter.centres.Centres;
import vn.edu.ecenter.centres.SchoolYearView;
import vn.edu.ecenter.platform.clock.BusinessClock;
import vn.edu.ecenter.platform.documents.Downloads;
import vn.edu.ecenter.platform.documents.ExcelExport;
import vn.edu.ecenter.platform.documents.ExcelExport.Column;
import vn.edu.ecenter.platform.security.CurrentUser;
import vn.edu.ecenter.platform.web.Messages;
import vn.edu.ecenter.platform.web.Rejected;

/** The programme (subjects) and the calendar of the current school year (holidays, make-up days, teaching weeks). */
@Controller
@RequestMapping("/academics")
@PreAuthorize("hasAnyRole('DIRECTOR', 'CLERK', 'TEACHER')")
class ProgrammeController {

    private final Academics academics;
    private final Centres centres;
    private final Messages messages;
    private final BusinessClock clock;

    ProgrammeController(Academics academics, Centres centres, Messages messages, BusinessClock clock) {
        this.academics = academics;
        this.centres = centres;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/subjects")
    String subjects(Model model) {
        SchoolYearView year = centres.currentSchoolYear().orElse(null);
        model.addAttribute("year", year);
        model.addAttribute("subjects", academics.subjects());
        model.addAttribute("periods", year == null ? List.of() : academics.periodsOfYear(year.id()));
        model.addAttribute("director", CurrentUser.hasRole("DIRECTOR"));
        model.addAttribute("kinds", SubjectKind.values());
        return "academics/subjects";
    }

    /** Adds a subject to the centre's programme, after the last one. */
    @PostMapping("/subjects")
    @PreAuthorize("hasRole('DIRECTOR')")
    String addSubject(
            @RequestParam(defaultValue = "") String code,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "OPTIONAL") SubjectKind kind,
            @RequestParam(defaultValue = "false") boolean scored,
            @RequestParam(defaultValue = "") String periodsPerYear,
            RedirectAttributes redirect) {
        try {
            int position = academics.subjects().stream()
                            .mapToInt(SubjectView::position)
                            .max()
                            .orElse(0)
                    + 1;
            SubjectView added =
                    academics.addSubject(new SubjectDetails(code, name, kind, scored, whole(periodsPerYear), position));
            redirect.addFlashAttribute("subjectAdded", added.name());
        } catch (Rejected e) {
            redirect.addFlashAttribute("error", messages.text(e));
        }
        return "redirect:/academics/subjects";
    }

    /** A typed number of periods per year; anything else is rejected with the periods message. */
    private static int whole(String typed) {
        try {
            return Integer.parseInt(typed.strip());
        } catch (NumberFormatException e) {
            throw new Rejected("academics.subject.periods.range", typed);
        }
    }

    /** Sets a subject's periods per year for one grade in the current school year (FROM MEMORY defaults, editable). */
    @PostMapping("/subjects/periods")
    @PreAuthorize("hasRole('DIRECTOR')")
    String setPeriods(
            @RequestParam(required = false) @Nullable UUID subjectId,
            @RequestParam(defaultValue = "0") int grade,
            @RequestParam(defaultValue = "-1") int periodsPerYear,
            RedirectAttributes redirect) {
        try {
            if (subjectId == null) {
                throw Rejected.notFound("academics.subject.notFound");
            }
            academics.setPeriodsPerYear(subjectId, currentYear().id(), grade, periodsPerYear);
            redirect.addFlashAttribute("saved", true);
        } catch (Rejected e) {
            redirect.addFlashAttribute("error", messages.text(e));
        }
        return "redirect:/academics/subjects";
    }

    @GetMapping("/subjects/export.xlsx")
    Object exportSubjects() {
        var export = ExcelExport.titled(
                messages.text("academics.subjects.title"),
                List.of(
                        Column.text(messages.text("academics.subject.code")),
                        Column.text(messages.text("academics.subject.name")),
                        Column.text(messages.text("academics.subject.kind")),
                        Column.text(messages.text("academics.subject.assessment")),
                        Column.whole(messages.text("academics.subject.periodsPerYear"))));
        for (SubjectView s : academics.subjects()) {
            export.row(
                    s.code(),
                    s.name(),
                    messages.text("academics.kind." + s.kind()),
                    messages.text(s.scored() ? "academics.subject.scored" : "academics.subject.commented"),
                    s.periodsPerYear());
        }
        return Downloads.xlsx(export.toBytes(), messages.text("academics.subjects.filename") + ".xlsx");
    }

    /** Installs the standard GDTX programme (TT 12/2022/TT-BGDĐT); running it again adds nothing. */
    @PostMapping("/subjects/install")
    @PreAuthorize("hasRole('DIRECTOR')")
    String install(RedirectAttributes redirect) {
        var result = academics.installStandardProgramme();
        redirect.addFlashAttribute("installed", result);
        return "redirect:/academics/subjects";
    }

    @GetMapping("/calendar")
    String calendar(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
            Model model) {
        LocalDate day = date == null ? clock.today() : date;
        SchoolYearView year = centres.currentSchoolYear().orElse(null);
        model.addAttribute("year", year);
        model.addAttribute("date", day);
        model.addAttribute("week", academics.teachingWeek(day).orElse(null));
        model.addAttribute("days", year == null ? List.of() : academics.calendar(year.id()));
        model.addAttribute("kinds", CalendarDay.Kind.values());
        model.addAttribute("director", CurrentUser.hasRole("DIRECTOR"));
        return "academics/calendar";
    }

    /** The holidays and make-up days of the current school year, with the columns of the page. */
    @GetMapping("/calendar/export.xlsx")
    Object exportCalendar() {
        SchoolYearView year = currentYear();
        var export = ExcelExport.titled(
                        messages.text("academics.calendar.heading", year.name()),
                        List.of(
                                Column.date(messages.text("academics.calendar.date")),
                                Column.text(messages.text("academics.calendar.kind")),
                                Column.text(messages.text("academics.calendar.name")),
                                Column.text(messages.text("academics.calendar.assumption"))))
                .sheetNamed(messages.text("academics.calendar.title"));
        for (CalendarDay d : academics.calendar(year.id())) {
            export.row(
                    d.day(),
                    messages.text("academics.calendar.kind." + d.kind()),
                    d.name(),
                    d.assumption() ? messages.text("academics.calendar.assumed") : null);
        }
        return Downloads.xlsx(export.toBytes(), messages.text("academics.calendar.filename", year.name()) + ".xlsx");
    }

    @PostMapping("/calendar")
    @PreAuthorize("hasRole('DIRECTOR')")
    String mark(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day,
            @RequestParam(defaultValue = "HOLIDAY") CalendarDay.Kind kind,
            @RequestParam(defaultValue = "") String name,
            RedirectAttributes redirect) {
        try {
            SchoolYearView year = currentYear();
            if (day == null || day.isBefore(year.startsOn()) || day.isAfter(year.endsOn())) {
                throw new Rejected("academics.calendar.day.outside", year.name());
            }
            academics.markDays(year.id(), List.of(new CalendarDay(day, kind, name, false)));
        } catch (Rejected e) {
            redirect.addFlashAttribute("error", messages.text(e));
        }
        return "redirect:/academics/calendar";
    }

    @PostMapping("/calendar/unmark")
    @PreAuthorize("hasRole('DIRECTOR')")
    String unmark(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day,
            RedirectAttributes redirect) {
        try {
            if (day != null) {
                academics.unmarkDay(currentYear().id(), day);
            }
        } catch (Rejected e) {
            redirect.addFlashAttribute("error", messages.text(e));
        }
        return "redirect:/academics/calendar";
    }

    private SchoolYearView currentYear() {
        return centres.currentSchoolYear().orElseThrow(() -> new Rejected("academics.schoolYear.none"));
    }

    static <T> Map<UUID, T> byId(List<T> items, Function<T, UUID> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity()));
    }
}
