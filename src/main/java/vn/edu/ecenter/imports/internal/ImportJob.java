package vn.edu.ecenter.imports.internal;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.edu.ecenter.imports.ImportKind;
import vn.edu.ecenter.imports.ImportMode;
import vn.edu.ecenter.imports.ImportReport;
import vn.edu.ecenter.platform.jobs.JobContext;
import vn.edu.ecenter.platform.jobs.JobHandler;
import vn.edu.ecenter.platform.jobs.JobMessage;
import vn.edu.ecenter.platform.jobs.JobType;
import vn.edu.ecenter.platform.tenancy.TenantPrincipal;

/**
 * Runs an import wizard's run as a background job, in one transaction (the job's): the file is read from the file
 * store, imported (or dry-run), and the report kept with the run. A failure, or a cancellation, rolls back everything.
 * The job acts with the role its requester had when starting it (director or clerk, checked then), because the import
 * checks roles as it did for the requester.
 */
@Component
class ImportJob implements JobHandler {

    static final JobType TYPE = new JobType("imports.run");

    private final ImportService imports;
    private final RunStore runs;

    ImportJob(ImportService imports, RunStore runs) {
        this.imports = imports;
        this.runs = runs;
    }

    /** The requester inside the job: their username and centre. */
    private record Requester(String getName, UUID centre) implements Principal, TenantPrincipal {

        @Override
        public Optional<UUID> centreId() {
            return Optional.of(centre);
        }
    }

    @Override
    public JobType type() {
        return TYPE;
    }

    @Override
    public void run(JobContext context) {
        Map<String, String> params = context.params();
        var role = "DIRECTOR".equals(params.get("role")) ? "ROLE_DIRECTOR" : "ROLE_CLERK";
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        new Requester(context.requestedBy(), context.centreId()),
                        null,
                        List.of(new SimpleGrantedAuthority(role))));
        try {
            ImportKind kind = ImportKind.valueOf(params.get("kind"));
            boolean dryRun = Boolean.parseBoolean(params.get("dryRun"));
            String classId = params.get("classId");
            byte[] file = runs.file(params.get("file"));
            ImportReport report = imports.run(
                    kind,
                    file,
                    params.get("name"),
                    classId == null ? null : UUID.fromString(classId),
                    dryRun,
                    ImportMode.valueOf(params.get("mode")),
                    (done, total) -> {
                        context.progress(done, total);
                        context.checkCancelled();
                    });
            runs.keep(context.jobId(), report);
            context.summary(JobMessage.of(
                    dryRun ? "imports.summary.dryRun" : "imports.summary",
                    report.created(),
                    report.updated(),
                    report.unchanged(),
                    report.rejected()));
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
