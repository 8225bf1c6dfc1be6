package vn.edu.ecenter.platform.jobs;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.edu.ecenter.platform.clock.BusinessClock;
import vn.edu.ecenter.platform.tenancy.Tenancy;

/**
 * Finds jobs left queued or running by a process that stopped (its node has no fresh heartbeat), across all centres,
 * at start-up and then with every heartbeat. A job that had not started yet, or whose handler is resumable, runs (again)
 * on this node; a job that was running otherwise is marked failed with {@code job.interrupted}, so that its requester
 * sees what happened. Nothing is lost silently.
 */
@Component
class JobRecovery {

    private static final Logger log = LoggerFactory.getLogger(JobRecovery.class);

    private final JobRows rows;
    private final JobRunner runner;
    private final JobNode node;
    private final Tenancy tenancy;
    private final BusinessClock clock;
    private final JobProperties properties;

    JobRecovery(
            JobRows rows,
            JobRunner runner,
            JobNode node,
            Tenancy tenancy,
            BusinessClock clock,
            JobProperties properties) {
        this.rows = rows;
        this.runner = runner;
        this.node = node;
        this.tenancy = tenancy;
        this.clock = clock;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void started() {
        if (properties.worker()) {
            node.beat();
            recoverAbandoned();
        }
    }

    @Scheduled(fixedDelayString = "${ecenter.jobs.heartbeat:10s}", initialDelayString = "${ecenter.jobs.heartbeat:10s}")
    void heartbeat() {
        if (properties.worker()) {
            node.beat();
            recoverAbandoned();
        }
    }

    /** Resumes or closes the jobs of stopped nodes; returns how many it handled. */
    int recoverAbandoned() {
        var cutoff = clock.instant().minus(properties.nodeTimeout());
        List<JobRows.Abandoned> resumed = new ArrayList<>();
        int handled = tenancy.asSystem(() -> {
            List<JobRows.Abandoned> abandoned = rows.abandoned(node.id(), cutoff);
            for (JobRows.Abandoned job : abandoned) {
                if (job.cancelRequested()) {
                    rows.close(job, JobStatus.CANCELLED, JobMessage.of("job.cancelled"));
                } else if (runner.handler(job.type()).isEmpty()) {
                    rows.close(job, JobStatus.FAILED, JobMessage.of("job.unknownType", job.type()));
                } else if (resumable(job)) {
                    rows.requeue(job, node.id());
                    resumed.add(job);
                } else {
                    rows.close(job, JobStatus.FAILED, JobMessage.of("job.interrupted"));
                }
            }
            return abandoned.size();
        });
        if (handled > 0) {
            log.warn("Recovered {} job(s) left by stopped nodes; {} resumed here", handled, resumed.size());
        }
        resumed.forEach(job -> runner.submit(job.centre(), job.id()));
        return handled;
    }

    private boolean resumable(JobRows.Abandoned job) {
        if (job.attempts() >= properties.maxAttempts()) {
            return false;
        }
        return job.status() == JobStatus.QUEUED
                || runner.handler(job.type()).map(JobHandler::resumable).orElse(false);
    }
}
