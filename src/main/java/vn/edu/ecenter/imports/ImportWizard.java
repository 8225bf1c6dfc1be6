package vn.edu.ecenter.imports;

import java.io.InputStream;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.edu.ecenter.platform.jobs.JobView;

/**
 * The import wizard's runs: an upload is kept in the file store and imported by a background job (a dry run first),
 * whose report is kept with the run; confirming a dry run starts the real import of the same file. Director and clerks
 * only; a run is seen by whoever may see its job.
 */
public interface ImportWizard {

    /** A run as the wizard shows it; the report is null until the job has run. */
    record Run(
            UUID id,
            ImportKind kind,
            String fileName,
            @Nullable UUID classId,
            boolean dryRun,
            ImportMode mode,
            JobView job,
            @Nullable ImportReport report) {}

    /** Keeps the upload and starts its dry run; returns the run's id (its job's id). */
    UUID start(ImportKind kind, InputStream upload, String fileName, @Nullable UUID classId);

    /** Starts the real import of a finished dry run's file, in the mode chosen after reading its report. */
    UUID confirm(UUID dryRunId, ImportMode mode);

    Run view(UUID id);

    /** The run's reasons, row by row, as a workbook in the reader's language. */
    byte[] errorReport(UUID id, Locale locale);
}
