package vn.edu.ecenter.platform.jobs;

import java.util.Map;
import java.util.UUID;

/** What a running job knows and tells: its centre and parameters in, its progress and result lines out. */
public interface JobContext {

    UUID jobId();

    /** The centre the job runs in ({@code TenantScope.SYSTEM_CENTRE} for a deployment-wide job). */
    UUID centreId();

    /** The username of whoever started it. */
    String requestedBy();

    Map<String, String> params();

    /** Whether this run resumes a job that a stopped node had started ({@link JobHandler#resumable()}). */
    boolean resumed();

    /** Reports progress; cheap to call often (it is written to the database a few times a second at most). */
    void progress(long done, long total);

    /** Whether someone asked to cancel the job (or the node is stopping). */
    boolean isCancelled();

    /** Throws {@link JobCancelled} if {@link #isCancelled()}; call it between units of work. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new JobCancelled();
        }
    }

    /** Adds a line to the result shown on the job page. */
    void report(JobMessage line);

    /**
     * Sets the job's summary, shown above its result lines; while the job runs, its page shows the latest summary as
     * the job's live state (e.g. a solver's best result so far).
     */
    void summary(JobMessage summary);
}
