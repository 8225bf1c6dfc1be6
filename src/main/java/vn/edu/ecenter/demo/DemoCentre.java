package vn.edu.ecenter.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.edu.ecenter.centres.CentreView;
import vn.edu.ecenter.centres.Centres;
import vn.edu.ecenter.centres.CreateCentre;
import vn.edu.ecenter.centres.CreateSchoolYear;
import vn.edu.ecenter.centres.SchoolYearView;
import vn.edu.ecenter.centres.SemesterView;
import vn.edu.ecenter.identity.Identity;
import vn.edu.ecenter.identity.ProvisionAccount;
import vn.edu.ecenter.identity.Role;
import vn.edu.ecenter.identity.SignedInUser;
import vn.edu.ecenter.platform.tenancy.Tenancy;

/**
 * Loads the demo centre once, in one transaction: the centre, its school year, the accounts and all the records
 * ({@link DemoRecords}) are committed together or not at all. A first start stopped midway (killed, out of memory, a
 * failure) therefore leaves no half-loaded centre behind, and the next start loads it whole. The demo password exists
 * only here, and this class runs only in demo mode; every demo account is listed in the README.
 */
@Component
@ConditionalOnProperty(name = "ecenter.demo", havingValue = "true")
@Order(0)
class DemoCentre implements ApplicationRunner {

    static final String CODE = "LQD";
    static final String NAME = "Trung tâm GDTX Lê Quý Đôn (demo)";
    /** Demo mode only; documented in the README. */
    static final String DEMO_PASSWORD = "Demo@2026";

    /** The homeroom teacher of 10A1 and teacher of mathematics, {@code gv.toan}. */
    static final String TEACHER_NAME = "Nguyễn Thị Ánh Tuyết";

    private static final Logger log = LoggerFactory.getLogger(DemoCentre.class);

    private final Centres centres;
    private final Identity identity;
    private final Tenancy tenancy;
    private final DemoRecords records;
    private final DemoTimetable timetable;
    private final DemoAssessment assessment;
    private final DemoScores scores;

    DemoCentre(
            Centres centres,
            Identity identity,
            Tenancy tenancy,
            DemoRecords records,
            DemoScores scores,
            DemoTimetable timetable,
            DemoAssessment assessment) {
        this.assessment = assessment;
        this.centres = centres;
        this.identity = identity;
        this.tenancy = tenancy;
        this.records = records;
        this.timetable = timetable;
        this.scores = scores;
    }

    record DemoAccount(String username, String fullName, Role role) {}

    static final List<DemoAccount> STAFF = List.of(
            new DemoAccount("giamdoc", "Trần Văn Minh", Role.DIRECTOR),
            new DemoAccount("vanthu", "Lê Thị Hồng Nhung", Role.CLERK),
            new DemoAccount("ketoan", "Phạm Thị Thu Hà", Role.ACCOUNTANT),
            new DemoAccount("thuvien", "Võ Thị Ngọc Ánh", Role.LIBRARIAN),
            new DemoAccount("gv.toan", TEACHER_NAME, Role.TEACHER));

    @Override
    public void run(ApplicationArguments args) {
        var system = UsernamePasswordAuthenticationToken.authenticated(
                "system", null, AuthorityUtils.createAuthorityList(Role.SYSTEM_ADMIN.authority()));
        SecurityContextHolder.getContext().setAuthentication(system);
        try {
            load();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /**
     * Everything in one transaction (in system scope; the records are written in the centre's scope within it): the
     * "does the centre exist" check and the load that follows see the same database, and nothing is visible to anyone
     * else before the whole demo centre is.
     */
    private void load() {
        tenancy.asSystem(() -> {
            Optional<CentreView> existing = centres.allCentres().stream()
                    .filter(centre -> centre.code().equals(CODE))
                    .findFirst();
            if (existing.isPresent()) {
                warnIfIncomplete(existing.get().id());
                return;
            }
            loadAll();
        });
    }

    /**
     * A demo centre left half-loaded by a version that loaded it in many transactions cannot be told apart from one the
     * centre has since changed, so it is not touched; the log says how to start again.
     */
    private void warnIfIncomplete(UUID centreId) {
        asAdministratorIn(centreId, () -> {
            String demoYear = schoolYear2026().name();
            boolean complete = centres.schoolYears().stream()
                    .filter(year -> year.name().equals(demoYear))
                    .findFirst()
                    .map(year -> records.looksComplete(year.id()))
                    .orElse(false);
            if (!complete) {
                log.warn(
                        "The demo centre \"{}\" is incomplete (a first start of an older version was stopped while"
                                + " loading it). Delete the data folder to load it again.",
                        NAME);
            }
        });
    }

    private void loadAll() {
        log.info("Loading the demo centre \"{}\" (demo mode)", NAME);
        CentreView centre = centres.createCentre(new CreateCentre(
                CODE,
                NAME,
                "123 Nguyễn Văn Cừ, Phường Chợ Quán, TP. Hồ Chí Minh",
                "028 3835 0000",
                "lequydon.demo@ecenter.local"));
        SchoolYearView year = tenancy.inCentre(centre.id(), () -> centres.addSchoolYear(schoolYear2026()));
        identity.provisionAccount(new ProvisionAccount(
                null,
                "admin",
                "Quản trị hệ thống",
                "admin@ecenter.local",
                Set.of(Role.SYSTEM_ADMIN),
                DEMO_PASSWORD,
                false));
        for (DemoAccount account : STAFF) {
            identity.provisionAccount(new ProvisionAccount(
                    centre.id(),
                    account.username(),
                    account.fullName(),
                    account.username() + "@lequydon.demo",
                    Set.of(account.role()),
                    DEMO_PASSWORD,
                    false));
        }
        asAdministratorIn(centre.id(), () -> records.load(centre.id(), year, DEMO_PASSWORD));
        asAdministratorIn(centre.id(), () -> scores.load(year));
        asAdministratorIn(centre.id(), () -> timetable.load(centre.id(), year));
        asAdministratorIn(centre.id(), () -> assessment.load(centre.id(), year));
        log.info("Demo centre loaded");
    }

    /** Runs the work as the system administrator acting inside the centre, as the administrator's tools do. */
    private void asAdministratorIn(UUID centreId, Runnable work) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        var administrator =
                new SignedInUser(new UUID(0, 0), "system", "Dữ liệu mẫu", Set.of(Role.SYSTEM_ADMIN), centreId, false);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        administrator, null, AuthorityUtils.createAuthorityList(Role.SYSTEM_ADMIN.authority())));
        try {
            tenancy.inCentre(centreId, work);
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    /**
     * 2026–2027 as demo data: semester I has 18 teaching weeks, semester II 17 (the Ministry's framework); the dates
     * themselves are an assumption until the city publishes its calendar, and the centre edits them.
     */
    static CreateSchoolYear schoolYear2026() {
        return new CreateSchoolYear(
                "2026-2027",
                LocalDate.of(2026, 9, 5),
                LocalDate.of(2027, 5, 31),
                true,
                List.of(
                        new SemesterView(1, LocalDate.of(2026, 9, 7), LocalDate.of(2027, 1, 16), 18),
                        new SemesterView(2, LocalDate.of(2027, 1, 18), LocalDate.of(2027, 5, 29), 17)));
    }
}
