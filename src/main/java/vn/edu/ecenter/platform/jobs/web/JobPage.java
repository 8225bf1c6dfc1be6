package vn.edu.ecenter.platform.jobs.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import vn.edu.ecenter.platform.clock.BusinessClock;
import vn.edu.ecenter.platform.jobs.JobMessage;
import vn.edu.ecenter.platform.jobs.JobStatus;
import vn.edu.ecenter.platform.jobs.JobView;

/**
 * A job as the page shows it: texts already in the reader's language, times in Asia/Ho_Chi_Minh.
 *
 * @param typeLabel the job type's name ({@code job.type.*}), or the type itself if it has none
 * @param percent 0–100, or -1 while the amount of work is unknown
 * @param step the percentage rounded down to a multiple of 5, for the bar's width class (no inline styles)
 */
record JobPage(
        UUID id,
        String typeLabel,
        JobStatus status,
        long done,
        @Nullable Long total,
        int percent,
        int step,
        @Nullable String summary,
        List<String> lines,
        String requestedBy,
        String requestedAt,
        @Nullable String finishedAt,
        boolean finished,
        boolean cancellable,
        boolean cancelRequested) {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(BusinessClock.ZONE);

    static JobPage of(JobView job, MessageSource messages, Locale locale) {
        // An unknown amount of work shows a moving bar while the job runs, an empty one after it ended.
        int percent = job.percent() < 0 && job.finished() ? 0 : job.percent();
        return new JobPage(
                job.id(),
                messages.getMessage(job.type().labelKey(), null, job.type().name(), locale),
                job.status(),
                job.done(),
                job.total(),
                percent,
                percent < 0 ? 0 : percent / 5 * 5,
                job.summary() == null ? null : text(job.summary(), messages, locale),
                job.lines().stream().map(line -> text(line, messages, locale)).toList(),
                job.requestedBy(),
                TIME.format(job.requestedAt()),
                time(job.finishedAt()),
                job.finished(),
                job.cancellable(),
                job.cancelRequested() && !job.finished());
    }

    /** Bootstrap's colour for the status badge. */
    public String badge() {
        return switch (status) {
            case QUEUED -> "text-bg-secondary";
            case RUNNING -> "text-bg-primary";
            case SUCCEEDED -> "text-bg-success";
            case FAILED -> "text-bg-danger";
            case CANCELLED -> "text-bg-warning";
        };
    }

    public boolean failed() {
        return status == JobStatus.FAILED || status == JobStatus.CANCELLED;
    }

    private static String text(JobMessage message, MessageSource messages, Locale locale) {
        return messages.getMessage(message.resolvable(), locale);
    }

    private static @Nullable String time(@Nullable Instant instant) {
        return instant == null ? null : TIME.format(instant);
    }
}
