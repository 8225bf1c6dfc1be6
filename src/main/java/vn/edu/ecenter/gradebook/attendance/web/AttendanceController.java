package vn.edu.ecenter.gradebook.attendance.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.edu.ecenter.academics.Academics;
import vn.edu.ecenter.academics.ClassSession;
import vn.edu.ecenter.academics.ClassView;
import vn.edu.ecenter.academics.TeachingView;
import vn.edu.ecenter.gradebook.attendance.Attendance;
import vn.edu.ecenter.gradebook.attendance.AttendanceEntry;
import vn.edu.ecenter.gradebook.attendance.AttendanceRejected;
import vn.edu.ecenter.gradebook.attendance.AttendanceStatus;
import vn.edu.ecenter.gradebook.attendance.DaySheet;
import vn.edu.ecenter.platform.clock.BusinessClock;
import vn.edu.ecenter.platform.documents.Downloads;
import vn.edu.ecenter.platform.documents.ExcelExport;
import vn.edu.ecenter.platform.documents.ExcelExport.Column;
import vn.edu.ecenter.platform.security.CurrentUser;
import vn.edu.ecenter.platform.web.Messages;
import vn.edu.ecenter.platform.web.Rejected;
import vn.edu.ecenter.shared.VietnameseText;

/**
 * Attendance pages, phone first: the classes the user may open, a class's day (one row per learner, four big buttons,
 * save), and its month (learners × days) with an Excel export. The service decides who may record and read.
 */
@Controller
@RequestMapping("/attendance")
@PreAuthorize("hasAnyRole('DIRECTOR', 'CLERK', 'TEACHER')")
class AttendanceController {

    /** Button colours (Bootstrap) of the four statuses. */
    static final Map<String, String> COLOURS = Map.of(
            "PRESENT", "success",
            "EXCUSED", "warning",
            "UNEXCUSED", "danger",
            "LATE", "secondary");

    private final Attendance attendance;
    private final Academics academics;
    private final BusinessClock clock;
    private final Messages messages;

    AttendanceController(Attendance attendance, Academics academics, BusinessClock clock, Messages messages) {
        this.attendance = attendance;
        this.academics = academics;
        this.clock = clock;
        this.messages = messages;
    }

    /** A class the user may open, and whether they lead it. */
    record ClassLink(UUID id, String name, ClassSession session, boolean homeroom) {}

    @GetMapping
    String classes(Model model) {
        List<ClassLink> links;
        if (CurrentUser.hasRole("DIRECTOR") || CurrentUser.hasRole("CLERK")) {
            links = academics.currentClasses().stream()
                    .map(c -> new ClassLink(c.id(), c.name(), c.session(), false))
                    .toList();
        } else {
            Map<UUID, ClassView> current = new HashMap<>();
            academics.currentClasses().forEach(c -> current.put(c.id(), c));
            links = academics.myTeaching().stream()
                    .filter(t -> current.containsKey(t.classId()))
                    .sorted((a, b) -> Boolean.compare(b.homeroom(), a.homeroom()))
                    .map(t -> link(t, current.get(t.classId())))
                    .toList();
        }
        model.addAttribute("classes", links);
        model.addAttribute("today", clock.today());
        model.addAttribute("month", YearMonth.from(clock.today()).toString());
        return "attendance/classes";
    }

    private static ClassLink link(TeachingView teaching, ClassView schoolClass) {
        return new ClassLink(schoolClass.id(), schoolClass.name(), schoolClass.session(), teaching.homeroom());
    }

    /** The date picker's target: the day page of the date chosen (today when none). */
    @GetMapping("/classes/{classId}")
    String pick(
            @PathVariable UUID classId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
            @RequestParam(required = false) @Nullable ClassSession session) {
        return "redirect:" + dayPath(classId, date == null ? clock.today() : date, session);
    }

    @GetMapping("/classes/{classId}/days/{date}")
    String day(
            @PathVariable UUID classId,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) @Nullable ClassSession session,
            Model model) {
        DaySheet sheet = attendance.daySheet(classId, date, session);
        Map<UUID, AttendanceStatus> chosen = new HashMap<>();
        sheet.rows()
                .forEach(row ->
                        chosen.put(row.learnerId(), row.status() == null ? AttendanceStatus.PRESENT : row.status()));
        return dayPage(model, sheet, chosen, Map.of(), null);
    }

    @PostMapping("/classes/{classId}/days/{date}")
    String save(
            @PathVariable UUID classId,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) @Nullable ClassSession session,
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            RedirectAttributes redirect) {
        List<AttendanceEntry> entries = entries(form);
        try {
            DaySheet saved = attendance.record(classId, date, session, entries);
            redirect.addFlashAttribute(
                    "saved",
                    messages.text(
                            "attendance.day.saved",
                            saved.className(),
                            VietnameseText.DATE.format(date),
                            saved.count(AttendanceStatus.EXCUSED) + saved.count(AttendanceStatus.UNEXCUSED)));
            return "redirect:" + dayPath(classId, date, sessionParam(saved));
        } catch (AttendanceRejected e) {
            DaySheet sheet = attendance.daySheet(classId, date, session);
            Map<UUID, AttendanceStatus> chosen = new HashMap<>();
            sheet.rows()
                    .forEach(row -> chosen.put(
                            row.learnerId(), row.status() == null ? AttendanceStatus.PRESENT : row.status()));
            entries.stream()
                    .filter(entry -> entry.learnerId() != null && entry.status() != null)
                    .forEach(entry -> chosen.put(entry.learnerId(), entry.status()));
            Map<UUID, String> errors = new HashMap<>();
            List<String> others = new ArrayList<>();
            for (AttendanceRejected.Problem problem : e.problems()) {
                String text =
                        messages.text(problem.messageKey(), problem.arguments().toArray());
                boolean onSheet =
                        sheet.rows().stream().anyMatch(row -> row.learnerId().equals(problem.learnerId()));
                if (onSheet) {
                    errors.merge(problem.learnerId(), text, (a, b) -> a + " " + b);
                } else {
                    others.add(text);
                }
            }
            model.addAttribute("otherErrors", others);
            return dayPage(model, sheet, chosen, errors, messages.text(e));
        }
    }

    /** The learners' statuses from the form's radio groups, named {@code s.<learnerId>}, in the form's order. */
    private static List<AttendanceEntry> entries(MultiValueMap<String, String> form) {
        List<AttendanceEntry> entries = new ArrayList<>();
        for (Map.Entry<String, List<String>> field : form.entrySet()) {
            if (!field.getKey().startsWith("s.")) {
                continue;
            }
            UUID learner;
            try {
                learner = UUID.fromString(field.getKey().substring(2));
            } catch (IllegalArgumentException e) {
                learner = null;
            }
            AttendanceStatus status;
            try {
                status = AttendanceStatus.valueOf(field.getValue().getFirst().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException | java.util.NoSuchElementException e) {
                status = null;
            }
            String seen = form.getFirst("seen." + field.getKey().substring(2));
            entries.add(new AttendanceEntry(learner, status, seen));
        }
        return entries;
    }

    private String dayPage(
            Model model,
            DaySheet sheet,
            Map<UUID, AttendanceStatus> chosen,
            Map<UUID, String> errors,
            @Nullable String error) {
        if (!model.containsAttribute("otherErrors")) {
            model.addAttribute("otherErrors", List.of());
        }
        model.addAttribute("sheet", sheet);
        model.addAttribute("chosen", chosen);
        model.addAttribute("errors", errors);
        model.addAttribute("error", error);
        model.addAttribute("statuses", AttendanceStatus.values());
        model.addAttribute("colours", COLOURS);
        model.addAttribute("sessions", ClassSession.values());
        model.addAttribute("today", clock.today());
        model.addAttribute("zone", BusinessClock.ZONE);
        model.addAttribute("rule", attendance.rule());
        model.addAttribute("corrections", attendance.corrections(sheet.classId(), sheet.date()));
        model.addAttribute("month", YearMonth.from(sheet.date()).toString());
        model.addAttribute(
                "previousPath",
                sheet.previousSchoolDay() == null
                        ? null
                        : dayPath(sheet.classId(), sheet.previousSchoolDay(), sessionParam(sheet)));
        model.addAttribute(
                "nextPath",
                sheet.nextSchoolDay() == null
                        ? null
                        : dayPath(sheet.classId(), sheet.nextSchoolDay(), sessionParam(sheet)));
        return "attendance/day";
    }

    private static @Nullable ClassSession sessionParam(DaySheet sheet) {
        return sheet.session() == sheet.classSession() ? null : sheet.session();
    }

    static String dayPath(UUID classId, LocalDate date, @Nullable ClassSession session) {
        return "/attendance/classes/" + classId + "/days/" + date + (session == null ? "" : "?session=" + session);
    }

    @GetMapping("/classes/{classId}/months/{month}")
    String month(@PathVariable UUID classId, @PathVariable String month, Model model) {
        MonthGrid grid = MonthGrid.of(attendance.monthSheet(classId, yearMonth(month)), messages);
        model.addAttribute("grid", grid);
        model.addAttribute("sheet", grid.sheet());
        model.addAttribute("rule", attendance.rule());
        model.addAttribute("today", clock.today());
        return "attendance/month";
    }

    @GetMapping("/classes/{classId}/months/{month}/export.xlsx")
    ResponseEntity<byte[]> exportMonth(@PathVariable UUID classId, @PathVariable String month) {
        YearMonth chosen = yearMonth(month);
        MonthGrid grid = MonthGrid.of(attendance.monthSheet(classId, chosen), messages);
        List<Column> columns = new ArrayList<>(List.of(
                Column.whole(messages.text("attendance.column.number")),
                Column.text(messages.text("attendance.column.code")),
                Column.text(messages.text("attendance.column.fullName"))));
        grid.days().forEach(day -> columns.add(Column.text(day.weekday() + " " + day.label())));
        columns.add(Column.decimal(messages.text("attendance.column.monthExcused")));
        columns.add(Column.decimal(messages.text("attendance.column.monthUnexcused")));
        columns.add(Column.whole(messages.text("attendance.column.monthLate")));
        columns.add(Column.decimal(messages.text("attendance.column.yearTotal")));
        var export = ExcelExport.titled(
                        messages.text("attendance.month.title", grid.sheet().className(), grid.monthLabel()), columns)
                .sheetNamed(grid.sheet().className() + " " + chosen);
        for (MonthGrid.Row row : grid.rows()) {
            List<@Nullable Object> values = new ArrayList<>();
            values.add(row.number());
            values.add(row.code());
            values.add(row.fullName());
            row.cells().forEach(cell -> values.add(cell.text().isEmpty() ? null : cell.text()));
            values.add(row.excused());
            values.add(row.unexcused());
            values.add(row.lates());
            values.add(row.yearTotal());
            export.row(values.toArray());
        }
        return Downloads.xlsx(
                export.toBytes(),
                messages.text("attendance.month.file", grid.sheet().className(), chosen.toString()) + ".xlsx");
    }

    private static YearMonth yearMonth(String text) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw Rejected.badRequest("attendance.month.invalid", text);
        }
    }
}
