package vn.edu.ecenter.platform.jobs;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Background job settings ({@code ecenter.jobs.*}).
 *
 * @param concurrency how many jobs one node runs at the same time; more wait in the queue
 * @param worker whether this process takes part in running and recovering jobs (off for command-line tasks)
 * @param heartbeat how often a node says it is alive and looks for jobs abandoned by stopped nodes
 * @param nodeTimeout after how long without a heartbeat a node counts as stopped
 * @param progressInterval how often the progress of running jobs is written (and cancellations read)
 * @param stopTimeout how long shutdown waits for running jobs to notice that they must stop
 * @param maxAttempts how often a resumable job is started before an interruption marks it failed
 */
@ConfigurationProperties("ecenter.jobs")
record JobProperties(
        @DefaultValue("4") int concurrency,
        @DefaultValue("true") boolean worker,
        @DefaultValue("10s") Duration heartbeat,
        @DefaultValue("30s") Duration nodeTimeout,
        @DefaultValue("500ms") Duration progressInterval,
        @DefaultValue("10s") Duration stopTimeout,
        @DefaultValue("3") int maxAttempts) {}
