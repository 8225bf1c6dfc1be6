package vn.edu.ecenter.gradebook.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.edu.ecenter.gradebook.GradebookRejection;
import vn.edu.ecenter.gradebook.ResultPeriod;
import vn.edu.ecenter.gradebook.Results;

/** The class summary for other systems and our checks (issue 4). */
@RestController
@PreAuthorize("hasAnyRole('DIRECTOR', 'TEACHER')")
@Tag(name = "Sổ điểm / Gradebook")
class ResultsApiController {

    private final Results results;

    ResultsApiController(Results results) {
        this.results = results;
    }

    @Operation(
            summary = "Bảng tổng hợp kết quả của lớp: period=HK1|HK2|CN",
            description =
                    "Theo thứ tự danh sách lớp: điểm trung bình từng môn (\"8,5\"; \"Đ\"/\"CĐ\" với môn đánh giá"
                            + " bằng nhận xét; null khi chưa đủ điểm), kết quả học tập và rèn luyện (TOT|KHA|DAT|CHUA_DAT; null"
                            + " khi chưa đủ), số ngày nghỉ (có phép, không phép) và với CN quyết định (LEN_LOP, KIEM_TRA_LAI,"
                            + " REN_LUYEN_HE, O_LAI_LOP). GVCN và ban giám đốc xem cả lớp; giáo viên bộ môn chỉ xem cột môn mình.")
    @GetMapping("/api/v1/gradebook/classes/{classId}/summary")
    ResultsJson.Summary summary(
            @Parameter(description = "Mã lớp (id)") @PathVariable UUID classId,
            @Parameter(description = "HK1, HK2 hoặc CN") @RequestParam(required = false) @Nullable String period) {
        return ResultsJson.of(results.classResults(classId, period(period)));
    }

    static ResultPeriod period(@Nullable String period) {
        return ResultPeriod.parse(period)
                .orElseThrow(() -> GradebookRejection.of(
                        GradebookRejection.Kind.INVALID, "results.period.unknown", period == null ? "" : period));
    }
}
