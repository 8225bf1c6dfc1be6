package vn.edu.ecenter.platform.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The context of a job while it runs on this node. Progress stays in memory; {@link JobRunner} writes it out. */
final class RunningJob implements JobContext {

    /** Result lines beyond this are counted, not kept, so that a job row stays small. */
    static final int MAX_LINES = 1000;

    private final UUID centreId;
    private final UUID jobId;
    private final String requestedBy;
    private final Map<String, String> params;
    private final boolean resumed;

    private volatile long done;
    private volatile @Nullable Long total;
    private volatile boolean cancelRequested;
    private volatile boolean stopping;
    private final List<JobMessage> lines = new ArrayList<>();
    private int omittedLines;
    private volatile @Nullable JobMessage summary;

    private long writtenDone = -1;
    private @Nullable Long writtenTotal;
    private @Nullable JobMessage writtenSummary;

    RunningJob(UUID centreId, UUID jobId, JobRows.Claim claim) {
        this.centreId = centreId;
        this.jobId = jobId;
        this.requestedBy = claim.requestedBy();
        this.params = claim.params();
        this.resumed = claim.attempts() > 1;
        this.cancelRequested = claim.cancelRequested();
    }

    @Override
    public UUID jobId() {
        return jobId;
    }

    @Override
    public UUID centreId() {
        return centreId;
    }

    @Override
    public String requestedBy() {
        return requestedBy;
    }

    @Override
    public Map<String, String> params() {
        return params;
    }

    @Override
    public boolean resumed() {
        return resumed;
    }

    @Override
    public void progress(long done, long total) {
        this.done = Math.max(0, done);
        this.total = total > 0 ? total : null;
    }

    @Override
    public boolean isCancelled() {
        return cancelRequested || stopping;
    }

    @Override
    public synchronized void report(JobMessage line) {
        if (lines.size() < MAX_LINES) {
            lines.add(line);
        } else {
            omittedLines++;
        }
    }

    @Override
    public void summary(JobMessage summary) {
        this.summary = summary;
    }

    void cancelRequested() {
        this.cancelRequested = true;
    }

    void stop() {
        this.stopping = true;
    }

    /** Whether the job was asked to stop because this node is shutting down (and not by a person). */
    boolean stoppedByShutdown() {
        return stopping && !cancelRequested;
    }

    long done() {
        return done;
    }

    @Nullable
    Long total() {
        return total;
    }

    JobMessage summaryOr(JobMessage fallback) {
        JobMessage chosen = summary;
        return chosen == null ? fallback : chosen;
    }

    synchronized List<JobMessage> lines() {
        if (omittedLines == 0) {
            return List.copyOf(lines);
        }
        List<JobMessage> all = new ArrayList<>(lines);
        all.add(JobMessage.of("job.linesOmitted", omittedLines));
        return all;
    }

    /** Whether progress changed since it was last written, remembering it as written. Called by one thread only. */
    boolean progressChanged() {
        long currentDone = done;
        Long currentTotal = total;
        JobMessage currentSummary = summary;
        boolean changed = currentDone != writtenDone
                || !java.util.Objects.equals(currentTotal, writtenTotal)
                || !java.util.Objects.equals(currentSummary, writtenSummary);
        writtenDone = currentDone;
        writtenTotal = currentTotal;
        writtenSummary = currentSummary;
        return changed;
    }

    /** The summary set so far, shown while the job runs (e.g. a solver's best result so far); null if none. */
    @Nullable
    JobMessage summary() {
        return summary;
    }
}
