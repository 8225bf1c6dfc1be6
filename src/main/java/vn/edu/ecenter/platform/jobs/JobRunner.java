package vn.edu.ecenter.platform.jobs;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.edu.ecenter.platform.web.Rejected;

/**
 * Runs jobs on a fixed number of (virtual) job threads, each inside its centre, and writes their progress a few times
 * a second. On shutdown it asks running jobs to stop, leaving them for the next start to resume or mark interrupted.
 */
@Component
class JobRunner implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);
    private static final JobMessage SUCCEEDED = JobMessage.of("job.succeeded");

    private final Map<String, JobHandler> handlers = new HashMap<>();
    private final Map<UUID, RunningJob> running = new ConcurrentHashMap<>();
    private final JobRows rows;
    private final JobNode node;
    private final JobProperties properties;
    private final ExecutorService executor;

    JobRunner(List<JobHandler> handlers, JobRows rows, JobNode node, JobProperties properties) {
        for (JobHandler handler : handlers) {
            if (this.handlers.put(handler.type().name(), handler) != null) {
                throw new IllegalStateException(
                        "Two handlers for job type " + handler.type().name());
            }
        }
        this.rows = rows;
        this.node = node;
        this.properties = properties;
        this.executor = Executors.newFixedThreadPool(
                properties.concurrency(), Thread.ofVirtual().name("job-", 0).factory());
    }

    Optional<JobHandler> handler(String type) {
        return Optional.ofNullable(handlers.get(type));
    }

    /** Runs the queued job when a job thread is free; if this node is stopping, it stays queued for recovery. */
    void submit(UUID centre, UUID id) {
        try {
            executor.execute(() -> execute(centre, id));
        } catch (RejectedExecutionException e) {
            log.info("Job {} stays queued: this node is stopping", id);
        }
    }

    /** Tells a job running on this node that cancellation was asked for, without waiting for the next poll. */
    void cancelled(UUID id) {
        RunningJob job = running.get(id);
        if (job != null) {
            job.cancelRequested();
        }
    }

    private void execute(UUID centre, UUID id) {
        Optional<JobRows.Claim> claim = rows.inScopeOf(centre, () -> rows.claim(centre, id, node.id()));
        if (claim.isEmpty()) {
            return;
        }
        JobHandler handler = handlers.get(claim.get().type());
        var job = new RunningJob(centre, id, claim.get());
        if (handler == null) {
            finish(
                    job,
                    JobStatus.FAILED,
                    JobMessage.of("job.unknownType", claim.get().type()));
            return;
        }
        running.put(id, job);
        // A cancellation that arrived between the claim and the line above found no running job to tell.
        if (rows.inScopeOf(centre, () -> rows.cancelRequested(centre, id)).orElse(false)) {
            job.cancelRequested();
        }
        // The requester is the actor of anything the job writes to the audit trail; with no roles, it gains no rights.
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(job.requestedBy(), null, List.of()));
        try {
            rows.inScopeOf(centre, () -> {
                handler.run(job);
                // The last word goes to a cancellation asked for while the job ran: its work is rolled back.
                if (rows.cancelRequested(centre, id).orElse(false)) {
                    throw new JobCancelled();
                }
                if (!rows.finish(centre, id, node.id(), JobStatus.SUCCEEDED, job.summaryOr(SUCCEEDED), job)) {
                    throw new IllegalStateException("Job " + id + " was taken over by another node");
                }
            });
        } catch (JobCancelled e) {
            if (!job.stoppedByShutdown()) {
                finish(job, JobStatus.CANCELLED, JobMessage.of("job.cancelled"));
            }
        } catch (Rejected e) {
            List<Object> args = java.util.Arrays.stream(e.arguments())
                    .map(JobJson::storable)
                    .toList();
            finish(job, JobStatus.FAILED, new JobMessage(e.messageKey(), args));
        } catch (RuntimeException | Error e) {
            log.error("Job {} ({}) failed", id, claim.get().type(), e);
            finish(job, JobStatus.FAILED, JobMessage.of("job.failed"));
        } finally {
            running.remove(id);
            SecurityContextHolder.clearContext();
        }
    }

    private void finish(RunningJob job, JobStatus status, JobMessage summary) {
        rows.inScopeOf(job.centreId(), () -> {
            rows.finish(job.centreId(), job.jobId(), node.id(), status, summary, job);
        });
    }

    /** Writes the progress of this node's running jobs and picks up cancellations asked for on any node. */
    @Scheduled(fixedDelayString = "${ecenter.jobs.progress-interval:500ms}")
    void writeProgress() {
        for (RunningJob job : running.values()) {
            try {
                Optional<Boolean> cancel = rows.inScopeOf(
                        job.centreId(),
                        () -> job.progressChanged()
                                ? rows.progress(job.centreId(), job.jobId(), job.done(), job.total(), job.summary())
                                : rows.cancelRequested(job.centreId(), job.jobId()));
                if (cancel.orElse(false)) {
                    job.cancelRequested();
                }
            } catch (RuntimeException e) {
                log.warn("Cannot write the progress of job {}: {}", job.jobId(), e.getMessage());
            }
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        running.values().forEach(RunningJob::stop);
        executor.shutdown();
        if (!executor.awaitTermination(properties.stopTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
            log.warn("Jobs still running at shutdown: {}; they will be recovered at the next start", running.keySet());
            executor.shutdownNow();
        }
        if (properties.worker()) {
            try {
                node.leave();
            } catch (RuntimeException e) {
                // Then the other nodes (or the next start) take this node's jobs after the heartbeat timeout.
                log.info("Could not sign this node off: {}", e.getMessage());
            }
        }
    }
}
