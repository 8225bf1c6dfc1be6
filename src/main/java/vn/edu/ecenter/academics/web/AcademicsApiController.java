package vn.edu.ecenter.academics.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.edu.ecenter.academics.Academics;
import vn.edu.ecenter.academics.ClassSession;

/** The academic structure for other systems and our checks: subjects, classes, class lists, teaching assignments. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Lớp và môn học / Classes and subjects")
class AcademicsApiController {

    private final Academics academics;

    AcademicsApiController(Academics academics) {
        this.academics = academics;
    }

    record Subject(UUID id, String code, String name, int periodsPerYear) {}

    record SchoolClass(
            UUID id,
            String name,
            int grade,
            ClassSession session,
            @Nullable String homeroomTeacher) {}

    record Learner(
            UUID id,
            String code,
            String familyName,
            String middleName,
            String givenName,
            String fullName,
            LocalDate birthDate) {}

    record Assignment(
            UUID subjectId, String subjectCode, @Nullable String teacher, BigDecimal periodsPerWeek) {}

    @Operation(summary = "Các môn học của chương trình (mã, tên, số tiết/năm)")
    @GetMapping("/subjects")
    @PreAuthorize("hasAnyRole('DIRECTOR', 'CLERK', 'ACCOUNTANT', 'LIBRARIAN', 'TEACHER')")
    List<Subject> subjects() {
        return academics.subjects().stream()
                .map(s -> new Subject(s.id(), s.code(), s.name(), s.periodsPerYear()))
                .toList();
    }

    @Operation(summary = "Các lớp của năm học hiện tại (tên, khối, buổi học, tên đăng nhập của GVCN)")
    @GetMapping("/classes")
    @PreAuthorize("hasAnyRole('DIRECTOR', 'CLERK', 'ACCOUNTANT', 'LIBRARIAN', 'TEACHER')")
    List<SchoolClass> classes() {
        return academics.currentClasses().stream()
                .map(c -> new SchoolClass(c.id(), c.name(), c.grade(), c.session(), c.homeroomUsername()))
                .toList();
    }

    @Operation(summary = "Học viên của lớp theo thứ tự danh sách lớp (tên, đệm, họ)")
    @GetMapping("/classes/{id}/learners")
    @PreAuthorize("hasAnyRole('DIRECTOR', 'CLERK', 'TEACHER')")
    List<Learner> learners(@Parameter(description = "Mã lớp (id)") @PathVariable UUID id) {
        return academics.classList(id).stream()
                .map(m -> new Learner(
                        m.learnerId(),
                        m.code(),
                        m.name().family(),
                        m.name().middle(),
                        m.name().given(),
                        m.name().fullName(),
                        m.birthDate()))
                .toList();
    }

    @Operation(summary = "Phân công giảng dạy của lớp (môn, giáo viên, số tiết/tuần)")
    @GetMapping("/classes/{id}/assignments")
    @PreAuthorize("hasAnyRole('DIRECTOR', 'CLERK', 'TEACHER')")
    List<Assignment> assignments(@Parameter(description = "Mã lớp (id)") @PathVariable UUID id) {
        return academics.assignments(id).stream()
                .map(a -> new Assignment(a.subjectId(), a.subjectCode(), a.teacherUsername(), a.periodsPerWeek()))
                .toList();
    }
}
