package vn.edu.ecenter.platform.jobs;

/**
 * The work of one {@link JobType}, as a Spring bean. {@link #run} is called on a job thread inside the job's centre
 * (row-level security applies) and inside one transaction that also records the job's success: the work is
 * all-or-nothing, and a failure or cancellation rolls it back. A handler that must commit in batches opens its own
 * transactions with {@code Tenancy.inCentre}.
 */
public interface JobHandler {

    JobType type();

    /**
     * Whether a job of this type that was interrupted by a restart may simply run again from the start (its work is
     * idempotent or rolled back). Otherwise the job is marked failed, with a message saying so. True by default, since
     * {@link #run} is one transaction; a handler that commits in batches of its own says whether it may start over.
     */
    default boolean resumable() {
        return true;
    }

    void run(JobContext context);
}
