/**
 * Attendance (điểm danh), part of the sổ gọi tên và ghi điểm điện tử: a status per learner, class, date and session
 * (có mặt, vắng có phép, vắng không phép, đi muộn), recorded by the homeroom teacher or a teacher of the class, with
 * every correction kept; each learner's days absent in the school year against the 45-day limit of TT 43/2021 Art. 11
 * ({@link vn.edu.ecenter.gradebook.attendance.AbsenceRule}, docs/gradebook/attendance-rules.md); and the event {@link
 * vn.edu.ecenter.gradebook.attendance.LearnerMarkedAbsent} for a later notifications module. Other modules use {@link
 * vn.edu.ecenter.gradebook.attendance.Attendance}.
 */
@NamedInterface("attendance")
@NullMarked
package vn.edu.ecenter.gradebook.attendance;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
