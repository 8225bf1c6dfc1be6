package vn.edu.ecenter.academics.web;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
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
import vn.edu.ecenter.academics.Academics;
import vn.edu.ecenter.academics.ClassMember;
import vn.edu.ecenter.academics.ClassPage;
import vn.edu.ecenter.academics.ClassSession;
import vn.edu.ecenter.academics.ClassView;
import vn.edu.ecenter.academics.CreateClass;
import vn.edu.ecenter.academics.EnrolmentView;
import vn.edu.ecenter.academics.TeachingView;
import vn.edu.ecenter.academics.WorkloadLine;
import vn.edu.ecenter.centres.Centres;
import vn.edu.ecenter.centres.SchoolYearView;
import vn.edu.ecenter.people.LearnerSummary;
import vn.edu.ecenter.people.People;
import vn.edu.ecenter.platform.clock.BusinessClock;
import vn.edu.ecenter.platform.documents.Downloads;
import vn.edu.ecenter.platform.documents.ExcelExport;
import vn.edu.ecenter.platform.documents.ExcelExport.Column;
import vn.edu.ecenter.platform.documents.PdfRenderer;
import vn.edu.ecenter.platform.security.CurrentUser;
import vn.edu.ecenter.platform.web.Messages;
import vn.edu.ecenter.platform.web.Rejected;
import vn.edu.ecenter.shared.VietnameseText;

/**
 * The classes of the current school year and each class's list (danh sách lớp) on screen, in Excel and as a printable
 * A4 PDF. The director and clerks see every class and open classes; a teacher sees the classes they teach or lead.
 */
@Controller
@RequestMapping("/academics/classes")
@PreAuthorize("hasAnyRole('DIRECTOR', 'CLERK', 'TEACHER')")
class ClassesController {

    static final DateTimeFormatter DATE = VietnameseText.DATE;

    private final Academics academics;
    private final Centres centres;
    private final Messages messages;
    private final PdfRenderer pdf;
    private final People people;
    private final BusinessClock clock;

    /** How many learners the enrolment search shows. */
    static final int SEARCH_LIMIT = 20;

    ClassesController(
            Academics academics,
            Centres centres,
            Messages messages,
            PdfRenderer pdf,
            People people,
            BusinessClock clock) {
        this.academics = academics;
        this.centres = centres;
        this.messages = messages;
        this.pdf = pdf;
        this.people = people;
        this.clock = clock;
    }

    static boolean manager() {
        return CurrentUser.hasRole("DIRECTOR") || CurrentUser.hasRole("CLERK");
    }

    /** The classes the signed-in user may see: all for a manager, their own for a teacher. */
    private List<ClassView> visibleClasses() {
        List<ClassView> all = academics.currentClasses();
        if (manager()) {
            return all;
        }
        Set<UUID> mine =
                academics.myTeaching().stream().map(TeachingView::classId).collect(Collectors.toSet());
        return all.stream().filter(c -> mine.contains(c.id())).toList();
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("year", centres.currentSchoolYear().orElse(null));
        model.addAttribute("classes", visibleClasses());
        model.addAttribute("manager", manager());
        model.addAttribute("sessions", ClassSession.values());
        return "academics/classes";
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('DIRECTOR', 'CLERK')")
    String create(
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "10") int grade,
            @RequestParam(defaultValue = "MORNING") ClassSession session,
            @RequestParam(defaultValue = "") String room,
            RedirectAttributes redirect) {
        SchoolYearView year =
                centres.currentSchoolYear().orElseThrow(() -> Rejected.notFound("academics.schoolYear.notFound"));
        try {
            ClassView created = academics.createClass(new CreateClass(year.id(), name, grade, session, room, null));
            redirect.addFlashAttribute("created", created.name());
        } catch (Rejected e) {
            redirect.addFlashAttribute("error", messages.text(e));
        }
        return "redirect:/academics/classes";
    }

    @GetMapping("/export.xlsx")
    Object exportClasses() {
        var export = ExcelExport.titled(
                messages.text("academics.classes.title"),
                List.of(
                        Column.text(messages.text("academics.class.name")),
                        Column.whole(messages.text("academics.class.grade")),
                        Column.text(messages.text("academics.class.session")),
                        Column.text(messages.text("academics.class.room")),
                        Column.text(messages.text("academics.class.homeroom")),
                        Column.whole(messages.text("academics.class.learners"))));
        for (ClassView c : visibleClasses()) {
            export.row(
                    c.name(),
                    c.grade(),
                    messages.text("academics.session." + c.session()),
                    c.room(),
                    c.homeroomName(),
                    c.learners());
        }
        return Downloads.xlsx(export.toBytes(), messages.text("academics.classes.filename") + ".xlsx");
    }

    /** A learner found by the enrolment search, with the class they are in now (null when in none). */
    record Candidate(LearnerSummary learner, @Nullable String currentClass) {}

    /**
     * The class list; for the director and clerks also the forms that change the class and enrol a learner, with the
     * learners matching {@code q} (name, code or phone) to choose from.
     */
    @GetMapping("/{id}")
    String classList(@PathVariable UUID id, @RequestParam(defaultValue = "") String q, Model model) {
        ClassPage page = academics.classPage(id);
        ClassView schoolClass = page.schoolClass();
        boolean manager = manager();
        model.addAttribute("schoolClass", schoolClass);
        model.addAttribute("members", page.members());
        model.addAttribute("assignments", page.assignments());
        model.addAttribute("manager", manager);
        model.addAttribute("mayOpenLearners", manager || page.homeroom());
        if (manager) {
            model.addAttribute("q", q.strip());
            model.addAttribute("candidates", q.isBlank() ? List.of() : candidates(q));
            model.addAttribute("combinations", academics.combinations());
            List<WorkloadLine> teachers = academics.workload(schoolClass.schoolYearId());
            model.addAttribute("teachers", teachers);
            model.addAttribute("homeroomListed", teachers.stream().anyMatch(t -> t.staffId()
                    .equals(schoolClass.homeroomStaffId())));
            model.addAttribute("sessions", ClassSession.values());
            model.addAttribute("today", clock.today());
        }
        return "academics/class";
    }

    private List<Candidate> candidates(String q) {
        return people.searchLearners(q.strip(), SEARCH_LIMIT).stream()
                .map(learner -> new Candidate(
                        learner,
                        academics
                                .currentEnrolment(learner.id())
                                .map(EnrolmentView::className)
                                .orElse(null)))
                .toList();
    }

    @GetMapping("/{id}/export.xlsx")
    Object exportClassList(@PathVariable UUID id) {
        List<ClassMember> members = academics.classList(id);
        ClassView schoolClass =
                academics.schoolClass(id).orElseThrow(() -> Rejected.notFound("academics.class.notFound"));
        var export = ExcelExport.titled(
                        messages.text("academics.classList.heading", schoolClass.name()),
                        List.of(
                                Column.whole(messages.text("academics.classList.number")),
                                Column.text(messages.text("academics.classList.code")),
                                Column.text(messages.text("academics.classList.fullName")),
                                Column.date(messages.text("academics.classList.birthDate")),
                                Column.text(messages.text("academics.classList.sex")),
                                Column.text(messages.text("academics.classList.combination"))))
                .sheetNamed(schoolClass.name());
        for (ClassMember m : members) {
            export.row(
                    m.number(),
                    m.code(),
                    m.name().fullName(),
                    m.birthDate(),
                    messages.text("academics.sex." + m.sex()),
                    m.combinationCode());
        }
        return Downloads.xlsx(
                export.toBytes(), messages.text("academics.classList.filename", schoolClass.name()) + ".xlsx");
    }

    @GetMapping("/{id}/export.pdf")
    Object printClassList(@PathVariable UUID id, Locale locale) {
        List<ClassMember> members = academics.classList(id);
        ClassView schoolClass =
                academics.schoolClass(id).orElseThrow(() -> Rejected.notFound("academics.class.notFound"));
        String centreName =
                CurrentUser.centre().flatMap(centres::centre).map(c -> c.name()).orElse("");
        String year = centres.currentSchoolYear().map(SchoolYearView::name).orElse("");
        byte[] document = pdf.render(
                "academics/class-print",
                Map.of(
                        "schoolClass", schoolClass,
                        "members", members,
                        "centreName", centreName,
                        "yearName", year,
                        "title", messages.text("academics.classList.heading", schoolClass.name()),
                        "printedOn", DATE.format(clock.today())),
                locale);
        return Downloads.pdf(document, messages.text("academics.classList.filename", schoolClass.name()) + ".pdf");
    }
}
