package vn.edu.ecenter.platform.jobs;

import java.util.Map;
import java.util.UUID;

/**
 * Background jobs (công việc chạy nền): long work (imports, timetable solving, batch PDFs, audit verification) that
 * runs on a bounded pool of job threads inside the centre that started it, with progress that its page at
 * {@code /jobs/{id}} shows live. Jobs are stored, so a restart never loses one silently: it resumes, or is marked
 * failed with a message saying it was interrupted.
 */
public interface Jobs {

    /**
     * Queues a job in the current centre (or, outside any centre, as a deployment-wide job). It starts when the
     * caller's transaction commits, and not at all if it rolls back.
     */
    UUID start(JobType type, Map<String, String> params);

    /**
     * The job, if the current user may see it: whoever started it, or a director or system administrator of its
     * centre. Throws {@code AccessDeniedException} for anyone else and {@code Rejected} (404) for a job of another
     * centre.
     */
    JobView view(UUID id);

    /** Asks the job to stop (same permission as {@link #view}); a queued job is cancelled at once. */
    JobView cancel(UUID id);
}
