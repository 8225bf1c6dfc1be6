package vn.edu.ecenter.people.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import vn.edu.ecenter.people.Sex;
import vn.edu.ecenter.people.StaffDetails;
import vn.edu.ecenter.people.StaffView;
import vn.edu.ecenter.platform.web.Rejected;

/** The staff form; subjects are typed as codes separated by commas or spaces ("TOAN, TIN"). */
record StaffForm(
        @Nullable String code,
        @Nullable String familyName,
        @Nullable String middleName,
        @Nullable String givenName,

        @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate birthDate,

        @Nullable Sex sex,
        @Nullable String phone,
        @Nullable String email,
        @Nullable String citizenId,
        @Nullable String position,
        @Nullable String qualification,
        @Nullable String contractType,
        @Nullable String subjects,
        @Nullable Integer workloadNorm,
        @Nullable Integer version) {

    static final java.util.List<String> POSITIONS =
            java.util.List.of("TEACHER", "DIRECTOR", "DEPUTY_DIRECTOR", "CLERK", "ACCOUNTANT", "LIBRARIAN", "OTHER");

    static StaffForm empty() {
        return new StaffForm("", "", "", "", null, null, "", "", "", "TEACHER", "", "", "", 17, 0);
    }

    static StaffForm of(StaffView view) {
        StaffDetails d = view.details();
        return new StaffForm(
                d.code(),
                d.name().family(),
                d.name().middle(),
                d.name().given(),
                d.birthDate(),
                d.sex(),
                d.phone(),
                d.email(),
                "",
                d.position(),
                d.qualification(),
                d.contractType(),
                String.join(", ", d.subjectCodes()),
                d.workloadNorm(),
                view.version());
    }

    int versionOrZero() {
        return version == null ? 0 : version;
    }

    StaffDetails toDetails() {
        if (code == null || code.isBlank()) {
            throw new Rejected("people.code.format");
        }
        var subjectCodes = new LinkedHashSet<String>();
        if (subjects != null) {
            Arrays.stream(subjects.split("[,;\\s]+"))
                    .filter(s -> !s.isBlank())
                    .map(s -> s.strip().toUpperCase(Locale.ROOT))
                    .forEach(subjectCodes::add);
        }
        return new StaffDetails(
                code.strip(),
                Forms.name(familyName, middleName, givenName),
                birthDate,
                sex,
                phone,
                email,
                citizenId == null || citizenId.isBlank() ? null : citizenId,
                position == null || position.isBlank() ? "TEACHER" : position,
                qualification,
                contractType,
                subjectCodes,
                workloadNorm == null ? 17 : workloadNorm);
    }
}
