package vn.edu.ecenter.timetable.web;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
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
import vn.edu.ecenter.platform.web.Messages;
import vn.edu.ecenter.platform.web.Rejected;
import vn.edu.ecenter.timetable.EditOutcome;
import vn.edu.ecenter.timetable.LessonView;
import vn.edu.ecenter.timetable.MoveOption;
import vn.edu.ecenter.timetable.TimetableView;
import vn.edu.ecenter.timetable.TimetableView.Broken;
import vn.edu.ecenter.timetable.Timetables;
import vn.edu.ecenter.timetable.centre.Slot;
import vn.edu.ecenter.timetable.centre.WeekGrid;

/**
 * Editing a draft by hand, one lesson at a time: the lesson's class week with, in every slot it could go to, what the
 * move (or the swap with the lesson there) would break, so the editor sees each choice's consequence before making it;
 * then the move itself, and pinning.
 */
@Controller
@RequestMapping("/timetable/versions/{id}/lessons/{lessonId}")
@PreAuthorize("hasAnyRole('DIRECTOR', 'CLERK')")
class LessonEditController {

    private final Timetables timetables;
    private final Messages messages;

    LessonEditController(Timetables timetables, Messages messages) {
        this.timetables = timetables;
        this.messages = messages;
    }

    /** A row of the class's week for the editor: per day, the option at that slot (null where it is the lesson). */
    record OptionRow(WeekGrid.Period period, List<Choice> choices) {}

    /**
     * A slot of the week: the lessons there now and the option of moving there (none in the lesson's own slot, or where
     * another lesson of the same subject is: swapping those changes nothing).
     */
    record Choice(
            Slot slot, List<LessonView> there, @Nullable MoveOption option, String field, boolean own) {

        /** "here" (the lesson's own slot), "none", or "ok", "soft", "hard": how bad moving here would be. */
        public String verdict() {
            if (own) {
                return "here";
            }
            if (option == null) {
                return "none";
            }
            if (option.breaksHardRule()) {
                return "hard";
            }
            return option.newlyBroken().isEmpty() ? "ok" : "soft";
        }
    }

    @GetMapping
    String edit(@PathVariable UUID id, @PathVariable UUID lessonId, Model model, Locale locale) {
        TimetableView timetable = timetables.timetable(id, locale);
        LessonView lesson = timetable.lessons().stream()
                .filter(l -> l.id().equals(lessonId))
                .findFirst()
                .orElseThrow(() -> Rejected.notFound("timetable.lesson.notFound"));
        model.addAttribute("timetable", timetable);
        model.addAttribute("version", timetable.version());
        model.addAttribute("lesson", lesson);
        if (!lesson.pinned() && lesson.activity() == null && timetable.version().editable()) {
            List<MoveOption> options = timetables.moveOptions(id, lessonId, locale);
            model.addAttribute("days", timetable.grid().days());
            model.addAttribute("rows", rows(timetable, lesson, options));
        }
        return "timetable/lesson";
    }

    private static List<OptionRow> rows(TimetableView timetable, LessonView lesson, List<MoveOption> options) {
        Map<Slot, MoveOption> bySlot =
                options.stream().collect(Collectors.toMap(MoveOption::slot, Function.identity()));
        List<LessonView> ofClass = timetable.lessons().stream()
                .filter(l -> l.classId().equals(lesson.classId()))
                .toList();
        WeekGrid grid = timetable.grid();
        WeekGrid.Session session =
                grid.sessions().get(grid.sessionIndex(lesson.start().session()));
        List<OptionRow> rows = new ArrayList<>();
        for (WeekGrid.Period period : session.periods()) {
            List<Choice> choices = new ArrayList<>();
            for (DayOfWeek day : grid.days()) {
                Slot slot = new Slot(day, session.kind(), period.number());
                choices.add(new Choice(
                        slot,
                        ofClass.stream().filter(l -> l.covers(slot)).toList(),
                        bySlot.get(slot),
                        SlotParam.format(slot),
                        lesson.covers(slot)));
            }
            rows.add(new OptionRow(period, choices));
        }
        return rows;
    }

    @PostMapping("/move")
    String move(
            @PathVariable UUID id,
            @PathVariable UUID lessonId,
            @RequestParam(defaultValue = "") String slot,
            @RequestParam(defaultValue = "0") int revision,
            @RequestParam(defaultValue = "false") boolean confirmed,
            @RequestParam(required = false) @Nullable UUID swapWith,
            @RequestParam(required = false) @Nullable UUID classId,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            EditOutcome outcome = swapWith == null
                    ? timetables.move(id, revision, lessonId, SlotParam.parse(slot), confirmed, locale)
                    : timetables.swap(id, revision, lessonId, swapWith, confirmed, locale);
            if (!outcome.applied()) {
                redirect.addFlashAttribute("error", messages.text("timetable.page.needsConfirm"));
                redirect.addFlashAttribute("broken", labels(outcome.newlyBroken()));
                return "redirect:/timetable/versions/" + id + "/lessons/" + lessonId;
            }
            redirect.addFlashAttribute("saved", messages.text("timetable.page.moved"));
            redirect.addFlashAttribute("broken", labels(outcome.newlyBroken()));
        } catch (Rejected e) {
            redirect.addFlashAttribute("error", messages.text(e));
            return "redirect:/timetable/versions/" + id + "/lessons/" + lessonId;
        }
        return "redirect:/timetable/versions/" + id + (classId == null ? "" : "?view=class&of=" + classId);
    }

    @PostMapping("/pin")
    String pin(
            @PathVariable UUID id,
            @PathVariable UUID lessonId,
            @RequestParam(defaultValue = "0") int revision,
            @RequestParam(defaultValue = "false") boolean pinned,
            RedirectAttributes redirect) {
        try {
            timetables.pin(id, revision, lessonId, pinned);
            redirect.addFlashAttribute(
                    "saved", messages.text(pinned ? "timetable.page.pinnedNow" : "timetable.page.unpinnedNow"));
        } catch (Rejected e) {
            redirect.addFlashAttribute("error", messages.text(e));
        }
        return "redirect:/timetable/versions/" + id + "/lessons/" + lessonId;
    }

    private static List<String> labels(List<Broken> broken) {
        return broken.stream().map(Broken::label).toList();
    }
}
