package vn.edu.ecenter.people.web;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import vn.edu.ecenter.people.Address;
import vn.edu.ecenter.people.LearnerDetails;
import vn.edu.ecenter.people.LearnerView;
import vn.edu.ecenter.people.Sex;
import vn.edu.ecenter.platform.web.Rejected;

/** The learner form (new and edit). The personal ID number is typed only to set or change it. */
record LearnerForm(
        @Nullable String code,
        @Nullable String familyName,
        @Nullable String middleName,
        @Nullable String givenName,

        @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate birthDate,

        @Nullable Sex sex,
        @Nullable String ethnicity,
        @Nullable String religion,
        @Nullable String nationality,
        @Nullable String birthPlace,
        @Nullable String homeTown,
        @Nullable String citizenId,
        @Nullable String street,
        @Nullable String ward,
        @Nullable String province,
        @Nullable String oldAddress,
        @Nullable String phone,
        @Nullable String email,
        @Nullable String policyGroup,
        @Nullable String disability,
        @Nullable Integer version) {

    static LearnerForm empty() {
        return new LearnerForm(
                "", "", "", "", null, null, "Kinh", "", "Việt Nam", "", "", "", "", "", "", "", "", "", "", "", 0);
    }

    static LearnerForm of(LearnerView view) {
        LearnerDetails d = view.details();
        return new LearnerForm(
                d.code(),
                d.name().family(),
                d.name().middle(),
                d.name().given(),
                d.birthDate(),
                d.sex(),
                d.ethnicity(),
                d.religion(),
                d.nationality(),
                d.birthPlace(),
                d.homeTown(),
                "",
                d.address().street(),
                d.address().ward(),
                d.address().province(),
                d.address().oldAddress(),
                d.phone(),
                d.email(),
                d.policyGroup(),
                d.disability(),
                view.version());
    }

    LearnerDetails toDetails() {
        if (code == null || code.isBlank()) {
            throw new Rejected("people.code.format");
        }
        if (birthDate == null) {
            throw new Rejected("people.birthDate.required");
        }
        if (sex == null) {
            throw new Rejected("people.sex.required");
        }
        return new LearnerDetails(
                code.strip(),
                Forms.name(familyName, middleName, givenName),
                birthDate,
                sex,
                ethnicity,
                religion,
                nationality,
                birthPlace,
                homeTown,
                citizenId == null || citizenId.isBlank() ? null : citizenId,
                new Address(street, ward, province, oldAddress),
                phone,
                email,
                policyGroup,
                disability);
    }

    int versionOrZero() {
        return version == null ? 0 : version;
    }
}
