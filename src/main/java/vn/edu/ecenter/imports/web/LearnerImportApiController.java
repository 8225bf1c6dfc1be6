package vn.edu.ecenter.imports.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.edu.ecenter.imports.ImportKind;
import vn.edu.ecenter.imports.ImportMode;
import vn.edu.ecenter.imports.ImportReport;
import vn.edu.ecenter.imports.Imports;
import vn.edu.ecenter.platform.documents.Downloads;
import vn.edu.ecenter.platform.web.Rejected;

/** The learner import for other systems: the template, and an import (or dry run) of an uploaded .xlsx. */
@RestController
@RequestMapping("/api/v1/learners/import")
@PreAuthorize("hasAnyRole('DIRECTOR', 'CLERK')")
@Tag(name = "Nhập học viên / Learner import")
class LearnerImportApiController {

    private final Imports imports;
    private final MessageSource messages;

    LearnerImportApiController(Imports imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    record Error(int row, String column, String message) {}

    record Result(
            int accepted,
            int rejected,
            boolean dryRun,
            String mode,
            boolean written,
            int created,
            int updated,
            int unchanged,
            List<Error> errors) {}

    @Operation(summary = "Tệp mẫu nhập học viên (.xlsx)")
    @GetMapping("/template")
    ResponseEntity<byte[]> template() {
        return Downloads.xlsx(imports.template(ImportKind.LEARNERS), "Mẫu nhập học viên.xlsx");
    }

    @Operation(
            summary = "Nhập học viên từ tệp .xlsx (trường multipart \"file\"); dryRun=true chỉ báo cáo, không ghi;"
                    + " mode=all: tất cả hoặc không gì cả, mode=valid: nhận các dòng hợp lệ")
    @PostMapping(consumes = {MediaType.MULTIPART_FORM_DATA_VALUE, MediaType.ALL_VALUE})
    Result importLearners(
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            @RequestParam(name = "classId", required = false) @Nullable UUID classId,
            @RequestParam(name = "dryRun", defaultValue = "true") boolean dryRun,
            @RequestParam(name = "mode", defaultValue = "all") String mode) {
        if (file == null || file.isEmpty()) {
            throw Rejected.badRequest("imports.file.required");
        }
        ImportMode chosen;
        try {
            chosen = ImportMode.of(mode);
        } catch (IllegalArgumentException e) {
            throw Rejected.badRequest("imports.mode.unknown", mode);
        }
        byte[] content;
        try {
            content = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = file.getOriginalFilename() == null ? "upload.xlsx" : file.getOriginalFilename();
        ImportReport report = imports.run(ImportKind.LEARNERS, content, name, classId, dryRun, chosen);
        var locale = LocaleContextHolder.getLocale();
        List<Error> errors = report.errors().stream()
                .map(p -> new Error(p.row(), p.column(), messages.getMessage(p.resolvable(), locale)))
                .toList();
        return new Result(
                report.accepted(),
                report.rejected(),
                report.dryRun(),
                report.mode().name().toLowerCase(java.util.Locale.ROOT),
                report.written(),
                report.created(),
                report.updated(),
                report.unchanged(),
                errors);
    }
}
