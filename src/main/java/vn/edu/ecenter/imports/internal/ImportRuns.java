package vn.edu.ecenter.imports.internal;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.edu.ecenter.imports.ImportKind;
import vn.edu.ecenter.imports.ImportMode;
import vn.edu.ecenter.imports.ImportReport;
import vn.edu.ecenter.imports.ImportWizard;
import vn.edu.ecenter.platform.files.FileStore;
import vn.edu.ecenter.platform.files.FileType;
import vn.edu.ecenter.platform.jobs.JobView;
import vn.edu.ecenter.platform.jobs.Jobs;
import vn.edu.ecenter.platform.security.CurrentUser;
import vn.edu.ecenter.platform.spreadsheet.ErrorReport;
import vn.edu.ecenter.platform.web.Rejected;

/**
 * The import wizard's runs: an upload is kept in the file store and imported by a background job (a dry run first),
 * whose report is kept with the run; confirming a dry run starts the real import of the same file.
 */
@Service
class ImportRuns implements ImportWizard {

    private final FileStore files;
    private final Jobs jobs;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final MessageSource messages;

    ImportRuns(FileStore files, Jobs jobs, JdbcClient jdbc, JsonMapper json, MessageSource messages) {
        this.files = files;
        this.jobs = jobs;
        this.jdbc = jdbc;
        this.json = json;
        this.messages = messages;
    }

    /** Keeps the upload and starts its dry run. */
    @Transactional
    @PreAuthorize(ImportService.ROLES)
    @Override
    public UUID start(ImportKind kind, InputStream upload, String fileName, @Nullable UUID classId) {
        if (classId != null && kind != ImportKind.LEARNERS) {
            throw Rejected.badRequest("imports.class.learnersOnly");
        }
        var stored = files.store(upload, fileName, Set.of(FileType.XLSX));
        return launch(kind, stored.sha256(), stored.originalName(), classId, true, ImportMode.VALID);
    }

    /** Starts the real import of a dry run's file, in the mode chosen after reading the dry run's report. */
    @Transactional
    @PreAuthorize(ImportService.ROLES)
    @Override
    public UUID confirm(UUID dryRunId, ImportMode mode) {
        Stored run = stored(dryRunId).orElseThrow(() -> Rejected.notFound("imports.run.notFound"));
        jobs.view(dryRunId);
        if (!run.dryRun() || run.report() == null) {
            throw Rejected.conflict("imports.run.notConfirmable");
        }
        return launch(run.kind(), run.sha256(), run.fileName(), run.classId(), false, mode);
    }

    private UUID launch(
            ImportKind kind, String sha256, String fileName, @Nullable UUID classId, boolean dryRun, ImportMode mode) {
        Map<String, String> params = new HashMap<>();
        params.put("kind", kind.name());
        params.put("file", sha256);
        params.put("name", fileName);
        params.put("dryRun", Boolean.toString(dryRun));
        params.put("mode", mode.name());
        params.put("role", CurrentUser.hasRole("DIRECTOR") ? "DIRECTOR" : "CLERK");
        if (classId != null) {
            params.put("classId", classId.toString());
        }
        UUID id = jobs.start(ImportJob.TYPE, params);
        jdbc.sql("""
                INSERT INTO imports.import_run (centre_id, id, kind, file_sha256, file_name, class_id, dry_run, mode,
                    requested_by)
                VALUES (platform.current_centre(), ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(
                        id,
                        kind.name(),
                        sha256,
                        fileName,
                        classId,
                        dryRun,
                        mode.name(),
                        org.springframework.security.core.context.SecurityContextHolder.getContext()
                                .getAuthentication()
                                .getName())
                .update();
        return id;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(ImportService.ROLES)
    @Override
    public Run view(UUID id) {
        JobView job = jobs.view(id);
        Stored run = stored(id).orElseThrow(() -> Rejected.notFound("imports.run.notFound"));
        return new Run(id, run.kind(), run.fileName(), run.classId(), run.dryRun(), run.mode(), job, run.report());
    }

    /** The run's reasons, row by row, as a workbook in the reader's language. */
    @Transactional(readOnly = true)
    @PreAuthorize(ImportService.ROLES)
    @Override
    public byte[] errorReport(UUID id, Locale locale) {
        Run run = view(id);
        if (run.report() == null) {
            throw Rejected.notFound("imports.run.noReport");
        }
        String title = messages.getMessage("imports.report.title", new Object[] {run.fileName()}, locale);
        return ErrorReport.write(title, run.report().errors(), messages, locale);
    }

    private record Stored(
            ImportKind kind,
            String sha256,
            String fileName,
            @Nullable UUID classId,
            boolean dryRun,
            ImportMode mode,
            @Nullable ImportReport report) {}

    private Optional<Stored> stored(UUID id) {
        return jdbc.sql("SELECT * FROM imports.import_run WHERE id = ?")
                .param(id)
                .query((rs, n) -> {
                    String report = rs.getString("report");
                    return new Stored(
                            ImportKind.valueOf(rs.getString("kind")),
                            rs.getString("file_sha256"),
                            rs.getString("file_name"),
                            rs.getObject("class_id", UUID.class),
                            rs.getBoolean("dry_run"),
                            ImportMode.valueOf(rs.getString("mode")),
                            report == null ? null : json.readValue(report, ImportReport.class));
                })
                .optional();
    }
}
