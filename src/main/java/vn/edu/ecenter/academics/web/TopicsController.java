package vn.edu.ecenter.academics.web;

import java.util.ArrayList;
import java.util.List;
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
import vn.edu.ecenter.academics.ClassView;
import vn.edu.ecenter.academics.LearningTopicView;
import vn.edu.ecenter.academics.LearningTopics;
import vn.edu.ecenter.academics.SubjectKind;
import vn.edu.ecenter.platform.security.CurrentUser;
import vn.edu.ecenter.platform.web.Messages;
import vn.edu.ecenter.platform.web.Rejected;

/**
 * The learning topics (chuyên đề học tập) of the centre, each with its subject, and the topics each class of the current
 * school year takes: the director and clerks define topics and tick a class's topics; teachers read.
 */
@Controller
@RequestMapping("/academics/topics")
@PreAuthorize("hasAnyRole('DIRECTOR', 'CLERK', 'TEACHER')")
class TopicsController {

    private final LearningTopics topics;
    private final Academics academics;
    private final Messages messages;

    TopicsController(LearningTopics topics, Academics academics, Messages messages) {
        this.topics = topics;
        this.academics = academics;
        this.messages = messages;
    }

    /** A class of the current year with the codes of the topics it takes. */
    record ClassLine(ClassView schoolClass, List<String> topicCodes, String topicNames) {}

    @GetMapping
    String page(Model model) {
        List<LearningTopicView> all = topics.learningTopics();
        List<ClassLine> classes = new ArrayList<>();
        for (ClassView schoolClass : academics.currentClasses()) {
            List<LearningTopicView> taken = topics.classTopics(schoolClass.id());
            classes.add(new ClassLine(
                    schoolClass,
                    taken.stream().map(LearningTopicView::code).toList(),
                    String.join(
                            ", ", taken.stream().map(LearningTopicView::name).toList())));
        }
        model.addAttribute("topics", all);
        model.addAttribute("classes", classes);
        model.addAttribute(
                "subjects",
                academics.subjects().stream()
                        .filter(s -> s.kind() != SubjectKind.TOPIC)
                        .toList());
        model.addAttribute("manage", CurrentUser.hasRole("DIRECTOR") || CurrentUser.hasRole("CLERK"));
        return "academics/topics";
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('DIRECTOR', 'CLERK')")
    String define(
            @RequestParam(defaultValue = "") String code,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String subject,
            RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute(
                    "defined", topics.defineLearningTopic(code, name, subject).code());
        } catch (Rejected e) {
            redirect.addFlashAttribute("error", messages.text(e));
        }
        return "redirect:/academics/topics";
    }

    @PostMapping("/classes/{classId}")
    @PreAuthorize("hasAnyRole('DIRECTOR', 'CLERK')")
    String setClassTopics(
            @PathVariable UUID classId,
            @RequestParam(name = "topics", required = false) @Nullable List<String> codes,
            RedirectAttributes redirect) {
        try {
            topics.setClassTopics(classId, codes == null ? List.of() : codes);
            redirect.addFlashAttribute("saved", true);
        } catch (Rejected e) {
            redirect.addFlashAttribute("error", messages.text(e));
        }
        return "redirect:/academics/topics";
    }
}
