package vn.edu.ecenter.gradebook.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.edu.ecenter.gradebook.ResultPrints;
import vn.edu.ecenter.gradebook.ResultPrints.PrintedFile;
import vn.edu.ecenter.platform.documents.Downloads;

/** The class summary sheet and the học bạ as PDF (issue 4). */
@RestController
@Tag(name = "Sổ điểm / Gradebook")
class ResultPrintsController {

    private final ResultPrints prints;

    ResultPrintsController(ResultPrints prints) {
        this.prints = prints;
    }

    @Operation(
            summary = "Bảng tổng hợp kết quả đánh giá của lớp (PDF): period=HK1|HK2|CN",
            description =
                    "Cùng quyền với /summary: GVCN và ban giám đốc in cả lớp; giáo viên bộ môn chỉ các cột môn mình.")
    @GetMapping("/api/v1/gradebook/classes/{classId}/summary.pdf")
    @PreAuthorize("hasAnyRole('DIRECTOR', 'TEACHER')")
    ResponseEntity<byte[]> summary(
            @Parameter(description = "Mã lớp (id)") @PathVariable UUID classId,
            @Parameter(description = "HK1, HK2 hoặc CN") @RequestParam(required = false) @Nullable String period) {
        return pdf(prints.classSummary(classId, ResultsApiController.period(period)));
    }

    @Operation(
            summary = "Học bạ của học viên (PDF)",
            description = "GVCN lớp hiện tại của học viên, ban giám đốc; học viên và phụ huynh xem học bạ của mình.")
    @GetMapping("/api/v1/learners/{id}/hoc-ba.pdf")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<byte[]> schoolRecord(@Parameter(description = "Mã học viên (id)") @PathVariable UUID id) {
        return pdf(prints.schoolRecord(id));
    }

    private static ResponseEntity<byte[]> pdf(PrintedFile file) {
        return Downloads.pdf(file.content(), file.filename());
    }
}
