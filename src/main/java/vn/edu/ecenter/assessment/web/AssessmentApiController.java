package vn.edu.ecenter.assessment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.edu.ecenter.assessment.BankView;
import vn.edu.ecenter.assessment.ImportOutcome;
import vn.edu.ecenter.assessment.OnlineTests;
import vn.edu.ecenter.assessment.QuestionBanks;
import vn.edu.ecenter.assessment.SubmitResult;
import vn.edu.ecenter.assessment.exchange.QuestionFormat;
import vn.edu.ecenter.assessment.exchange.QuestionTemplate;
import vn.edu.ecenter.assessment.exchange.QuestionWriter;
import vn.edu.ecenter.assessment.web.AssessmentJson.AnswerRequest;
import vn.edu.ecenter.assessment.web.AssessmentJson.Created;
import vn.edu.ecenter.assessment.web.AssessmentJson.ListedQuestion;
import vn.edu.ecenter.assessment.web.AssessmentJson.NewBank;
import vn.edu.ecenter.assessment.web.AssessmentJson.Paper;
import vn.edu.ecenter.assessment.web.AssessmentJson.StartRequest;
import vn.edu.ecenter.assessment.web.AssessmentJson.TestRequest;
import vn.edu.ecenter.platform.web.Rejected;

/**
 * Online assessment for other systems and our checks (issue 6): banks and their questions (teachers), tests, and the
 * learner's attempt — start or resume, save each answer, read it back with the time left, submit. 400 names the field
 * that is wrong; 403 for somebody else's bank, class or attempt; 404 for what does not exist; 409 for an answer after
 * submission or after the time is up.
 */
@RestController
@RequestMapping("/api/v1/assessment")
@Tag(name = "Đánh giá trực tuyến / Online assessment")
class AssessmentApiController {

    private final QuestionBanks banks;
    private final OnlineTests tests;

    AssessmentApiController(QuestionBanks banks, OnlineTests tests) {
        this.banks = banks;
        this.tests = tests;
    }

    @Operation(summary = "Ngân hàng câu hỏi giáo viên được dùng (các môn mình dạy)")
    @GetMapping("/banks")
    @PreAuthorize("hasAnyRole('DIRECTOR', 'TEACHER')")
    List<BankView> banks() {
        return banks.banks();
    }

    @Operation(summary = "Tạo ngân hàng câu hỏi: {\"name\", \"subjectId\"} → {\"id\"}")
    @PostMapping("/banks")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('DIRECTOR', 'TEACHER')")
    Created createBank(@RequestBody NewBank request) {
        if (request.subjectId() == null) {
            throw Rejected.badRequest("onlineTest.error.missing", "subjectId");
        }
        return new Created(banks.createBank(request.subjectId(), request.name() == null ? "" : request.name())
                .id());
    }

    @Operation(summary = "Câu hỏi của ngân hàng (phiên bản mới nhất), không kèm đáp án")
    @GetMapping("/banks/{bankId}/questions")
    @PreAuthorize("hasAnyRole('DIRECTOR', 'TEACHER')")
    List<ListedQuestion> questions(@PathVariable UUID bankId) {
        return banks.questions(bankId).stream().map(ListedQuestion::of).toList();
    }

    @Operation(
            summary = "Nhập câu hỏi từ tệp (trường multipart «file»)",
            description = "format = gift | aiken | moodlexml | qti21 | xlsx. Trả về {\"imported\", \"rejected\","
                    + " \"errors\": [{\"item\", \"message\"}], \"notes\", \"notices\"}: câu hợp lệ được thêm (chờ"
                    + " duyệt), câu lỗi nêu lý do. Tệp không đọc được: 400, không thêm câu nào.")
    @PostMapping("/banks/{bankId}/import")
    @PreAuthorize("hasAnyRole('DIRECTOR', 'TEACHER')")
    ImportOutcome importQuestions(
            @PathVariable UUID bankId,
            @RequestParam String format,
            @RequestParam(required = false) @Nullable MultipartFile file)
            throws IOException {
        QuestionFormat parsed = QuestionFormat.ofSlug(format)
                .orElseThrow(() -> Rejected.badRequest("questionBank.error.format", format));
        if (file == null || file.isEmpty()) {
            throw Rejected.badRequest("questionBank.error.noFile");
        }
        String name = file.getOriginalFilename() == null ? "tệp tải lên" : file.getOriginalFilename();
        return banks.importQuestions(bankId, parsed, name, file.getBytes());
    }

    @Operation(summary = "Xuất câu hỏi của ngân hàng: format = moodlexml | qti21")
    @GetMapping("/banks/{bankId}/export")
    @PreAuthorize("hasAnyRole('DIRECTOR', 'TEACHER')")
    ResponseEntity<byte[]> export(@PathVariable UUID bankId, @RequestParam String format) {
        QuestionFormat parsed = QuestionFormat.ofSlug(format)
                .orElseThrow(() -> Rejected.badRequest("questionBank.error.format", format));
        QuestionWriter.Export export = banks.export(bankId, parsed);
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(QuestionWriter.fileName(parsed))
                                .build()
                                .toString())
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(export.content());
    }

    @Operation(summary = "Tệp Excel mẫu để giáo viên soạn câu hỏi")
    @GetMapping("/question-template.xlsx")
    @PreAuthorize("hasAnyRole('DIRECTOR', 'TEACHER')")
    ResponseEntity<byte[]> template() {
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("mau-cau-hoi.xlsx")
                                .build()
                                .toString())
                .contentType(
                        MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(QuestionTemplate.workbook());
    }

    @Operation(
            summary = "Tạo bài kiểm tra cho một lớp theo ma trận đề → {\"id\"}",
            description = "{\"title\", \"bankId\", \"classId\", \"blueprint\": [{\"topic\", \"level\": BIET|HIEU|"
                    + "VAN_DUNG|VAN_DUNG_CAO, \"type\", \"count\"}], \"durationMinutes\", \"opensAt\", \"closesAt\","
                    + " \"shuffle\", tùy chọn \"attempts\", \"accessCode\", \"graded\", \"points\": {\"SINGLE_CHOICE\":"
                    + " 0.25}}. Thời điểm theo ISO-8601 (không có múi giờ thì hiểu là giờ Việt Nam).")
    @PostMapping("/tests")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('DIRECTOR', 'TEACHER')")
    Created createTest(@RequestBody TestRequest request) {
        return new Created(tests.createTest(request.toNewTest()).id());
    }

    @Operation(
            summary = "Học viên bắt đầu (hoặc làm tiếp) bài kiểm tra",
            description = "Trả về đề của học viên (mã phương án theo đề: A, B, C…; không kèm đáp án), hạn nộp và các"
                    + " câu đã lưu. Gọi lại khi đang làm dở thì tiếp tục đúng bài đó.")
    @PostMapping("/tests/{testId}/attempts")
    @PreAuthorize("hasRole('LEARNER')")
    Paper start(@PathVariable UUID testId, @RequestBody(required = false) @Nullable StartRequest request) {
        return Paper.of(tests.start(testId, request == null ? null : request.accessCode()));
    }

    @Operation(
            summary = "Bài làm: đề, các câu đã lưu, thời gian còn lại (để làm tiếp sau khi tải lại hoặc trên máy khác)")
    @GetMapping("/attempts/{attemptId}")
    @PreAuthorize("hasAnyRole('LEARNER', 'TEACHER', 'DIRECTOR')")
    Paper attempt(@PathVariable UUID attemptId) {
        return Paper.of(tests.attempt(attemptId));
    }

    @Operation(
            summary = "Lưu câu trả lời của một câu",
            description = "{\"selected\": [\"A\"]} cho câu lựa chọn, {\"statements\": [true, false, true, false]} cho"
                    + " câu đúng/sai, {\"text\": \"…\"} cho trả lời ngắn, số và tự luận, {\"pairs\": {…}}, {\"order\":"
                    + " […]}, {\"gaps\": […]}. Ghi đè câu trả lời trước đó. 409 khi bài đã nộp hoặc đã hết giờ.")
    @PutMapping("/attempts/{attemptId}/answers/{questionId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasRole('LEARNER')")
    void answer(@PathVariable UUID attemptId, @PathVariable UUID questionId, @RequestBody AnswerRequest answer) {
        tests.answer(attemptId, questionId, answer.toResponse());
    }

    @Operation(summary = "Nộp bài → {\"score\", \"maxScore\"}; nộp lần nữa trả đúng kết quả đó")
    @PostMapping("/attempts/{attemptId}/submit")
    @PreAuthorize("hasRole('LEARNER')")
    SubmitResult submit(@PathVariable UUID attemptId) {
        return tests.submit(attemptId);
    }
}
