package vn.edu.ecenter.gradebook.prints;

import java.util.Optional;
import java.util.UUID;

/**
 * Where the batch print of a class's học bạ gets its data: the gradebook's score data implement it (a Spring bean),
 * so that the batch job only renders. Several sources may exist; the first that knows the class answers. The job calls
 * it inside the class's centre (row-level security applies) and inside the job's transaction.
 */
public interface SchoolRecordSource {

    /** The học bạ of every learner of the class, or empty when this source does not know the class. */
    Optional<ClassSchoolRecords> classRecords(UUID classId);
}
