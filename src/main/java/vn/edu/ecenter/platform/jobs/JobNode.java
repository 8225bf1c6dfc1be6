package vn.edu.ecenter.platform.jobs;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.edu.ecenter.platform.clock.BusinessClock;
import vn.edu.ecenter.platform.tenancy.Tenancy;

/**
 * This process, as a runner of jobs: a name unique to the process, and a heartbeat row in {@code platform.job_node}.
 * Jobs of a node without a fresh heartbeat were left behind by a process that stopped.
 */
@Component
class JobNode {

    private final String id;
    private final JdbcClient jdbc;
    private final Tenancy tenancy;
    private final BusinessClock clock;

    JobNode(JdbcClient jdbc, Tenancy tenancy, BusinessClock clock) {
        this.id = hostName() + "/" + ProcessHandle.current().pid() + "/"
                + UUID.randomUUID().toString().substring(0, 8);
        this.jdbc = jdbc;
        this.tenancy = tenancy;
        this.clock = clock;
    }

    String id() {
        return id;
    }

    void beat() {
        var now = Timestamp.from(clock.instant());
        tenancy.asSystem(() -> {
            jdbc.sql("""
                    INSERT INTO platform.job_node (node, started_at, heartbeat_at) VALUES (?, ?, ?)
                    ON CONFLICT (node) DO UPDATE SET heartbeat_at = excluded.heartbeat_at
                    """).params(id, now, now).update();
            // Rows of processes gone for a day only clutter the table: their jobs count as abandoned either way.
            jdbc.sql("DELETE FROM platform.job_node WHERE heartbeat_at < ?")
                    .param(Timestamp.from(clock.instant().minus(Duration.ofDays(1))))
                    .update();
        });
    }

    /** Says this node is gone, so that its unfinished jobs are picked up at once instead of after the timeout. */
    void leave() {
        tenancy.asSystem(() -> {
            jdbc.sql("DELETE FROM platform.job_node WHERE node = ?").param(id).update();
        });
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}
