package vn.edu.ecenter.people;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import vn.edu.ecenter.identity.Role;
import vn.edu.ecenter.identity.SignedInUser;
import vn.edu.ecenter.shared.PersonName;
import vn.edu.ecenter.support.SignedIn;

/** Learners with fresh codes and valid personal ID numbers, and users of the demo centre to act as. */
final class PeopleFixtures {

    private PeopleFixtures() {}

    static String freshCode() {
        return "HV" + ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L);
    }

    /** A valid personal ID number for a person born in HCMC (079) in the given year, of the given sex. */
    static String citizenId(int birthYear, Sex sex) {
        int century = (birthYear / 100 - 19) * 2 + (sex == Sex.FEMALE ? 1 : 0);
        return "079" + century + String.format("%02d", birthYear % 100)
                + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
    }

    static LearnerDetails learner(
            String code,
            PersonName name,
            LocalDate birthDate,
            Sex sex,
            @Nullable String citizenId,
            @Nullable String phone) {
        return new LearnerDetails(
                code,
                name,
                birthDate,
                sex,
                "Kinh",
                null,
                "Việt Nam",
                "TP. Hồ Chí Minh",
                null,
                citizenId,
                new Address("12 Lê Lợi", "Phường Sài Gòn", "TP. Hồ Chí Minh", null),
                phone,
                null,
                null,
                null);
    }

    static LearnerDetails learner(String fullName, LocalDate birthDate, Sex sex) {
        return learner(
                freshCode(), PersonName.parse(fullName), birthDate, sex, citizenId(birthDate.getYear(), sex), null);
    }

    static String freshPhone() {
        return "09" + ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L);
    }

    /** A signed-in user of the centre with a real account id (learners and guardians are found by it). */
    static Authentication user(UUID accountId, String username, UUID centre, Role... roles) {
        var user = new SignedInUser(
                accountId, username, "Người dùng " + username, EnumSet.copyOf(List.of(roles)), centre, false);
        var authorities = user.roles().stream()
                .map(role -> new SimpleGrantedAuthority(role.authority()))
                .toList();
        return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
    }

    static Authentication clerk(UUID centre) {
        return SignedIn.as("vanthu", centre, Role.CLERK);
    }

    static Authentication director(UUID centre) {
        return SignedIn.as("giamdoc", centre, Role.DIRECTOR);
    }

    static Authentication teacher(UUID centre) {
        return SignedIn.as("gv.toan", centre, Role.TEACHER);
    }

    static <T> T as(Authentication user, Supplier<T> work) {
        return SignedIn.call(user, work);
    }
}
