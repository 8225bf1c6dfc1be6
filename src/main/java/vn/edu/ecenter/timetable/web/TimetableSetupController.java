package vn.edu.ecenter.timetable.web;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
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
import vn.edu.ecenter.centres.Centres;
import vn.edu.ecenter.centres.SchoolYearView;
import vn.edu.ecenter.platform.web.Messages;
import vn.edu.ecenter.platform.web.Rejected;
import vn.edu.ecenter.timetable.TeacherSlotKind;
import vn.edu.ecenter.timetable.TimetableSetups;
import vn.edu.ecenter.timetable.TimetableSetups.CourseOption;
import vn.edu.ecenter.timetable.TimetableSetups.GridInput;
import vn.edu.ecenter.timetable.TimetableSetups.LimitRange;
import vn.edu.ecenter.timetable.TimetableSetups.NewFixedActivity;
import vn.edu.ecenter.timetable.TimetableSetups.NewMeeting;
import vn.edu.ecenter.timetable.TimetableSetups.PeriodInput;
import vn.edu.ecenter.timetable.TimetableSetups.RuleInput;
import vn.edu.ecenter.timetable.TimetableSetups.SessionInput;
import vn.edu.ecenter.timetable.TimetableSetups.TeacherSlots;
import vn.edu.ecenter.timetable.centre.Rule;
import vn.edu.ecenter.timetable.centre.Rules;
import vn.edu.ecenter.timetable.centre.Slot;
import vn.edu.ecenter.timetable.centre.WeekGrid;

/**
 * The set-up of the current school year's timetables (cài đặt xếp thời khóa biểu) for the director's office: the
 * week grid, the rules, rooms, fixed activities, subject-group meetings, teachers' unavailable slots and course
 * options, and on the index page the up-front check of the data.
 */
@Controller
@RequestMapping("/timetable/setup")
@PreAuthorize("hasAnyRole('DIRECTOR', 'CLERK')")
class TimetableSetupController {

    /** The most periods a session may have: the grid form shows this many rows per session. */
    static final int PERIOD_ROWS = 10;

    private final TimetableSetups setups;
    private final Centres centres;
    private final Academics academics;
    private final Messages messages;

    TimetableSetupController(TimetableSetups setups, Centres centres, Academics academics, Messages messages) {
        this.setups = setups;
        this.centres = centres;
        this.academics = academics;
        this.messages = messages;
    }

    @GetMapping
    String index(Model model, Locale locale) {
        SchoolYearView year = year(model);
        if (year != null) {
            model.addAttribute("check", setups.check(year.id(), locale));
        }
        return "timetable/setup";
    }

    // --- Week grid ---

    /** A session on the grid form: whether the centre teaches in it, and its rows (filled or blank). */
    record SessionForm(ClassSession kind, boolean active, List<PeriodRow> rows, Set<Integer> breakAfter) {}

    record PeriodRow(int number, String start, String end) {}

    @GetMapping("/grid")
    String grid(Model model) {
        SchoolYearView year = year(model);
        WeekGrid grid = year == null ? WeekGrid.standard(true) : setups.grid(year.id());
        WeekGrid standard = WeekGrid.standard(true);
        List<SessionForm> sessions = new ArrayList<>();
        for (ClassSession kind : ClassSession.values()) {
            int index = grid.sessionIndex(kind);
            boolean active = index >= 0;
            WeekGrid.Session session =
                    active ? grid.sessions().get(index) : standard.sessions().get(standard.sessionIndex(kind));
            List<PeriodRow> rows = new ArrayList<>();
            for (int number = 1; number <= PERIOD_ROWS; number++) {
                WeekGrid.Period period =
                        number <= session.periods().size() ? session.periods().get(number - 1) : null;
                rows.add(new PeriodRow(
                        number,
                        period == null ? "" : period.start().toString(),
                        period == null ? "" : period.end().toString()));
            }
            sessions.add(new SessionForm(kind, active, rows, session.breakAfter()));
        }
        model.addAttribute("days", DayOfWeek.values());
        model.addAttribute("schoolDays", grid.days());
        model.addAttribute("sessions", sessions);
        return "timetable/setup-grid";
    }

    @PostMapping("/grid")
    String saveGrid(@RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
        return saving(redirect, "grid", () -> setups.saveGrid(currentYear().id(), gridInput(form)));
    }

    /** The grid as typed: a session's periods run up to its last row with a time in it. */
    private static GridInput gridInput(MultiValueMap<String, String> form) {
        List<DayOfWeek> days = values(form, "days").stream()
                .map(day -> named(DayOfWeek.class, day))
                .toList();
        List<SessionInput> sessions = new ArrayList<>();
        for (String name : values(form, "sessions")) {
            ClassSession kind = named(ClassSession.class, name);
            int last = 0;
            for (int number = 1; number <= PERIOD_ROWS; number++) {
                if (!first(form, "start." + kind + "." + number).isBlank()
                        || !first(form, "end." + kind + "." + number).isBlank()) {
                    last = number;
                }
            }
            List<PeriodInput> periods = new ArrayList<>();
            for (int number = 1; number <= last; number++) {
                periods.add(new PeriodInput(
                        time(first(form, "start." + kind + "." + number)),
                        time(first(form, "end." + kind + "." + number))));
            }
            Set<Integer> breaks = new HashSet<>();
            for (String after : values(form, "break." + kind)) {
                int period = number(after);
                if (period < last) {
                    breaks.add(period);
                }
            }
            sessions.add(new SessionInput(kind, periods, breaks));
        }
        return new GridInput(days, sessions);
    }

    private static @Nullable LocalTime time(String typed) {
        try {
            return typed.isBlank() ? null : LocalTime.parse(typed.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    // --- Rules ---

    /** A rule on the rules page, with the limits it may take when it has one. */
    record RuleRow(
            Rule rule, Rules.Setting setting, @Nullable LimitRange range) {}

    @GetMapping("/rules")
    String rules(Model model) {
        SchoolYearView year = year(model);
        Rules rules = year == null ? Rules.defaults() : setups.rules(year.id());
        model.addAttribute(
                "rules",
                Arrays.stream(Rule.values())
                        .map(rule -> new RuleRow(rule, rules.get(rule), TimetableSetups.limitRange(rule)))
                        .toList());
        return "timetable/setup-rules";
    }

    @PostMapping("/rules")
    String saveRules(@RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
        return saving(redirect, "rules", () -> {
            Map<Rule, RuleInput> settings = new EnumMap<>(Rule.class);
            for (Rule rule : Rule.values()) {
                settings.put(
                        rule,
                        new RuleInput(
                                "true".equals(first(form, "enabled." + rule)),
                                "true".equals(first(form, "hard." + rule)),
                                number(first(form, "weight." + rule)),
                                number(first(form, "limit." + rule))));
            }
            setups.saveRules(currentYear().id(), settings);
        });
    }

    @PostMapping("/rules/defaults")
    String restoreDefaultRules(RedirectAttributes redirect) {
        return saving(
                redirect,
                "rules",
                () -> setups.restoreDefaultRules(currentYear().id()));
    }

    // --- Rooms ---

    @GetMapping("/rooms")
    String rooms(Model model) {
        year(model);
        model.addAttribute("rooms", setups.rooms());
        model.addAttribute("kinds", setups.roomKinds());
        return "timetable/setup-rooms";
    }

    @PostMapping("/rooms")
    String addRoom(
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String capacity,
            RedirectAttributes redirect) {
        return saving(redirect, "rooms", () -> setups.addRoom(name, kind, number(capacity)));
    }

    @PostMapping("/rooms/{id}/delete")
    String removeRoom(@PathVariable UUID id, RedirectAttributes redirect) {
        return saving(redirect, "rooms", () -> setups.removeRoom(id));
    }

    // --- Fixed activities ---

    @GetMapping("/activities")
    String activities(Model model) {
        SchoolYearView year = year(model);
        if (year != null) {
            model.addAttribute("activities", setups.fixedActivities(year.id()));
            model.addAttribute("grid", setups.grid(year.id()));
        }
        return "timetable/setup-activities";
    }

    @PostMapping("/activities")
    String addActivity(
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String session,
            @RequestParam(defaultValue = "MONDAY") DayOfWeek day,
            @RequestParam(defaultValue = "") String period,
            @RequestParam(defaultValue = "1") String duration,
            @RequestParam(defaultValue = "false") boolean homeroomLeads,
            RedirectAttributes redirect) {
        return saving(
                redirect,
                "activities",
                () -> setups.addFixedActivity(
                        currentYear().id(),
                        new NewFixedActivity(
                                name,
                                session.isBlank() ? null : named(ClassSession.class, session),
                                day,
                                number(period),
                                number(duration),
                                homeroomLeads)));
    }

    @PostMapping("/activities/usual")
    String addUsualActivities(RedirectAttributes redirect) {
        return saving(
                redirect,
                "activities",
                () -> setups.addUsualFixedActivities(currentYear().id()));
    }

    @PostMapping("/activities/{id}/delete")
    String removeActivity(@PathVariable UUID id, RedirectAttributes redirect) {
        return saving(redirect, "activities", () -> setups.removeFixedActivity(id));
    }

    // --- Subject-group meetings ---

    @GetMapping("/meetings")
    String meetings(Model model) {
        SchoolYearView year = year(model);
        if (year != null) {
            model.addAttribute("meetings", setups.meetings(year.id()));
            model.addAttribute("grid", setups.grid(year.id()));
        }
        model.addAttribute("subjects", academics.subjects());
        return "timetable/setup-meetings";
    }

    @PostMapping("/meetings")
    String addMeeting(
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") List<String> subjects,
            @RequestParam(defaultValue = "MONDAY") DayOfWeek day,
            @RequestParam(defaultValue = "MORNING") ClassSession session,
            RedirectAttributes redirect) {
        return saving(
                redirect,
                "meetings",
                () -> setups.addMeeting(
                        currentYear().id(),
                        new NewMeeting(
                                name,
                                subjects.stream()
                                        .filter(code -> !code.isBlank())
                                        .toList(),
                                day,
                                session)));
    }

    @PostMapping("/meetings/{id}/delete")
    String removeMeeting(@PathVariable UUID id, RedirectAttributes redirect) {
        return saving(redirect, "meetings", () -> setups.removeMeeting(id));
    }

    // --- Teachers' unavailable slots ---

    /** A row of the teacher's week: one period of one session, with the kind marked on each school day. */
    record SlotRow(ClassSession session, int period, List<SlotCell> cells) {}

    record SlotCell(String name, @Nullable TeacherSlotKind kind) {}

    @GetMapping("/teachers")
    String teachers(@RequestParam(required = false) @Nullable UUID staffId, Model model) {
        SchoolYearView year = year(model);
        if (year == null) {
            return "timetable/setup-teachers";
        }
        List<TeacherSlots> teachers = setups.teachers(year.id());
        model.addAttribute("teachers", teachers);
        TeacherSlots teacher = teachers.stream()
                .filter(t -> t.staffId().equals(staffId))
                .findFirst()
                .orElse(null);
        model.addAttribute("teacher", teacher);
        if (teacher != null) {
            WeekGrid grid = setups.grid(year.id());
            Map<Slot, TeacherSlotKind> marked = setups.teacherSlots(year.id(), teacher.staffId());
            List<SlotRow> rows = new ArrayList<>();
            for (WeekGrid.Session session : grid.sessions()) {
                for (WeekGrid.Period period : session.periods()) {
                    List<SlotCell> cells = new ArrayList<>();
                    for (DayOfWeek day : grid.days()) {
                        Slot slot = new Slot(day, session.kind(), period.number());
                        cells.add(new SlotCell(slotName(slot), marked.get(slot)));
                    }
                    rows.add(new SlotRow(session.kind(), period.number(), cells));
                }
            }
            model.addAttribute("days", grid.days());
            model.addAttribute("rows", rows);
        }
        return "timetable/setup-teachers";
    }

    @PostMapping("/teachers/{staffId}")
    String saveTeacherSlots(
            @PathVariable UUID staffId, @RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
        saving(redirect, "teachers", () -> {
            Map<Slot, TeacherSlotKind> slots = new LinkedHashMap<>();
            form.forEach((name, values) -> {
                String value = values.isEmpty() ? "" : values.getFirst();
                if (name.startsWith("slot.") && !value.isBlank()) {
                    slots.put(slot(name), named(TeacherSlotKind.class, value));
                }
            });
            setups.saveTeacherSlots(currentYear().id(), staffId, slots);
        });
        return "redirect:/timetable/setup/teachers?staffId=" + staffId;
    }

    private static String slotName(Slot slot) {
        return "slot." + slot.day() + "." + slot.session() + "." + slot.period();
    }

    private static Slot slot(String name) {
        String[] parts = name.split("\\.");
        try {
            return new Slot(DayOfWeek.valueOf(parts[1]), ClassSession.valueOf(parts[2]), Integer.parseInt(parts[3]));
        } catch (RuntimeException e) {
            throw Rejected.badRequest("timetable.setup.form");
        }
    }

    // --- Course options ---

    @GetMapping("/courses")
    String courses(@RequestParam(required = false) @Nullable UUID classId, Model model) {
        SchoolYearView year = year(model);
        if (year != null) {
            List<CourseOption> options = setups.courseOptions(year.id());
            model.addAttribute("classes", academics.classes(year.id()));
            model.addAttribute(
                    "options",
                    classId == null
                            ? options
                            : options.stream()
                                    .filter(o -> o.classId().equals(classId))
                                    .toList());
            model.addAttribute("kinds", setups.roomKinds());
        }
        model.addAttribute("classId", classId);
        return "timetable/setup-courses";
    }

    @PostMapping("/courses")
    String saveCourseOption(
            @RequestParam(required = false) @Nullable UUID classId,
            @RequestParam(required = false) @Nullable UUID subjectId,
            @RequestParam(defaultValue = "") String periods,
            @RequestParam(defaultValue = "0") String doubles,
            @RequestParam(defaultValue = "") String roomKind,
            @RequestParam(defaultValue = "false") boolean filtered,
            RedirectAttributes redirect) {
        saving(redirect, "courses", () -> {
            if (classId == null || subjectId == null) {
                throw Rejected.notFound("timetable.setup.course.notFound");
            }
            setups.saveCourseOption(
                    currentYear().id(),
                    classId,
                    subjectId,
                    periods.isBlank() ? null : number(periods),
                    doubles.isBlank() ? 0 : number(doubles),
                    roomKind.isBlank() ? null : roomKind);
        });
        return filtered && classId != null
                ? "redirect:/timetable/setup/courses?classId=" + classId
                : "redirect:/timetable/setup/courses";
    }

    // --- Helpers ---

    /** Puts the current school year (or null) on the model, with the names of the sessions and days. */
    private @Nullable SchoolYearView year(Model model) {
        SchoolYearView year = centres.currentSchoolYear().orElse(null);
        model.addAttribute("year", year);
        return year;
    }

    private SchoolYearView currentYear() {
        return centres.currentSchoolYear().orElseThrow(() -> new Rejected("timetable.setup.noYear"));
    }

    /** Runs a change and redirects back to its page, with "saved" or the refusal worded for the reader. */
    private String saving(RedirectAttributes redirect, String page, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("saved", true);
        } catch (Rejected e) {
            redirect.addFlashAttribute("error", messages.text(e));
        }
        return "redirect:/timetable/setup/" + page;
    }

    /** A number as typed; -1 when it is not one, which the set-up refuses as out of range. */
    private static int number(String typed) {
        try {
            return Integer.parseInt(typed.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** A constant of the enum named in the form; a name the form never offers is a bad request. */
    private static <E extends Enum<E>> E named(Class<E> type, String name) {
        try {
            return Enum.valueOf(type, name.strip());
        } catch (IllegalArgumentException e) {
            throw Rejected.badRequest("timetable.setup.form");
        }
    }

    private static String first(MultiValueMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null ? "" : value;
    }

    private static List<String> values(MultiValueMap<String, String> form, String name) {
        List<String> values = form.get(name);
        return values == null ? List.of() : values;
    }
}
