package vn.edu.ecenter.academics.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
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
import vn.edu.ecenter.academics.ClassMember;
import vn.edu.ecenter.academics.EnrolmentStatus;
import vn.edu.ecenter.academics.EnrolmentView;
import vn.edu.ecenter.platform.clock.BusinessClock;
import vn.edu.ecenter.platform.web.Messages;
import vn.edu.ecenter.platform.web.Rejected;

/**
 * A learner's enrolment (quá trình học tập): the history with dates and reasons, and the actions of the director and
 * clerks — transfer to another class, leave the centre, drop out, re-admit. Each action is a form (post, redirect,
 * get); a rejected action comes back as a message and changes nothing. The homeroom teacher of the learner's class
 * reads the page without the forms.
 */
@Controller
@RequestMapping("/academics/learners/{id}")
@PreAuthorize("hasAnyRole('DIRECTOR', 'CLERK')")
class EnrolmentController {

    private final Academics academics;
    private final Messages messages;
    private final BusinessClock clock;

    EnrolmentController(Academics academics, Messages messages, BusinessClock clock) {
        this.academics = academics;
        this.messages = messages;
        this.clock = clock;
    }

    /** Also open to the homeroom teacher of the learner's current class, read only (the service checks who). */
    @GetMapping
    @PreAuthorize("hasAnyRole('DIRECTOR', 'CLERK', 'TEACHER')")
    String show(@PathVariable UUID id, Model model) {
        List<EnrolmentView> enrolments = academics.enrolments(id);
        EnrolmentView active = enrolments.stream()
                .filter(e -> e.status() == EnrolmentStatus.ACTIVE)
                .findFirst()
                .orElse(null);
        ClassMember member = active == null
                ? null
                : academics.classList(active.classId()).stream()
                        .filter(m -> m.learnerId().equals(id))
                        .findFirst()
                        .orElse(null);
        model.addAttribute("learnerId", id);
        model.addAttribute("member", member);
        model.addAttribute("active", active);
        model.addAttribute("enrolments", enrolments);
        model.addAttribute("history", academics.history(id));
        boolean manager = ClassesController.manager();
        model.addAttribute("manager", manager);
        model.addAttribute("classes", manager ? academics.currentClasses() : List.of());
        model.addAttribute("today", clock.today());
        return "academics/learner";
    }

    @PostMapping("/transfer")
    String transfer(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable UUID classId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        return act(id, redirect, () -> academics.transfer(id, required(classId), date(on), reason));
    }

    @PostMapping("/leave")
    String leave(
            @PathVariable UUID id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        return act(id, redirect, () -> academics.leaveCentre(id, date(on), reason));
    }

    @PostMapping("/drop-out")
    String dropOut(
            @PathVariable UUID id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        return act(id, redirect, () -> academics.dropOut(id, date(on), reason));
    }

    @PostMapping("/readmit")
    String readmit(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable UUID classId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        return act(id, redirect, () -> academics.readmit(id, required(classId), date(on), reason));
    }

    private String act(UUID id, RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("saved", true);
        } catch (Rejected e) {
            redirect.addFlashAttribute("error", messages.text(e));
        }
        return "redirect:/academics/learners/" + id;
    }

    private static UUID required(@Nullable UUID classId) {
        if (classId == null) {
            throw new Rejected("academics.class.required");
        }
        return classId;
    }

    private LocalDate date(@Nullable LocalDate on) {
        return on == null ? clock.today() : on;
    }
}
