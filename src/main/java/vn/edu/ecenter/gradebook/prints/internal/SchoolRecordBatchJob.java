package vn.edu.ecenter.gradebook.prints.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.edu.ecenter.gradebook.prints.ClassSchoolRecords;
import vn.edu.ecenter.gradebook.prints.OfficialPrints;
import vn.edu.ecenter.gradebook.prints.SchoolRecordSource;
import vn.edu.ecenter.identity.JobStarter;
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
        JobStarter.actAs(context, () -> print(context));
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
