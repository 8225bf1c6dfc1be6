package vn.edu.ecenter.platform.jobs;

/** Where a job is; the page shows {@code job.status.<name>}. */
public enum JobStatus {
    QUEUED,
    RUNNING,
    SUCCEEDED,
    FAILED,
    CANCELLED;

    public boolean finished() {
        return this == SUCCEEDED || this == FAILED || this == CANCELLED;
    }
}
