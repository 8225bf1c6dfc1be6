package vn.edu.ecenter.academics;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A class (lớp) of a school year, e.g. "10A1".
 *
 * @param homeroomStaffId the homeroom teacher (GVCN), a staff member of module people
 * @param homeroomUsername the homeroom teacher's username, when they have an account
 * @param learners how many learners are enrolled now
 */
public record ClassView(
        UUID id,
        UUID schoolYearId,
        String name,
        int grade,
        ClassSession session,
        @Nullable String room,
        @Nullable UUID homeroomStaffId,
        @Nullable String homeroomName,
        @Nullable String homeroomUsername,
        int learners) {}
