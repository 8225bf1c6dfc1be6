package vn.edu.ecenter.people;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.edu.ecenter.shared.PersonName;

/**
 * A staff member's profile (cán bộ, giáo viên, nhân viên).
 *
 * @param code the centre's staff code
 * @param position e.g. TEACHER, DIRECTOR, DEPUTY_DIRECTOR, CLERK, ACCOUNTANT, LIBRARIAN, OTHER
 * @param subjectCodes the subjects (academics' codes) the person may teach
 * @param workloadNorm periods per week before reductions (TT 04/2026: 17 for a GDTX teacher)
 */
public record StaffDetails(
        String code,
        PersonName name,
        @Nullable LocalDate birthDate,
        @Nullable Sex sex,
        @Nullable String phone,
        @Nullable String email,
        @Nullable String citizenId,
        String position,
        @Nullable String qualification,
        @Nullable String contractType,
        Set<String> subjectCodes,
        int workloadNorm) {}
