package vn.edu.ecenter.gradebook.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.edu.ecenter.gradebook.ConductInput;
import vn.edu.ecenter.gradebook.Gradebook;
import vn.edu.ecenter.gradebook.MarkInput;
import vn.edu.ecenter.gradebook.RemarkInput;
import vn.edu.ecenter.gradebook.Remarks;

/**
 * The score book for other systems and our checks (issue 4): a score sheet, saving its marks (all or nothing; 400 with
 * one error per bad item, 403 for a teacher not assigned, 409 for a stale version, 423 once the semester is locked),
 * conduct levels, remarks, and locking a semester.
 */
@RestController
@RequestMapping("/api/v1/gradebook/classes/{classId}")
@PreAuthorize("hasAnyRole('DIRECTOR', 'TEACHER')")
@Tag(name = "Sổ điểm / Gradebook")
class GradebookApiController {

    private static final String SHEET = "/subjects/{subjectId}/semesters/{semester}";

    private final Gradebook gradebook;
    private final Remarks remarks;

    GradebookApiController(Gradebook gradebook, Remarks remarks) {
        this.gradebook = gradebook;
        this.remarks = remarks;
    }

    @Operation(
            summary = "Bảng điểm của một môn ở một lớp trong một học kỳ (1 hoặc 2)",
            description = "Học viên học môn đó theo thứ tự danh sách lớp; điểm theo loại (TX 1…n, GK, CK) kèm phiên bản"
                    + " của từng ô; số ĐĐGtx phải có; ĐTBmhk (null khi chưa đủ điểm).")
    @GetMapping(SHEET)
    SheetJson.Sheet sheet(
            @Parameter(description = "Mã lớp (id)") @PathVariable UUID classId,
            @Parameter(description = "Mã môn (id)") @PathVariable UUID subjectId,
            @Parameter(description = "Học kỳ: 1 hoặc 2") @PathVariable int semester) {
        return SheetJson.of(gradebook.sheet(classId, subjectId, semester));
    }

    @Operation(
            summary = "Ghi điểm: [{\"learnerId\", \"kind\": \"TX\"|\"GK\"|\"CK\", \"index\": 1, \"value\": \"8,5\","
                    + " \"version\": 0}]",
            description = "Tất cả hoặc không: một mục sai thì không lưu gì, trả 400 với lỗi từng mục. Chỉ giáo viên"
                    + " được phân công mới ghi (403). \"version\" (không bắt buộc) là phiên bản của ô đã đọc: ô đã bị"
                    + " người khác sửa thì trả 409 kèm giá trị hiện tại. Học kỳ đã khóa sổ: 423.")
    @PutMapping(SHEET)
    SheetJson.Saved save(
            @PathVariable UUID classId,
            @PathVariable UUID subjectId,
            @PathVariable int semester,
            @RequestBody List<MarkInput> marks) {
        return SheetJson.of(gradebook.save(classId, subjectId, semester, marks));
    }

    @Operation(
            summary = "Ghi kết quả rèn luyện học kỳ (GVCN): [{\"learnerId\", \"level\": \"TOT\"|\"KHA\"|\"DAT\"|"
                    + "\"CHUA_DAT\"}]")
    @PutMapping("/conduct/{semester}")
    List<SheetJson.Conduct> conduct(
            @PathVariable UUID classId, @PathVariable int semester, @RequestBody List<ConductInput> levels) {
        gradebook.saveConduct(classId, semester, levels);
        return SheetJson.of(gradebook.conduct(classId, semester));
    }

    @Operation(summary = "Khóa sổ học kỳ của lớp (ban giám đốc)")
    @PostMapping("/semesters/{semester}/lock")
    @PreAuthorize("hasRole('DIRECTOR')")
    SheetJson.Lock lock(@PathVariable UUID classId, @PathVariable int semester) {
        return SheetJson.of(classId, gradebook.lock(classId, semester));
    }

    @Operation(summary = "Nhận xét của giáo viên bộ môn về từng học viên trong một học kỳ")
    @GetMapping(SHEET + "/remarks")
    SheetJson.Remarks subjectRemarks(
            @PathVariable UUID classId, @PathVariable UUID subjectId, @PathVariable int semester) {
        return SheetJson.of(remarks.subjectRemarks(classId, subjectId, semester));
    }

    @Operation(
            summary = "Ghi nhận xét của giáo viên bộ môn: [{\"learnerId\", \"text\", \"version\": 0}]",
            description = "Tất cả hoặc không (400 với lỗi từng mục); tối đa " + Remarks.MAX_LENGTH
                    + " ký tự; để trống để xóa. Chỉ giáo viên được phân công (403); đã bị sửa: 409; đã khóa sổ: 423.")
    @PutMapping(SHEET + "/remarks")
    SheetJson.Remarks saveSubjectRemarks(
            @PathVariable UUID classId,
            @PathVariable UUID subjectId,
            @PathVariable int semester,
            @RequestBody List<RemarkInput> items) {
        remarks.saveSubjectRemarks(classId, subjectId, semester, items);
        return SheetJson.of(remarks.subjectRemarks(classId, subjectId, semester));
    }

    @Operation(summary = "Nhận xét cả năm của giáo viên chủ nhiệm về từng học viên của lớp")
    @GetMapping("/remarks")
    SheetJson.Remarks homeroomRemarks(@PathVariable UUID classId) {
        return SheetJson.of(remarks.homeroomRemarks(classId));
    }

    @Operation(
            summary = "Ghi nhận xét cả năm (GVCN): [{\"learnerId\", \"text\", \"version\": 0}]",
            description = "Tất cả hoặc không; chỉ giáo viên chủ nhiệm (403); học kỳ II đã khóa sổ: 423.")
    @PutMapping("/remarks")
    SheetJson.Remarks saveHomeroomRemarks(@PathVariable UUID classId, @RequestBody List<RemarkInput> items) {
        remarks.saveHomeroomRemarks(classId, items);
        return SheetJson.of(remarks.homeroomRemarks(classId));
    }
}
