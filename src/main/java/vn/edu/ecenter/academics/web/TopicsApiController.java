package vn.edu.ecenter.academics.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.edu.ecenter.academics.LearningTopicView;
import vn.edu.ecenter.academics.LearningTopics;

/** The learning topics (chuyên đề học tập) and the topics of a class, for other systems and our checks. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Lớp và môn học / Classes and subjects")
class TopicsApiController {

    private final LearningTopics topics;

    TopicsApiController(LearningTopics topics) {
        this.topics = topics;
    }

    record Topic(UUID id, String code, String name, String subjectCode, String subjectName) {
        static Topic of(LearningTopicView view) {
            return new Topic(view.id(), view.code(), view.name(), view.subjectCode(), view.subjectName());
        }
    }

    @Operation(summary = "Các chuyên đề học tập của trung tâm, mỗi chuyên đề thuộc một môn")
    @GetMapping("/learning-topics")
    @PreAuthorize("hasAnyRole('DIRECTOR', 'CLERK', 'ACCOUNTANT', 'LIBRARIAN', 'TEACHER')")
    List<Topic> learningTopics() {
        return topics.learningTopics().stream().map(Topic::of).toList();
    }

    @Operation(summary = "Các chuyên đề học tập lớp học")
    @GetMapping("/classes/{id}/topics")
    @PreAuthorize("hasAnyRole('DIRECTOR', 'CLERK', 'TEACHER')")
    List<Topic> classTopics(@Parameter(description = "Mã lớp (id)") @PathVariable UUID id) {
        return topics.classTopics(id).stream().map(Topic::of).toList();
    }

    @Operation(
            summary = "Đặt các chuyên đề học tập của lớp (thay toàn bộ), ví dụ [\"CD_TOAN\"]; tất cả hoặc không gì cả")
    @PutMapping("/classes/{id}/topics")
    @PreAuthorize("hasAnyRole('DIRECTOR', 'CLERK')")
    List<Topic> setClassTopics(
            @Parameter(description = "Mã lớp (id)") @PathVariable UUID id, @RequestBody List<String> codes) {
        return topics.setClassTopics(id, codes).stream().map(Topic::of).toList();
    }
}
