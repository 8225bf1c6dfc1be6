package vn.edu.ecenter.platform.jobs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.edu.ecenter.platform.clock.BusinessClock;
import vn.edu.ecenter.platform.tenancy.Tenancy;
import vn.edu.ecenter.platform.tenancy.TenantScope;

/**
 * The SQL of {@code platform.job}. Methods run in the caller's transaction; {@link #inScopeOf} opens one in a job's
 * centre. Updates of a running job name the node that runs it, so that a node that was taken for dead cannot overwrite
 * what the node that took over has written.
 */
@Component
class JobRows {

    private final JdbcClient jdbc;
    private final Tenancy tenancy;
    private final JobJson json;
    private final BusinessClock clock;

    JobRows(JdbcClient jdbc, Tenancy tenancy, JsonMapper json, BusinessClock clock) {
        this.jdbc = jdbc;
        this.tenancy = tenancy;
        this.json = new JobJson(json);
        this.clock = clock;
    }

    /** Runs the work in a new transaction in the job's centre (system scope for deployment-wide jobs). */
    <T> T inScopeOf(UUID centre, Supplier<T> work) {
        return TenantScope.SYSTEM_CENTRE.equals(centre) ? tenancy.asSystem(work) : tenancy.inCentre(centre, work);
    }

    void inScopeOf(UUID centre, Runnable work) {
        inScopeOf(centre, () -> {
            work.run();
            return null;
        });
    }

    void insert(UUID centre, UUID id, JobType type, Map<String, String> params, String requestedBy, String node) {
        jdbc.sql("""
                INSERT INTO platform.job (centre_id, id, type, params, status, requested_by, requested_at, node)
                VALUES (?, ?, ?, ?, 'QUEUED', ?, ?, ?)
                """)
                .params(centre, id, type.name(), json.write(params), requestedBy, now(), node)
                .update();
    }

    Optional<JobView> find(UUID centre, UUID id) {
        return jdbc.sql("SELECT * FROM platform.job WHERE centre_id = ? AND id = ?")
                .params(centre, id)
                .query(this::view)
                .optional();
    }

    /** Takes a queued job of this node for running; empty if it was cancelled or taken over meanwhile. */
    Optional<Claim> claim(UUID centre, UUID id, String node) {
        return jdbc.sql("""
                UPDATE platform.job SET status = 'RUNNING', started_at = ?, attempts = attempts + 1
                WHERE centre_id = ? AND id = ? AND node = ? AND status = 'QUEUED'
                RETURNING type, params, requested_by, attempts, cancel_requested
                """)
                .params(now(), centre, id, node)
                .query((rs, n) -> new Claim(
                        rs.getString("type"),
                        json.params(rs.getString("params")),
                        rs.getString("requested_by"),
                        rs.getInt("attempts"),
                        rs.getBoolean("cancel_requested")))
                .optional();
    }

    /** Records the outcome of a running job of this node; false if another node has taken it over. */
    boolean finish(UUID centre, UUID id, String node, JobStatus status, JobMessage summary, RunningJob job) {
        return jdbc.sql("""
                UPDATE platform.job SET status = ?, finished_at = ?, message_key = ?, message_args = ?, result = ?,
                  progress_done = ?, progress_total = ?
                WHERE centre_id = ? AND id = ? AND node = ? AND status = 'RUNNING'
                """)
                        .params(
                                status.name(),
                                now(),
                                summary.key(),
                                json.write(summary.args()),
                                json.write(job.lines()),
                                job.done(),
                                job.total(),
                                centre,
                                id,
                                node)
                        .update()
                == 1;
    }

    /**
     * Writes progress (and the summary so far, when the job set one) and answers whether cancellation was asked for;
     * empty once the job is no longer running.
     */
    Optional<Boolean> progress(UUID centre, UUID id, long done, @Nullable Long total, @Nullable JobMessage summary) {
        return jdbc.sql("""
                UPDATE platform.job SET progress_done = ?, progress_total = ?,
                  message_key = COALESCE(?, message_key), message_args = COALESCE(?, message_args)
                WHERE centre_id = ? AND id = ? AND status = 'RUNNING'
                RETURNING cancel_requested
                """)
                .params(
                        done,
                        total,
                        summary == null ? null : summary.key(),
                        summary == null ? null : json.write(summary.args()),
                        centre,
                        id)
                .query(Boolean.class)
                .optional();
    }

    Optional<Boolean> cancelRequested(UUID centre, UUID id) {
        return jdbc.sql(
                        "SELECT cancel_requested FROM platform.job WHERE centre_id = ? AND id = ? AND status = 'RUNNING'")
                .params(centre, id)
                .query(Boolean.class)
                .optional();
    }

    /** Asks a job to stop; a job still in the queue is cancelled at once. */
    void requestCancel(UUID centre, UUID id) {
        jdbc.sql("""
                UPDATE platform.job SET cancel_requested = true,
                  status = CASE WHEN status = 'QUEUED' THEN 'CANCELLED' ELSE status END,
                  finished_at = CASE WHEN status = 'QUEUED' THEN ? ELSE finished_at END,
                  message_key = CASE WHEN status = 'QUEUED' THEN 'job.cancelled' ELSE message_key END
                WHERE centre_id = ? AND id = ? AND status IN ('QUEUED', 'RUNNING')
                """).params(now(), centre, id).update();
    }

    /** Unfinished jobs whose node has no fresh heartbeat, locked for this transaction (system scope). */
    List<Abandoned> abandoned(String me, Instant cutoff) {
        return jdbc.sql("""
                SELECT j.centre_id, j.id, j.type, j.status, j.attempts, j.cancel_requested FROM platform.job j
                WHERE j.status IN ('QUEUED', 'RUNNING') AND j.node <> ?
                  AND NOT EXISTS (SELECT 1 FROM platform.job_node n WHERE n.node = j.node AND n.heartbeat_at >= ?)
                ORDER BY j.requested_at
                FOR UPDATE OF j SKIP LOCKED
                """)
                .params(me, Timestamp.from(cutoff))
                .query((rs, n) -> new Abandoned(
                        rs.getObject("centre_id", UUID.class),
                        rs.getObject("id", UUID.class),
                        rs.getString("type"),
                        JobStatus.valueOf(rs.getString("status")),
                        rs.getInt("attempts"),
                        rs.getBoolean("cancel_requested")))
                .list();
    }

    void requeue(Abandoned job, String node) {
        jdbc.sql("""
                UPDATE platform.job SET status = 'QUEUED', node = ?, started_at = NULL, progress_done = 0
                WHERE centre_id = ? AND id = ?
                """).params(node, job.centre(), job.id()).update();
    }

    void close(Abandoned job, JobStatus status, JobMessage summary) {
        jdbc.sql("""
                UPDATE platform.job SET status = ?, finished_at = ?, message_key = ?, message_args = ?
                WHERE centre_id = ? AND id = ?
                """)
                .params(status.name(), now(), summary.key(), json.write(summary.args()), job.centre(), job.id())
                .update();
    }

    private JobView view(ResultSet rs, int row) throws SQLException {
        long total = rs.getLong("progress_total");
        boolean totalUnknown = rs.wasNull();
        String summaryKey = rs.getString("message_key");
        return new JobView(
                rs.getObject("id", UUID.class),
                new JobType(rs.getString("type")),
                JobStatus.valueOf(rs.getString("status")),
                rs.getLong("progress_done"),
                totalUnknown ? null : total,
                summaryKey == null ? null : new JobMessage(summaryKey, json.arguments(rs.getString("message_args"))),
                json.lines(rs.getString("result")),
                rs.getString("requested_by"),
                rs.getTimestamp("requested_at").toInstant(),
                instant(rs.getTimestamp("started_at")),
                instant(rs.getTimestamp("finished_at")),
                rs.getBoolean("cancel_requested"));
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    record Claim(String type, Map<String, String> params, String requestedBy, int attempts, boolean cancelRequested) {}

    record Abandoned(UUID centre, UUID id, String type, JobStatus status, int attempts, boolean cancelRequested) {}
}
