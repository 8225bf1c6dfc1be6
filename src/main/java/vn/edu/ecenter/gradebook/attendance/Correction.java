package vn.edu.ecenter.gradebook.attendance;

import java.time.Instant;
import java.util.UUID;
import vn.edu.ecenter.academics.ClassSession;

/** One correction of a recorded status, from the append-only log: old and new status, who, when. */
public record Correction(
        UUID learnerId,
        String learnerName,
        ClassSession session,
        AttendanceStatus oldStatus,
        AttendanceStatus newStatus,
        String changedBy,
        Instant changedAt) {}
