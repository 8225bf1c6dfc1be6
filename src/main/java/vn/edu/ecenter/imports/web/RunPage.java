package vn.edu.ecenter.imports.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import vn.edu.ecenter.imports.ImportReport;
import vn.edu.ecenter.imports.ImportWizard.Run;
import vn.edu.ecenter.platform.jobs.JobStatus;
import vn.edu.ecenter.platform.jobs.JobView;

/**
 * An import run as the wizard shows it: texts in the reader's language.
 *
 * @param step the progress rounded down to a multiple of 5, for the bar's width class (no inline styles)
 */
record RunPage(
        UUID id,
        String kind,
        String fileName,
        boolean dryRun,
        String mode,
        JobStatus status,
        boolean finished,
        int percent,
        int step,
        long done,
        @Nullable Long total,
        @Nullable String summary,
        @Nullable ImportReport report,
        List<Reason> errors,
        List<Reason> notices,
        int moreErrors,
        boolean confirmable) {

    record Reason(int row, String column, String message) {}

    static RunPage of(Run run, int shown, MessageSource messages, Locale locale) {
        JobView job = run.job();
        ImportReport report = run.report();
        int percent = job.percent() < 0 ? (job.finished() ? 0 : -1) : job.percent();
        List<Reason> errors = report == null
                ? List.of()
                : report.errors().stream()
                        .limit(shown)
                        .map(p -> new Reason(p.row(), p.column(), messages.getMessage(p.resolvable(), locale)))
                        .toList();
        List<Reason> notices = report == null
                ? List.of()
                : report.notices().stream()
                        .limit(shown)
                        .map(p -> new Reason(p.row(), p.column(), messages.getMessage(p.resolvable(), locale)))
                        .toList();
        return new RunPage(
                run.id(),
                messages.getMessage("imports.kind." + run.kind().name(), null, locale),
                run.fileName(),
                run.dryRun(),
                messages.getMessage("imports.mode." + run.mode().name(), null, locale),
                job.status(),
                job.finished(),
                percent,
                percent < 0 ? 0 : percent / 5 * 5,
                job.done(),
                job.total(),
                job.summary() == null ? null : messages.getMessage(job.summary().resolvable(), locale),
                report,
                errors,
                notices,
                report == null ? 0 : Math.max(0, report.errors().size() - shown),
                run.dryRun() && report != null && job.status() == JobStatus.SUCCEEDED);
    }

    public boolean failed() {
        return status == JobStatus.FAILED || status == JobStatus.CANCELLED;
    }
}
