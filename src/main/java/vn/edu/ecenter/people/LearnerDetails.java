package vn.edu.ecenter.people;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.edu.ecenter.shared.PersonName;

/**
 * What a learner's profile holds, as the sector database (CSDL ngành) keeps it.
 *
 * @param code the sector learner code (mã học sinh), opaque; also the learner's username
 * @param citizenId the 12-digit personal ID number as typed, or null when not known yet
 */
public record LearnerDetails(
        String code,
        PersonName name,
        LocalDate birthDate,
        Sex sex,
        @Nullable String ethnicity,
        @Nullable String religion,
        @Nullable String nationality,
        @Nullable String birthPlace,
        @Nullable String homeTown,
        @Nullable String citizenId,
        Address address,
        @Nullable String phone,
        @Nullable String email,
        @Nullable String policyGroup,
        @Nullable String disability) {}
