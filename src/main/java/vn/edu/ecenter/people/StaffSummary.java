package vn.edu.ecenter.people;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.edu.ecenter.shared.PersonName;

/** A staff member as lists and other modules show them. */
public record StaffSummary(
        UUID id,
        String code,
        PersonName name,
        String position,
        Set<String> subjectCodes,
        int workloadNorm,
        @Nullable String username,
        boolean active) {}
