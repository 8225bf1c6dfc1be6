package vn.edu.ecenter.gradebook.prints;

import java.util.List;

/** The học bạ of every learner of a class, as a {@link SchoolRecordSource} supplies them for a batch print. */
public record ClassSchoolRecords(String className, String schoolYear, List<SchoolRecord> records) {

    public ClassSchoolRecords {
        records = Lines.inClassListOrder(records, SchoolRecord::listed);
    }
}
