package vn.edu.ecenter.academics;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A class to open in a school year (or the new details of an existing class). */
public record CreateClass(
        UUID schoolYearId,
        String name,
        int grade,
        ClassSession session,
        @Nullable String room,
        @Nullable UUID homeroomStaffId) {}
