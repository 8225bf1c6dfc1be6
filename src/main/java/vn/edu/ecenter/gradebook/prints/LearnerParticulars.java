package vn.edu.ecenter.gradebook.prints;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.edu.ecenter.people.Sex;
import vn.edu.ecenter.shared.PersonName;

/**
 * The learner's particulars on page 1 of the học bạ, filled in completely when the học bạ is opened (TT 22/2021, the
 * reference case, CONFIRMED; the exact list of fields is FROM MEMORY, vn-regulations §1.7). A blank prints as an empty
 * line to be completed, never as "null".
 *
 * @param placeOfBirth as written on the birth certificate, old district names included (vn-regulations §9.2)
 * @param personalId the 12-digit số định danh cá nhân
 * @param guardian the father, mother or guardian as the form writes them, e.g. "Nguyễn Văn Bình (cha)"
 * @param lifelongRecordNumber the mã số hồ sơ học tập suốt đời of the digital học bạ (DRAFT circular, §1.8)
 */
public record LearnerParticulars(
        String code,
        PersonName name,
        @Nullable LocalDate birthDate,
        @Nullable Sex sex,
        @Nullable String placeOfBirth,
        @Nullable String ethnicity,
        @Nullable String personalId,
        @Nullable String address,
        @Nullable String guardian,
        @Nullable String lifelongRecordNumber) {

    public ListedLearner listed() {
        return new ListedLearner(code, name, birthDate);
    }
}
