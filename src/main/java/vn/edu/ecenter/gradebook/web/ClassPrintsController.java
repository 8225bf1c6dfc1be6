package vn.edu.ecenter.gradebook.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.edu.ecenter.gradebook.ClassPrints;
import vn.edu.ecenter.gradebook.ResultPrints.PrintedFile;
import vn.edu.ecenter.gradebook.prints.OfficialPrints;
import vn.edu.ecenter.platform.documents.Downloads;
import vn.edu.ecenter.platform.jobs.JobStatus;
import vn.edu.ecenter.platform.jobs.JobView;
import vn.edu.ecenter.platform.jobs.Jobs;
import vn.edu.ecenter.platform.web.Rejected;

/**
 * The class prints (issue 4): the sổ theo dõi và đánh giá học viên of a subject as PDF (API and the score sheet's
 * button), and the học bạ of the whole class as a background job, with its progress page and the PDF to download.
 */
@Controller
@Tag(name = "Sổ điểm / Gradebook")
@PreAuthorize("hasAnyRole('DIRECTOR', 'TEACHER')")
class ClassPrintsController {

    static final String BOOK = "/classes/{classId}/subjects/{subjectId}/book.pdf";

    private final ClassPrints prints;
    private final Jobs jobs;
    private final MessageSource messages;

    ClassPrintsController(ClassPrints prints, Jobs jobs, MessageSource messages) {
        this.prints = prints;
        this.jobs = jobs;
        this.messages = messages;
    }

    @Operation(
            summary =
                    "Sổ theo dõi và đánh giá học viên của một môn trong lớp (PDF): semester=1|2, bỏ trống để in cả hai",
            description = "Cùng quyền với bảng điểm: giáo viên được phân công, GVCN của lớp, ban giám đốc.")
    @GetMapping("/api/v1/gradebook" + BOOK)
    @ResponseBody
    ResponseEntity<byte[]> bookApi(
            @Parameter(description = "Mã lớp (id)") @PathVariable UUID classId,
            @Parameter(description = "Mã môn học (id)") @PathVariable UUID subjectId,
            @Parameter(description = "1 hoặc 2") @RequestParam(required = false) @Nullable Integer semester) {
        return pdf(prints.assessmentBook(classId, subjectId, semester));
    }

    @GetMapping("/gradebook" + BOOK)
    @ResponseBody
    ResponseEntity<byte[]> book(
            @PathVariable UUID classId,
            @PathVariable UUID subjectId,
            @RequestParam(required = false) @Nullable Integer semester) {
        return pdf(prints.assessmentBook(classId, subjectId, semester));
    }

    /** "In học bạ cả lớp": starts the job and shows its progress. */
    @PostMapping("/gradebook/classes/{classId}/hoc-ba")
    String printSchoolRecords(@PathVariable UUID classId) {
        return "redirect:/gradebook/hoc-ba/" + prints.printClassSchoolRecords(classId);
    }

    /** The progress of a class's học bạ print, refreshed by htmx until it ends, then the file to download. */
    @GetMapping("/gradebook/hoc-ba/{jobId}")
    String batch(
            @PathVariable UUID jobId,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model,
            Locale locale) {
        JobView job = jobs.view(jobId);
        if (!job.type().equals(OfficialPrints.SCHOOL_RECORDS_JOB)) {
            throw Rejected.notFound("results.batch.notABatch");
        }
        model.addAttribute("job", job);
        model.addAttribute(
                "summary",
                job.summary() == null ? null : messages.getMessage(job.summary().resolvable(), locale));
        model.addAttribute("step", Math.max(0, job.percent()) / 5 * 5);
        model.addAttribute("ready", job.status() == JobStatus.SUCCEEDED);
        return "true".equals(htmx) ? "gradebook/school-records :: status" : "gradebook/school-records";
    }

    @GetMapping("/gradebook/hoc-ba/{jobId}/file.pdf")
    @ResponseBody
    ResponseEntity<byte[]> batchFile(@PathVariable UUID jobId) {
        return pdf(prints.classSchoolRecords(jobId).orElseThrow(() -> Rejected.notFound("results.batch.notReady")));
    }

    private static ResponseEntity<byte[]> pdf(PrintedFile file) {
        return Downloads.pdf(file.content(), file.filename());
    }
}
