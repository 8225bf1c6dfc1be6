package vn.edu.ecenter.gradebook.internal;

import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.edu.ecenter.gradebook.ClassResults;
import vn.edu.ecenter.gradebook.ResultPeriod;
import vn.edu.ecenter.gradebook.ResultPrints;
import vn.edu.ecenter.gradebook.Results;
import vn.edu.ecenter.gradebook.prints.OfficialPrints;
import vn.edu.ecenter.gradebook.prints.SchoolRecord;

/** Renders the class summary sheet and the học bạ from the computed results (see {@link SchoolRecords}). */
@Service
@Transactional(readOnly = true)
class ResultPrintsService implements ResultPrints {

    private final Results results;
    private final SchoolRecords records;
    private final OfficialPrints prints;

    ResultPrintsService(Results results, SchoolRecords records, OfficialPrints prints) {
        this.results = results;
        this.records = records;
        this.prints = prints;
    }

    @Override
    @PreAuthorize("hasAnyRole('DIRECTOR', 'TEACHER')")
    public PrintedFile classSummary(UUID classId, ResultPeriod period) {
        ClassResults summary = results.classResults(classId, period);
        return new PrintedFile(records.summaryFilename(summary), prints.classSummary(records.summarySheet(summary)));
    }

    @Override
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public PrintedFile schoolRecord(UUID learnerId) {
        SchoolRecord record = records.learnerRecord(learnerId);
        return new PrintedFile(records.recordFilename(record), prints.schoolRecord(record));
    }
}
