package vn.edu.ecenter.academics.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.edu.ecenter.academics.Academics;
import vn.edu.ecenter.academics.ClassSession;
import vn.edu.ecenter.academics.ClassView;
import vn.edu.ecenter.academics.CreateClass;
import vn.edu.ecenter.academics.Enrol;
import vn.edu.ecenter.people.LearnerSummary;
import vn.edu.ecenter.people.People;
import vn.edu.ecenter.platform.clock.BusinessClock;
import vn.edu.ecenter.platform.web.Messages;
import vn.edu.ecenter.platform.web.Rejected;

/**
 * The forms of a class page for the director and clerks: change the class's name, session, room and homeroom teacher
 * (the grade and school year stay), and enrol a learner chosen from the search or typed by learner code. Each posts,
 * redirects to the class page and shows what happened; a rejected form changes nothing.
 */
@Controller
@RequestMapping("/academics/classes/{id}")
@PreAuthorize("hasAnyRole('DIRECTOR', 'CLERK')")
class ClassEditController {

    private final Academics academics;
    private final People people;
    private final Messages messages;
    private final BusinessClock clock;

    ClassEditController(Academics academics, People people, Messages messages, BusinessClock clock) {
        this.academics = academics;
        this.people = people;
        this.messages = messages;
        this.clock = clock;
    }

    @PostMapping
    String update(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "MORNING") ClassSession session,
            @RequestParam(defaultValue = "") String room,
            @RequestParam(required = false) @Nullable UUID homeroomStaffId,
            RedirectAttributes redirect) {
        return act(id, redirect, "updated", () -> {
            ClassView current =
                    academics.schoolClass(id).orElseThrow(() -> Rejected.notFound("academics.class.notFound"));
            return academics
                    .updateClass(
                            id,
                            new CreateClass(
                                    current.schoolYearId(), name, current.grade(), session, room, homeroomStaffId))
                    .name();
        });
    }

    /** Enrols the learner picked in the search results, or else the one whose learner code was typed. */
    @PostMapping("/enrol")
    String enrol(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable UUID learnerId,
            @RequestParam(defaultValue = "") String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate startsOn,
            @RequestParam(required = false) @Nullable UUID combinationId,
            RedirectAttributes redirect) {
        return act(id, redirect, "enrolled", () -> {
            LearnerSummary learner = learner(learnerId, code);
            academics.enrol(new Enrol(learner.id(), id, startsOn == null ? clock.today() : startsOn, combinationId));
            return learner.name().fullName();
        });
    }

    private LearnerSummary learner(@Nullable UUID learnerId, String code) {
        if (learnerId != null) {
            return people.learners(List.of(learnerId)).stream()
                    .findFirst()
                    .orElseThrow(() -> Rejected.notFound("academics.learner.notFound"));
        }
        if (code.isBlank()) {
            throw new Rejected("academics.enrol.learner.required");
        }
        return people.learnerByCode(code.strip())
                .orElseThrow(() -> Rejected.notFound("academics.enrol.learner.unknownCode", code.strip()));
    }

    private String act(UUID id, RedirectAttributes redirect, String done, java.util.function.Supplier<String> action) {
        try {
            redirect.addFlashAttribute(done, action.get());
        } catch (Rejected e) {
            redirect.addFlashAttribute("error", messages.text(e));
        }
        return "redirect:/academics/classes/" + id;
    }
}
