package vn.edu.ecenter.platform.jobs;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A job as its page shows it.
 *
 * @param total the amount of work, or null while unknown
 * @param summary the outcome in one line (or why it failed), null while running
 * @param lines the result lines the job reported
 */
public record JobView(
        UUID id,
        JobType type,
        JobStatus status,
        long done,
        @Nullable Long total,
        @Nullable JobMessage summary,
        List<JobMessage> lines,
        String requestedBy,
        Instant requestedAt,
        @Nullable Instant startedAt,
        @Nullable Instant finishedAt,
        boolean cancelRequested) {

    public boolean finished() {
        return status.finished();
    }

    /** 0–100, or -1 while the amount of work is unknown. */
    public int percent() {
        if (status == JobStatus.SUCCEEDED) {
            return 100;
        }
        if (total == null || total <= 0) {
            return -1;
        }
        return (int) Math.min(100, done * 100 / total);
    }

    public boolean cancellable() {
        return !finished() && !cancelRequested;
    }
}
