package vn.edu.ecenter.platform.jobs;

import java.io.Serial;

/**
 * Thrown by {@link JobContext#checkCancelled()} when the job was cancelled (or the node is shutting down): the job's
 * transaction rolls back, so a cancelled job leaves nothing half-written.
 */
public class JobCancelled extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    public JobCancelled() {
        super("job cancelled", null, false, false);
    }
}
