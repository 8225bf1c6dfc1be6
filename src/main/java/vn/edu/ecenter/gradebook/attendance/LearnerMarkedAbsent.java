package vn.edu.ecenter.gradebook.attendance;

import java.time.LocalDate;
import java.util.UUID;
import vn.edu.ecenter.academics.ClassSession;

/**
 * A learner was recorded absent (vắng có phép or không phép) in a session, so that the guardian can be told (a later
 * notifications module listens). Published once per absence: when the session's status becomes an absence, not again
 * when the same day is saved unchanged, nor when an absence is only changed between có phép and không phép.
 */
public record LearnerMarkedAbsent(
        UUID learnerId, UUID classId, LocalDate date, ClassSession session, AttendanceStatus status) {}
