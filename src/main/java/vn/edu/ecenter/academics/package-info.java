/**
 * Academics (Cơ cấu học tập): the GDTX THPT programme as data (TT 12/2022/TT-BGDĐT), the calendar's holidays, make-up
 * days and teaching weeks, classes (lớp) with their homeroom teacher (GVCN), enrolment of learners with its history,
 * year-end rollover, teaching assignments (phân công giảng dạy) and the teachers' workload against TT 04/2026.
 * Other modules ask it who teaches what and who is a class's homeroom teacher.
 */
@ApplicationModule(
        displayName = "Academics (Lớp, môn học, phân công)",
        allowedDependencies = {"platform", "shared", "centres", "identity", "people"})
@NullMarked
package vn.edu.ecenter.academics;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
