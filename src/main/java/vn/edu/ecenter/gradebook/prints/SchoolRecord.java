package vn.edu.ecenter.gradebook.prints;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The học bạ of one learner over grades 10–12 (TT 10/2021; TT 22/2021 as the reference case): page 1 with the centre,
 * the learner's particulars, a place for the photo and the director's signature made when the học bạ is opened; then
 * one page per school year ({@link SchoolRecordYear}), in the order of the years.
 *
 * @param recordNumber the học bạ's number: the learner's mã học sinh of the sector database, which serves as the register
 *     number (số đăng bộ); blank when not known
 * @param openedOn the date page 1 was completed and signed
 * @param averageOfYears the average of the years counted for graduation, (L10 + 2·L11 + 3·L12) / 6 to two decimals
 *     (TT 24/2024 Art. 44, CONFIRMED), printed "7,25" on the last page; blank unless grades 10, 11 and 12 are complete
 */
public record SchoolRecord(
        CentreHeading centre,
        LearnerParticulars learner,
        @Nullable String recordNumber,
        LocalDate openedOn,
        Signature director,
        List<SchoolRecordYear> years,
        @Nullable BigDecimal averageOfYears) {

    /** A học bạ without the average of the years (not all three grades complete). */
    public SchoolRecord(
            CentreHeading centre,
            LearnerParticulars learner,
            @Nullable String recordNumber,
            LocalDate openedOn,
            Signature director,
            List<SchoolRecordYear> years) {
        this(centre, learner, recordNumber, openedOn, director, years, null);
    }

    public SchoolRecord {
        years = years.stream()
                .sorted(Comparator.comparing(SchoolRecordYear::schoolYear))
                .toList();
    }

    ListedLearner listed() {
        return learner.listed();
    }
}
