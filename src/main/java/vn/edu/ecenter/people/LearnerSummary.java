package vn.edu.ecenter.people;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.edu.ecenter.shared.PersonName;

/** A learner as lists and other modules show them; no sensitive field. */
public record LearnerSummary(
        UUID id,
        String code,
        PersonName name,
        LocalDate birthDate,
        Sex sex,
        @Nullable String phone) {}
