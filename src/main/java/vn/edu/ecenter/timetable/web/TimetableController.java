package vn.edu.ecenter.timetable.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
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
import vn.edu.ecenter.centres.Centres;
import vn.edu.ecenter.centres.SchoolYearView;
import vn.edu.ecenter.people.LearnerSummary;
import vn.edu.ecenter.people.People;
import vn.edu.ecenter.platform.clock.BusinessClock;
import vn.edu.ecenter.platform.security.CurrentUser;
import vn.edu.ecenter.platform.web.Messages;
import vn.edu.ecenter.platform.web.Rejected;
import vn.edu.ecenter.timetable.LessonView;
import vn.edu.ecenter.timetable.TimetableView;
import vn.edu.ecenter.timetable.Timetables;
import vn.edu.ecenter.timetable.VersionView;

/**
 * The timetables: the list of a school year's versions and the reader's own timetable (a teacher's lessons, a learner's
 * or guardian's class), a version drawn per class, teacher, room or for the whole centre with what the rules say about
 * it, and the version's life: drafts opened, solved in the background, submitted, published by the director.
 */
@Controller
@RequestMapping("/timetable")
@PreAuthorize("hasAnyRole('DIRECTOR', 'CLERK', 'ACCOUNTANT', 'LIBRARIAN', 'TEACHER', 'LEARNER', 'GUARDIAN')")
class TimetableController {

    private final Timetables timetables;
    private final Centres centres;
    private final People people;
    private final BusinessClock clock;
    private final Messages messages;

    TimetableController(Timetables timetables, Centres centres, People people, BusinessClock clock, Messages messages) {
        this.timetables = timetables;
        this.centres = centres;
        this.people = people;
        this.clock = clock;
        this.messages = messages;
    }

    /** A learner's class timetable, for a learner or guardian. */
    record LearnerTimetable(
            LearnerSummary learner,
            @Nullable TimetableView timetable,
            @Nullable WeekTable week) {}

    @GetMapping
    String index(Model model, Locale locale) {
        SchoolYearView year = centres.currentSchoolYear().orElse(null);
        LocalDate today = clock.today();
        model.addAttribute("year", year);
        model.addAttribute("today", today);
        model.addAttribute("office", office());
        if (year == null) {
            return "timetable/index";
        }
        if (CurrentUser.hasRole("LEARNER") || CurrentUser.hasRole("GUARDIAN")) {
            List<LearnerTimetable> children = new ArrayList<>();
            for (LearnerSummary learner : people.ownLearners()) {
                Optional<TimetableView> timetable = timetables.forLearner(learner.id(), today, locale);
                children.add(new LearnerTimetable(
                        learner,
                        timetable.orElse(null),
                        timetable.map(t -> WeekTable.of(t.grid(), t.lessons())).orElse(null)));
            }
            model.addAttribute("children", children);
            return "timetable/index";
        }
        model.addAttribute("versions", timetables.versions(year.id()));
        model.addAttribute("inForce", timetables.inForce(year.id(), today).orElse(null));
        people.currentStaff()
                .flatMap(staff -> timetables.forTeacher(staff.id(), today, locale))
                .filter(mine -> !mine.lessons().isEmpty())
                .ifPresent(mine -> {
                    model.addAttribute("mine", mine);
                    model.addAttribute("mineWeek", WeekTable.of(mine.grid(), mine.lessons()));
                });
        return "timetable/index";
    }

    @PostMapping("/versions")
    @PreAuthorize("hasAnyRole('DIRECTOR', 'CLERK')")
    String createDraft(
            @RequestParam(defaultValue = "") String effectiveFrom,
            @RequestParam(required = false) @Nullable UUID copyOf,
            RedirectAttributes redirect) {
        try {
            SchoolYearView year = centres.currentSchoolYear().orElseThrow(() -> new Rejected("timetable.page.noYear"));
            LocalDate from = date(effectiveFrom);
            VersionView draft = timetables.createDraft(year.id(), from, copyOf);
            return "redirect:/timetable/versions/" + draft.id();
        } catch (Rejected e) {
            redirect.addFlashAttribute("error", messages.text(e));
            return "redirect:/timetable";
        }
    }

    /**
     * A version drawn for one class ({@code view=class}, the default), teacher, room, or the whole centre, with the
     * version's state and actions.
     */
    @GetMapping("/versions/{id}")
    String version(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "class") String view,
            @RequestParam(required = false) @Nullable UUID of,
            Model model,
            Locale locale) {
        TimetableView timetable = timetables.timetable(id, locale);
        List<LessonView> lessons = timetable.lessons();
        Map<UUID, String> classes = names(lessons, LessonView::classId, LessonView::className);
        Map<UUID, String> teachers = names(lessons, LessonView::staffId, LessonView::teacherName);
        Map<UUID, String> rooms = names(lessons, LessonView::roomId, LessonView::roomName);
        model.addAttribute("timetable", timetable);
        model.addAttribute("version", timetable.version());
        model.addAttribute("classes", classes);
        model.addAttribute("teachers", teachers);
        model.addAttribute("rooms", rooms);
        model.addAttribute("office", office());
        model.addAttribute("director", CurrentUser.hasRole("DIRECTOR"));
        model.addAttribute("view", view);
        switch (view) {
            case "centre" -> model.addAttribute("centre", CentreTable.of(timetable.grid(), lessons, classes));
            case "teacher" -> selected(model, teachers, of, timetable, LessonView::staffId);
            case "room" -> selected(model, rooms, of, timetable, LessonView::roomId);
            default -> selected(model, classes, of, timetable, LessonView::classId);
        }
        return "timetable/version";
    }

    /** The week of the chosen class, teacher or room (the first one when none is chosen). */
    private static void selected(
            Model model,
            Map<UUID, String> choices,
            @Nullable UUID of,
            TimetableView timetable,
            Function<LessonView, @Nullable UUID> whose) {
        UUID chosen = of != null && choices.containsKey(of)
                ? of
                : choices.keySet().stream().findFirst().orElse(null);
        model.addAttribute("of", chosen);
        model.addAttribute("ofName", chosen == null ? null : choices.get(chosen));
        model.addAttribute(
                "week",
                WeekTable.of(
                        timetable.grid(),
                        timetable.lessons().stream()
                                .filter(l -> chosen != null && chosen.equals(whose.apply(l)))
                                .toList()));
    }

    @PostMapping("/versions/{id}/solve")
    @PreAuthorize("hasAnyRole('DIRECTOR', 'CLERK')")
    String solve(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String seconds,
            @RequestParam(defaultValue = "") String seed,
            @RequestParam(defaultValue = "false") boolean publish,
            RedirectAttributes redirect) {
        try {
            UUID job = timetables.solve(id, number(seconds, "timetable.page.badSeconds"), seed(seed), publish);
            return "redirect:/jobs/" + job;
        } catch (Rejected e) {
            redirect.addFlashAttribute("error", messages.text(e));
            return "redirect:/timetable/versions/" + id;
        }
    }

    @PostMapping("/versions/{id}/submit")
    @PreAuthorize("hasAnyRole('DIRECTOR', 'CLERK')")
    String submit(@PathVariable UUID id, RedirectAttributes redirect) {
        return step(id, redirect, () -> timetables.submit(id), "timetable.page.submitted");
    }

    @PostMapping("/versions/{id}/reopen")
    @PreAuthorize("hasAnyRole('DIRECTOR', 'CLERK')")
    String reopen(@PathVariable UUID id, RedirectAttributes redirect) {
        return step(id, redirect, () -> timetables.reopen(id), "timetable.page.reopened");
    }

    @PostMapping("/versions/{id}/publish")
    @PreAuthorize("hasRole('DIRECTOR')")
    String publish(@PathVariable UUID id, RedirectAttributes redirect) {
        return step(id, redirect, () -> timetables.publish(id), "timetable.page.published");
    }

    @PostMapping("/versions/{id}/delete")
    @PreAuthorize("hasAnyRole('DIRECTOR', 'CLERK')")
    String delete(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            timetables.deleteDraft(id);
            redirect.addFlashAttribute("saved", messages.text("timetable.page.deleted"));
            return "redirect:/timetable";
        } catch (Rejected e) {
            redirect.addFlashAttribute("error", messages.text(e));
            return "redirect:/timetable/versions/" + id;
        }
    }

    private String step(UUID id, RedirectAttributes redirect, Runnable action, String done) {
        try {
            action.run();
            redirect.addFlashAttribute("saved", messages.text(done));
        } catch (Rejected e) {
            redirect.addFlashAttribute("error", messages.text(e));
        }
        return "redirect:/timetable/versions/" + id;
    }

    /** The distinct ids of the lessons with their names, in name order. */
    static Map<UUID, String> names(
            List<LessonView> lessons,
            Function<LessonView, @Nullable UUID> id,
            Function<LessonView, @Nullable String> name) {
        Map<UUID, String> names = new LinkedHashMap<>();
        lessons.stream()
                .filter(l -> id.apply(l) != null)
                .sorted(java.util.Comparator.comparing(l -> String.valueOf(name.apply(l))))
                .forEach(l -> names.putIfAbsent(id.apply(l), String.valueOf(name.apply(l))));
        return names;
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new Rejected("timetable.page.badDate", text);
        }
    }

    private static int number(String text, String key) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new Rejected(key, text);
        }
    }

    private static long seed(String text) {
        if (text.isBlank()) {
            return new java.util.Random().nextLong(1_000_000);
        }
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new Rejected("timetable.page.badSeed", text);
        }
    }

    private static boolean office() {
        return CurrentUser.hasRole("DIRECTOR") || CurrentUser.hasRole("CLERK");
    }
}
