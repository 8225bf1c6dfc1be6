package vn.edu.ecenter.platform.jobs;

import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.edu.ecenter.platform.security.CurrentUser;
import vn.edu.ecenter.platform.tenancy.TenantContext;
import vn.edu.ecenter.platform.tenancy.TenantScope;
import vn.edu.ecenter.platform.web.Rejected;

@Service
class JobService implements Jobs {

    private final JobRows rows;
    private final JobRunner runner;
    private final JobNode node;

    JobService(JobRows rows, JobRunner runner, JobNode node) {
        this.rows = rows;
        this.runner = runner;
        this.node = node;
    }

    @Override
    @Transactional
    public UUID start(JobType type, Map<String, String> params) {
        if (runner.handler(type.name()).isEmpty()) {
            throw new IllegalArgumentException("No handler for job type " + type.name());
        }
        UUID id = UUID.randomUUID();
        TenantScope scope = TenantContext.current();
        UUID centre = scope.centre().orElse(TenantScope.SYSTEM_CENTRE);
        Runnable insert = () -> rows.insert(centre, id, type, params, currentActor(), node.id());
        if (scope.centreId() != null || scope.system()) {
            insert.run();
        } else {
            rows.inScopeOf(centre, insert);
        }
        runAfterCommit(() -> runner.submit(centre, id));
        return id;
    }

    @Override
    public JobView view(UUID id) {
        UUID centre = viewerCentre();
        JobView job = rows.inScopeOf(centre, () -> rows.find(centre, id))
                .orElseThrow(() -> Rejected.notFound("job.notFound"));
        boolean requester = job.requestedBy().equals(currentActor());
        if (!requester && !CurrentUser.hasRole("DIRECTOR") && !CurrentUser.isSystemAdmin()) {
            throw new AccessDeniedException("Job " + id + " belongs to " + job.requestedBy());
        }
        return job;
    }

    @Override
    public JobView cancel(UUID id) {
        view(id);
        UUID centre = viewerCentre();
        rows.inScopeOf(centre, () -> rows.requestCancel(centre, id));
        runner.cancelled(id);
        return view(id);
    }

    /** The signed-in user's centre; a system administrator outside any centre sees the deployment-wide jobs. */
    private static UUID viewerCentre() {
        return CurrentUser.centre().orElseGet(() -> {
            if (CurrentUser.isSystemAdmin()) {
                return TenantScope.SYSTEM_CENTRE;
            }
            throw Rejected.notFound("job.notFound");
        });
    }

    private static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication.getName() == null ? "system" : authentication.getName();
    }

    private static void runAfterCommit(Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            action.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }
}
