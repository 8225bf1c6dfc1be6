package vn.edu.ecenter.people.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.edu.ecenter.people.FieldProblem;
import vn.edu.ecenter.people.LearnerDetails;
import vn.edu.ecenter.people.Sex;
import vn.edu.ecenter.people.StaffDetails;
import vn.edu.ecenter.shared.CitizenId;

/** The format rules of people's fields; each broken rule is a {@link FieldProblem} with a Vietnamese message key. */
final class Checks {

    static final String CODE = "[A-Za-z0-9._-]{3,40}";
    private static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

    private Checks() {}

    static List<FieldProblem> learner(LearnerDetails details, Set<String> provinceCodes, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (details.code() == null || !details.code().strip().matches(CODE)) {
            problems.add(FieldProblem.of("code", "people.code.format"));
        }
        if (details.birthDate() == null) {
            problems.add(FieldProblem.of("birthDate", "people.birthDate.required"));
        } else if (details.birthDate().isAfter(today) || details.birthDate().getYear() < 1900) {
            problems.add(FieldProblem.of("birthDate", "people.birthDate.range"));
        }
        if (details.sex() == null) {
            problems.add(FieldProblem.of("sex", "people.sex.required"));
        }
        citizenId(details.citizenId(), provinceCodes, details.sex(), details.birthDate(), problems);
        phone(details.phone(), problems);
        email(details.email(), problems);
        return problems;
    }

    static List<FieldProblem> staff(StaffDetails details, Set<String> provinceCodes) {
        List<FieldProblem> problems = new ArrayList<>();
        if (details.code() == null || !details.code().strip().matches(CODE)) {
            problems.add(FieldProblem.of("code", "people.code.format"));
        }
        if (details.workloadNorm() < 0 || details.workloadNorm() > 40) {
            problems.add(FieldProblem.of("workloadNorm", "people.staff.workloadNorm.range"));
        }
        citizenId(details.citizenId(), provinceCodes, details.sex(), details.birthDate(), problems);
        phone(details.phone(), problems);
        email(details.email(), problems);
        return problems;
    }

    static void citizenId(
            @Nullable String typed,
            Set<String> provinceCodes,
            @Nullable Sex sex,
            @Nullable LocalDate birthDate,
            List<FieldProblem> problems) {
        if (typed == null || typed.isBlank()) {
            return;
        }
        CitizenId.check(typed, provinceCodes, sex == null ? null : sex == Sex.FEMALE, birthDate)
                .ifPresent(problem -> problems.add(FieldProblem.of(
                        "citizenId", "people.citizenId." + problem.name().toLowerCase(Locale.ROOT))));
    }

    static void phone(@Nullable String typed, List<FieldProblem> problems) {
        if (typed != null && !typed.isBlank() && phoneDigits(typed) == null) {
            problems.add(FieldProblem.of("phone", "people.phone.format", typed));
        }
    }

    static void email(@Nullable String typed, List<FieldProblem> problems) {
        if (typed != null && !typed.isBlank() && !typed.strip().matches(EMAIL)) {
            problems.add(FieldProblem.of("email", "people.email.format", typed));
        }
    }

    /**
     * A Vietnamese phone number as digits only ("0912 345 678", "+84 912.345.678" → "0912345678"), or null when it is
     * not one: 10 digits starting with 0 (mobile and, since 2017, landline numbers), tolerating 9–11.
     */
    static @Nullable String phoneDigits(@Nullable String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String digits = typed.strip().replaceAll("[\\s.()-]", "");
        if (digits.startsWith("+84")) {
            digits = "0" + digits.substring(3);
        }
        return digits.matches("0\\d{8,10}") ? digits : null;
    }

    static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
