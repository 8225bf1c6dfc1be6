package vn.edu.ecenter.gradebook.prints.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import vn.edu.ecenter.gradebook.prints.AssessmentBookPage;
import vn.edu.ecenter.gradebook.prints.ClassSummarySheet;
import vn.edu.ecenter.gradebook.prints.OfficialPrints;
import vn.edu.ecenter.gradebook.prints.PrintedBatch;
import vn.edu.ecenter.gradebook.prints.SchoolRecord;
import vn.edu.ecenter.identity.JobStarter;
import vn.edu.ecenter.platform.jobs.JobMessage;
import vn.edu.ecenter.platform.jobs.JobStatus;
import vn.edu.ecenter.platform.jobs.JobView;
import vn.edu.ecenter.platform.jobs.Jobs;

/** The official prints, rendered by {@link FormRenderer}; the batch runs as a {@link SchoolRecordBatchJob}. */
@Service
class PrintService implements OfficialPrints {

    private final FormRenderer forms;
    private final Jobs jobs;
    private final BatchFiles files;

    PrintService(FormRenderer forms, Jobs jobs, BatchFiles files) {
        this.forms = forms;
        this.jobs = jobs;
        this.files = files;
    }

    @Override
    public byte[] assessmentBook(AssessmentBookPage page) {
        return forms.assessmentBook(page);
    }

    @Override
    public byte[] assessmentBook(List<AssessmentBookPage> pages) {
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("No page of the assessment book to print");
        }
        return PdfDocuments.join(pages.stream().map(forms::assessmentBook).toList());
    }

    @Override
    public byte[] classSummary(ClassSummarySheet sheet) {
        return forms.classSummary(sheet);
    }

    @Override
    public byte[] schoolRecord(SchoolRecord record) {
        return forms.schoolRecord(record);
    }

    @Override
    public byte[] schoolRecords(List<SchoolRecord> records, Progress progress) {
        return forms.schoolRecords(records, progress);
    }

    @Override
    public UUID printClassSchoolRecords(UUID classId) {
        Map<String, String> params = JobStarter.caller();
        params.put(SchoolRecordBatchJob.CLASS_ID, classId.toString());
        return jobs.start(SchoolRecordBatchJob.TYPE, params);
    }

    @Override
    public Optional<PrintedBatch> batchOf(UUID jobId) {
        JobView job = jobs.view(jobId);
        if (job.status() != JobStatus.SUCCEEDED || !job.type().equals(SchoolRecordBatchJob.TYPE)) {
            return Optional.empty();
        }
        return job.lines().stream()
                .filter(line -> line.key().equals(SchoolRecordBatchJob.FILE_LINE))
                .findFirst()
                .map(PrintService::batch);
    }

    @Override
    public byte[] content(PrintedBatch batch) {
        return files.content(batch.sha256());
    }

    private static PrintedBatch batch(JobMessage line) {
        List<Object> args = line.args();
        return new PrintedBatch(
                (String) args.get(0),
                (String) args.get(1),
                ((Number) args.get(2)).intValue(),
                ((Number) args.get(3)).intValue());
    }
}
