package vn.edu.ecenter.gradebook.prints.internal;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.edu.ecenter.gradebook.prints.ClassSchoolRecords;
import vn.edu.ecenter.gradebook.prints.OfficialPrints;
import vn.edu.ecenter.gradebook.prints.SchoolRecordSource;
import vn.edu.ecenter.identity.Role;
import vn.edu.ecenter.identity.SignedInUser;
import vn.edu.ecenter.platform.files.StoredFile;
import vn.edu.ecenter.platform.jobs.JobContext;
import vn.edu.ecenter.platform.jobs.JobHandler;
import vn.edu.ecenter.platform.jobs.JobMessage;
import vn.edu.ecenter.platform.jobs.JobType;
import vn.edu.ecenter.platform.web.Rejected;

/**
 * Prints the học bạ of every learner of a class as one PDF, as a background job: the data come from the first {@link
 * SchoolRecordSource} that knows the class, progress is reported after each learner, and the PDF is kept in the file
 * store, named by a result line ({@link #FILE_LINE}: file name, SHA-256, learners, pages). It only reads and renders,
 * so a restart simply prints again.
 */
@Component
class SchoolRecordBatchJob implements JobHandler {

    static final JobType TYPE = OfficialPrints.SCHOOL_RECORDS_JOB;
    static final String CLASS_ID = "classId";
    static final String ROLES = "roles";
    static final String ACCOUNT = "account";
    static final String NAME = "name";
    static final String FILE_LINE = "prints.batch.file";

    private final List<SchoolRecordSource> sources;
    private final FormRenderer forms;
    private final BatchFiles files;

    SchoolRecordBatchJob(List<SchoolRecordSource> sources, FormRenderer forms, BatchFiles files) {
        this.sources = sources;
        this.forms = forms;
        this.files = files;
    }

    @Override
    public JobType type() {
        return TYPE;
    }

    @Override
    public void run(JobContext context) {
        // The job acts as its starter, with the roles they had when starting it (who may print the class was checked
        // then), so that the source reads exactly what the starter may read, and the starter is the actor of every
        // access the reads log.
        Authentication previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(starter(context));
        try {
            print(context);
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    /** The starter as {@link #caller()} recorded them: a signed-in user of the job's centre with their roles. */
    private static Authentication starter(JobContext context) {
        Map<String, String> params = context.params();
        List<SimpleGrantedAuthority> authorities = Arrays.stream(
                        params.getOrDefault(ROLES, "").split(","))
                .filter(role -> role.startsWith("ROLE_"))
                .map(SimpleGrantedAuthority::new)
                .toList();
        String account = params.get(ACCOUNT);
        if (account == null) {
            return UsernamePasswordAuthenticationToken.authenticated(context.requestedBy(), null, authorities);
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (authorities.contains(new SimpleGrantedAuthority("ROLE_" + role.name()))) {
                roles.add(role);
            }
        }
        var user = new SignedInUser(
                UUID.fromString(account),
                context.requestedBy(),
                params.getOrDefault(NAME, context.requestedBy()),
                roles,
                context.centreId(),
                false);
        return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
    }

    /** Who calls now, as the job's parameters that let it act as them later: roles, account and name. */
    static Map<String, String> caller() {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        Map<String, String> params = new HashMap<>();
        if (caller == null) {
            return params;
        }
        params.put(
                ROLES,
                caller.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .filter(role -> role.startsWith("ROLE_"))
                        .collect(Collectors.joining(",")));
        if (caller.getPrincipal() instanceof SignedInUser user) {
            params.put(ACCOUNT, user.accountId().toString());
            params.put(NAME, user.fullName());
        }
        return params;
    }

    private void print(JobContext context) {
        UUID classId = UUID.fromString(context.params().get(CLASS_ID));
        ClassSchoolRecords data = sources.stream()
                .map(source -> source.classRecords(classId))
                .flatMap(Optional::stream)
                .findFirst()
                .orElseThrow(() -> new Rejected("prints.batch.noData"));
        if (data.records().isEmpty()) {
            throw new Rejected("prints.batch.empty", data.className());
        }
        int total = data.records().size();
        context.progress(0, total);
        byte[] pdf = forms.schoolRecords(data.records(), (done, all) -> {
            context.progress(done, all);
            context.checkCancelled();
        });
        int pages = PdfDocuments.pages(pdf);
        String fileName = forms.message("prints.batch.fileName", data.className(), data.schoolYear()) + ".pdf";
        StoredFile stored = files.keep(pdf, fileName);
        context.report(JobMessage.of(FILE_LINE, fileName, stored.sha256(), total, pages));
        context.summary(JobMessage.of("prints.batch.done", total, data.className(), pages));
    }
}
