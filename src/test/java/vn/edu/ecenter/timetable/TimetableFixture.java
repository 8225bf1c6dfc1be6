package vn.edu.ecenter.timetable;

import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.edu.ecenter.academics.Academics;
import vn.edu.ecenter.academics.AcademicsFixture;
import vn.edu.ecenter.academics.Assign;
import vn.edu.ecenter.academics.ClassSession;
import vn.edu.ecenter.academics.ClassView;
import vn.edu.ecenter.academics.CreateClass;
import vn.edu.ecenter.centres.SchoolYearView;
import vn.edu.ecenter.identity.Role;
import vn.edu.ecenter.platform.jobs.Jobs;
import vn.edu.ecenter.platform.tenancy.Tenancy;
import vn.edu.ecenter.support.TestAccounts;

/**
 * A small centre with a timetable to print, export and subscribe to: a school year with two morning classes (rooms
 * P.10A1 and P.10A2); Hà (with an account) teaches Toán in both, 3 periods a week each; Lan Ngữ văn, 3 each; Minh Tin
 * học, 1.5 a week each (2 periods in the timetable).
 */
@Component
public class TimetableFixture {

    static final Duration PATIENCE = Duration.ofMinutes(2);

    private final AcademicsFixture fixture;
    private final Academics academics;
    private final Timetables timetables;
    private final Jobs jobs;
    private final Tenancy tenancy;
    private final JdbcClient jdbc;
    private final TestAccounts accounts;

    TimetableFixture(
            AcademicsFixture fixture,
            Academics academics,
            Timetables timetables,
            Jobs jobs,
            Tenancy tenancy,
            JdbcClient jdbc,
            TestAccounts accounts) {
        this.fixture = fixture;
        this.academics = academics;
        this.timetables = timetables;
        this.jobs = jobs;
        this.tenancy = tenancy;
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    public record Centre(
            SchoolYearView year, ClassView a1, ClassView a2, AcademicsFixture.Teacher ha, UUID lan, UUID minh) {}

    public Centre centre(int startYear) {
        fixture.asDirector(() -> academics.installStandardProgramme());
        SchoolYearView year = fixture.schoolYear(startYear);
        ClassView a1 = openClass(year, "10A1");
        ClassView a2 = openClass(year, "10A2");
        AcademicsFixture.Teacher ha = fixture.teacherWithAccount("Nguyễn Thị Hà");
        UUID lan = fixture.teacher("Trần Văn Lan", null, 17);
        UUID minh = fixture.teacher("Lê Minh", null, 17);
        fixture.asDirector(() -> academics.assignAll(List.of(
                new Assign(a1.id(), subject("TOAN"), ha.staffId(), new BigDecimal("3")),
                new Assign(a2.id(), subject("TOAN"), ha.staffId(), new BigDecimal("3")),
                new Assign(a1.id(), subject("VAN"), lan, new BigDecimal("3")),
                new Assign(a2.id(), subject("VAN"), lan, new BigDecimal("3")),
                new Assign(a1.id(), subject("TIN"), minh, new BigDecimal("1.5")),
                new Assign(a2.id(), subject("TIN"), minh, new BigDecimal("1.5")))));
        return new Centre(year, a1, a2, ha, lan, minh);
    }

    /** A draft in force from the date (a copy of another version when given), solved. */
    public VersionView solvedDraft(Centre centre, LocalDate effectiveFrom, @Nullable UUID copyOf) {
        VersionView draft =
                fixture.asDirector(() -> timetables.createDraft(centre.year().id(), effectiveFrom, copyOf));
        return solve(draft.id(), 1);
    }

    /** Solves a draft for 2 seconds with the seed, as the director, and waits for the job to finish. */
    public VersionView solve(UUID versionId, long seed) {
        UUID job = fixture.asDirector(() -> timetables.solve(versionId, 2, seed));
        await().atMost(PATIENCE)
                .until(() -> fixture.asDirector(() -> jobs.view(job)).finished());
        return fixture.asDirector(() -> timetables.version(versionId));
    }

    /** A version solved, submitted by a clerk and published by the director. */
    public VersionView published(Centre centre, LocalDate effectiveFrom, @Nullable UUID copyOf) {
        VersionView solved = solvedDraft(centre, effectiveFrom, copyOf);
        fixture.as(Role.CLERK, null, () -> timetables.submit(solved.id()));
        return fixture.asDirector(() -> timetables.publish(solved.id()));
    }

    /** A learner enrolled in the class from the start of its year, with an account of their own; returns the id. */
    public UUID enrolledLearner(String fullName, ClassView schoolClass, SchoolYearView year) {
        return fixture.enrolledLearner(fullName, schoolClass.id(), year.startsOn());
    }

    /** Opens an account (role LEARNER) for the learner; returns its id. */
    public UUID learnerAccount(UUID learnerId) {
        return fixture.learnerAccount(learnerId);
    }

    /** A morning class of grade 10 in the year, in room "P.<name>". */
    public ClassView openClass(SchoolYearView year, String name) {
        return fixture.asDirector(() ->
                academics.createClass(new CreateClass(year.id(), name, 10, ClassSession.MORNING, "P." + name, null)));
    }

    /** The id of the programme's subject with the code. */
    public UUID subject(String code) {
        return fixture.asDirector(() -> academics.subjects().stream()
                .filter(s -> s.code().equals(code))
                .findFirst()
                .orElseThrow()
                .id());
    }
}
