package vn.edu.ecenter.academics;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.edu.ecenter.people.Sex;
import vn.edu.ecenter.shared.PersonName;

/** A learner on a class list, numbered in class-list order (STT). */
public record ClassMember(
        int number,
        UUID learnerId,
        String code,
        PersonName name,
        LocalDate birthDate,
        Sex sex,
        UUID enrolmentId,
        @Nullable String combinationCode) {}
