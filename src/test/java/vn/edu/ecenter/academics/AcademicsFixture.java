package vn.edu.ecenter.academics;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.edu.ecenter.centres.CentreView;
import vn.edu.ecenter.centres.Centres;
import vn.edu.ecenter.centres.CreateCentre;
import vn.edu.ecenter.centres.CreateSchoolYear;
import vn.edu.ecenter.centres.SchoolYearView;
import vn.edu.ecenter.centres.SemesterView;
import vn.edu.ecenter.identity.Role;
import vn.edu.ecenter.identity.SignedInUser;
import vn.edu.ecenter.people.Sex;
import vn.edu.ecenter.platform.tenancy.Tenancy;
import vn.edu.ecenter.shared.PersonName;
import vn.edu.ecenter.support.TestAccounts;

/**
 * Learners, staff and school years of the demo centre for academics tests. Learners and staff are written straight
 * into module people's tables (the people service is built in parallel); codes are random so tests do not collide.
 */
@Component
public class AcademicsFixture {

    private final JdbcClient jdbc;
    private final Tenancy tenancy;
    private final TestAccounts accounts;
    private final Centres centres;
    private final Academics academics;

    AcademicsFixture(JdbcClient jdbc, Tenancy tenancy, TestAccounts accounts, Centres centres, Academics academics) {
        this.academics = academics;
        this.jdbc = jdbc;
        this.tenancy = tenancy;
        this.accounts = accounts;
        this.centres = centres;
    }

    /** The centre the fixture works in on this thread: the demo centre, or another one inside {@link #inCentre}. */
    private final ThreadLocal<UUID> elsewhere = new ThreadLocal<>();

    public UUID centre() {
        UUID other = elsewhere.get();
        return other != null ? other : accounts.demoCentre();
    }

    /**
     * Runs work with the fixture in another centre: its users, learners, staff and accounts are that centre's (for
     * tests of a deployment that hosts several centres).
     */
    public <T> T inCentre(UUID centre, Supplier<T> work) {
        UUID before = elsewhere.get();
        elsewhere.set(centre);
        try {
            return work.get();
        } finally {
            if (before == null) {
                elsewhere.remove();
            } else {
                elsewhere.set(before);
            }
        }
    }

    /** Runs work as a signed-in user of the demo centre with the given role (and account, for a teacher). */
    public <T> T as(Role role, @Nullable UUID accountId, Supplier<T> work) {
        return as(role, accountId, "test." + role.name().toLowerCase(), work);
    }

    /** Runs work as a teacher made by {@link #teacherWithAccount}, under their own username (as audit names them). */
    public <T> T as(Teacher teacher, Supplier<T> work) {
        return as(Role.TEACHER, teacher.accountId(), teacher.username(), work);
    }

    private <T> T as(Role role, @Nullable UUID accountId, String username, Supplier<T> work) {
        var user = new SignedInUser(
                accountId == null ? UUID.randomUUID() : accountId,
                username,
                "Người thử",
                EnumSet.of(role),
                centre(),
                false);
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                user,
                null,
                org.springframework.security.core.authority.AuthorityUtils.createAuthorityList(role.authority())));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /**
     * Another centre of the deployment (named with a unique code), given the demo centre's current school year so that
     * classes can be opened in it; work in it with {@link #inCentre}.
     */
    public CentreView otherCentre(String name) {
        String code = "T" + unique().toUpperCase(java.util.Locale.ROOT);
        CentreView centre = TestAccounts.asSystemAdministrator(
                () -> centres.createCentre(new CreateCentre(code, name + " " + code, null, null, null)));
        SchoolYearView year = currentYear();
        inCentre(
                centre.id(),
                () -> asDirector(() -> centres.addSchoolYear(
                        new CreateSchoolYear(year.name(), year.startsOn(), year.endsOn(), true, year.semesters()))));
        return centre;
    }

    public <T> T asDirector(Supplier<T> work) {
        return as(Role.DIRECTOR, null, work);
    }

    public void asDirector(Runnable work) {
        asDirector(() -> {
            work.run();
            return null;
        });
    }

    public static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    /** A learner row; the full name is họ đệm tên. */
    public UUID learner(String family, String middle, String given, LocalDate birthDate, Sex sex) {
        PersonName name = PersonName.of(family, middle, given);
        UUID id = UUID.randomUUID();
        tenancy.inCentre(centre(), () -> {
            jdbc.sql("""
                    INSERT INTO people.learner (centre_id, id, code, family_name, middle_name, given_name, full_name,
                                                search_key, birth_date, sex)
                    VALUES (platform.current_centre(), ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
                    .params(
                            id,
                            "HV" + unique(),
                            name.family(),
                            name.middle(),
                            name.given(),
                            name.fullName(),
                            name.searchKey(),
                            birthDate,
                            sex.name())
                    .update();
        });
        return id;
    }

    public UUID learner(String fullName) {
        PersonName name = PersonName.parse(fullName);
        return learner(name.family(), name.middle(), name.given(), LocalDate.of(2010, 1, 15), Sex.FEMALE);
    }

    public String learnerCode(UUID learnerId) {
        return tenancy.inCentre(centre(), () -> jdbc.sql("SELECT code FROM people.learner WHERE id = ?")
                .param(learnerId)
                .query(String.class)
                .single());
    }

    /** A learner enrolled in the class from {@code from}; returns the id. */
    public UUID enrolledLearner(String fullName, UUID classId, LocalDate from) {
        UUID learner = learner(fullName);
        asDirector(() -> academics.enrol(new Enrol(learner, classId, from, null)));
        return learner;
    }

    /** Opens an account (role LEARNER) for the learner; returns its id. */
    public UUID learnerAccount(UUID learnerId) {
        return accounts.idOf(learnerLogin(learnerId));
    }

    /** Opens an account (role LEARNER, password {@link TestAccounts#PASSWORD}) for the learner; returns its username. */
    public String learnerLogin(UUID learnerId) {
        String username = accounts.open(Role.LEARNER, centre());
        UUID account = accounts.idOf(username);
        tenancy.inCentre(centre(), () -> {
            jdbc.sql("UPDATE people.learner SET account_id = ? WHERE id = ?")
                    .params(account, learnerId)
                    .update();
        });
        return username;
    }

    /** A teacher row, linked to an account when given. */
    public UUID teacher(String fullName, @Nullable UUID accountId, int norm) {
        PersonName name = PersonName.parse(fullName);
        UUID id = UUID.randomUUID();
        tenancy.inCentre(centre(), () -> {
            jdbc.sql("""
                    INSERT INTO people.staff_member (centre_id, id, code, family_name, middle_name, given_name, full_name,
                                                     search_key, position, workload_norm, account_id)
                    VALUES (platform.current_centre(), ?, ?, ?, ?, ?, ?, ?, 'TEACHER', ?, ?)
                    """)
                    .params(
                            id,
                            "GV" + unique(),
                            name.family(),
                            name.middle(),
                            name.given(),
                            name.fullName(),
                            name.searchKey(),
                            norm,
                            accountId)
                    .update();
        });
        return id;
    }

    /** A teacher with an account (role TEACHER, password {@link TestAccounts#PASSWORD}); returns staff id and username. */
    public Teacher teacherWithAccount(String fullName) {
        String username = accounts.open(Role.TEACHER, centre());
        UUID accountId = accounts.idOf(username);
        return new Teacher(teacher(fullName, accountId, 17), accountId, username);
    }

    public record Teacher(UUID staffId, UUID accountId, String username) {}

    /** A school year that is not current, named uniquely, 35 weeks from 7 September of the given year. */
    public SchoolYearView schoolYear(int startYear) {
        return asDirector(() -> centres.addSchoolYear(new CreateSchoolYear(
                startYear + "-" + (startYear + 1) + "-" + unique(),
                LocalDate.of(startYear, 9, 5),
                LocalDate.of(startYear + 1, 5, 31),
                false,
                List.of(
                        new SemesterView(1, LocalDate.of(startYear, 9, 7), LocalDate.of(startYear + 1, 1, 16), 18),
                        new SemesterView(
                                2, LocalDate.of(startYear + 1, 1, 18), LocalDate.of(startYear + 1, 5, 29), 17)))));
    }

    public SchoolYearView currentYear() {
        return asDirector(() -> centres.currentSchoolYear().orElseThrow());
    }

    public static Set<String> set(String... values) {
        return Set.of(values);
    }
}
