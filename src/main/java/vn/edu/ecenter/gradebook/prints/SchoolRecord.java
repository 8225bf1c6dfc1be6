package vn.edu.ecenter.gradebook.prints;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The học bạ of one learner over grades 10–12 (TT 10/2021; TT 22/2021 as the reference case): page 1 with the centre,
 * the learner's particulars, a place for the photo and the director's signature made when the học bạ is opened; then
 * one page per school year ({@link SchoolRecordYear}), in the order of the years.
 *
 * @param recordNumber the học bạ's number in the centre's register (số học bạ), FROM MEMORY; blank when not kept
 * @param openedOn the date page 1 was completed and signed
 */
public record SchoolRecord(
        CentreHeading centre,
        LearnerParticulars learner,
        @Nullable String recordNumber,
        LocalDate openedOn,
        Signature director,
        List<SchoolRecordYear> years) {

    public SchoolRecord {
        years = years.stream()
                .sorted(Comparator.comparing(SchoolRecordYear::schoolYear))
                .toList();
    }

    ListedLearner listed() {
        return learner.listed();
    }
}
