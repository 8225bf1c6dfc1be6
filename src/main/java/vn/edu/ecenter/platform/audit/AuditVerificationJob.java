package vn.edu.ecenter.platform.audit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.edu.ecenter.platform.jobs.JobContext;
import vn.edu.ecenter.platform.jobs.JobHandler;
import vn.edu.ecenter.platform.jobs.JobMessage;
import vn.edu.ecenter.platform.jobs.JobType;

/**
 * Verifies the current centre's audit chain as a background job ("Kiểm tra tính toàn vẹn"): the result is "intact", or
 * one line per problem (altered, missing, truncated, broken link) with its sequence number. Reads only, so a restart
 * simply runs it again.
 */
@Component
public class AuditVerificationJob implements JobHandler {

    public static final JobType TYPE = new JobType("audit.verify");

    private final AuditTrail audit;
    private final JdbcClient jdbc;

    AuditVerificationJob(AuditTrail audit, JdbcClient jdbc) {
        this.audit = audit;
        this.jdbc = jdbc;
    }

    @Override
    public JobType type() {
        return TYPE;
    }

    @Override
    public void run(JobContext context) {
        long total = jdbc.sql("SELECT last_seq FROM platform.audit_chain WHERE centre_id = ?")
                .param(context.centreId())
                .query(Long.class)
                .optional()
                .orElse(0L);
        context.progress(0, total);
        ChainVerification result = audit.verifyCurrentCentre(checked -> {
            context.progress(checked, Math.max(total, checked));
            context.checkCancelled();
        });
        context.progress(result.entries(), Math.max(total, result.entries()));
        if (result.intact()) {
            context.summary(JobMessage.of("audit.verify.intact", result.entries()));
            return;
        }
        context.summary(JobMessage.of(
                "audit.verify.broken", result.entries(), result.problems().size()));
        for (ChainVerification.Problem problem : result.problems()) {
            context.report(JobMessage.of("audit.problem." + problem.kind().name(), problem.seq()));
        }
    }
}
