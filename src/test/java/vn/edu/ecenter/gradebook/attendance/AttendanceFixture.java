package vn.edu.ecenter.gradebook.attendance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.edu.ecenter.academics.Academics;
import vn.edu.ecenter.academics.AcademicsFixture;
import vn.edu.ecenter.academics.AcademicsFixture.Teacher;
import vn.edu.ecenter.academics.Assign;
import vn.edu.ecenter.academics.ClassSession;
import vn.edu.ecenter.academics.ClassView;
import vn.edu.ecenter.academics.CreateClass;
import vn.edu.ecenter.academics.Enrol;
import vn.edu.ecenter.centres.SchoolYearView;
import vn.edu.ecenter.identity.Role;
import vn.edu.ecenter.platform.clock.BusinessClock;
import vn.edu.ecenter.platform.tenancy.Tenancy;
import vn.edu.ecenter.support.TestAccounts;

/**
 * A class of the demo centre's current school year for attendance tests: its homeroom teacher, the teacher of one of
 * its subjects and a teacher of another class, each with an account, and a few learners enrolled from the first day.
 * Every class gets fresh names and codes, so tests do not see each other's records.
 */
@Component
public class AttendanceFixture {

    private final AcademicsFixture academicsFixture;
    private final Academics academics;
    private final BusinessClock clock;
    private final TestAccounts accounts;
    private final Tenancy tenancy;
    private final JdbcClient jdbc;

    AttendanceFixture(
            AcademicsFixture academicsFixture,
            Academics academics,
            BusinessClock clock,
            TestAccounts accounts,
            Tenancy tenancy,
            JdbcClient jdbc) {
        this.academicsFixture = academicsFixture;
        this.academics = academics;
        this.clock = clock;
        this.accounts = accounts;
        this.tenancy = tenancy;
        this.jdbc = jdbc;
    }

    /** A class with its people; learners by full name, in the order given. */
    public record SchoolClass(
            SchoolYearView year,
            ClassView view,
            Teacher homeroom,
            Teacher subjectTeacher,
            Teacher outsider,
            Map<String, UUID> learners) {

        public UUID id() {
            return view.id();
        }

        public UUID learner(String fullName) {
            UUID id = learners.get(fullName);
            if (id == null) {
                throw new IllegalArgumentException("No learner " + fullName + " in " + view.name());
            }
            return id;
        }
    }

    public SchoolClass schoolClass(String... learnerNames) {
        SchoolYearView year = academicsFixture.currentYear();
        academicsFixture.asDirector(() -> academics.installStandardProgramme());
        Teacher homeroom = academicsFixture.teacherWithAccount("Nguyễn Thị Chủ Nhiệm");
        Teacher subjectTeacher = academicsFixture.teacherWithAccount("Trần Văn Bộ Môn");
        Teacher outsider = academicsFixture.teacherWithAccount("Lê Văn Lớp Khác");
        ClassView view = academicsFixture.asDirector(() -> academics.createClass(new CreateClass(
                year.id(), "DD" + AcademicsFixture.unique(), 10, ClassSession.MORNING, null, homeroom.staffId())));
        Map<String, UUID> learners = new LinkedHashMap<>();
        for (String name : learnerNames) {
            learners.put(name, academicsFixture.learner(name));
        }
        academicsFixture.asDirector(() -> academics.enrolAll(learners.values().stream()
                .map(id -> new Enrol(id, view.id(), year.startsOn(), null))
                .toList()));
        UUID van = academicsFixture.asDirector(() -> academics.subjects()).stream()
                .filter(subject -> subject.code().equals("VAN"))
                .findFirst()
                .orElseThrow()
                .id();
        academicsFixture.asDirector(
                () -> academics.assign(new Assign(view.id(), van, subjectTeacher.staffId(), new BigDecimal("3"))));
        return new SchoolClass(year, view, homeroom, subjectTeacher, outsider, learners);
    }

    /** The last {@code count} school days up to today, oldest first (the current year has had at least as many). */
    public List<LocalDate> pastSchoolDays(int count) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = clock.today(); days.size() < count; day = day.minusDays(1)) {
            if (isSchoolDay(day)) {
                days.addFirst(day);
            }
        }
        return days;
    }

    /** The first school day after today. */
    public LocalDate nextSchoolDay() {
        LocalDate day = clock.today().plusDays(1);
        while (!isSchoolDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    private boolean isSchoolDay(LocalDate day) {
        return academicsFixture.asDirector(() -> academics.isSchoolDay(day));
    }

    /** The latest school day up to today. */
    public LocalDate lastSchoolDay() {
        return pastSchoolDays(1).getFirst();
    }

    public <T> T as(Teacher teacher, Supplier<T> work) {
        return academicsFixture.as(Role.TEACHER, teacher.accountId(), work);
    }

    public <T> T as(Role role, Supplier<T> work) {
        return academicsFixture.as(role, null, work);
    }

    /** An account of the demo centre signed in as the learner (role LEARNER), with {@link TestAccounts#PASSWORD}. */
    public String learnerAccount(UUID learnerId) {
        String username = accounts.open(Role.LEARNER);
        UUID accountId = accounts.idOf(username);
        tenancy.inCentre(academicsFixture.centre(), () -> {
            jdbc.sql("UPDATE people.learner SET account_id = ? WHERE id = ?")
                    .params(accountId, learnerId)
                    .update();
        });
        return username;
    }

    public <T> T asLearnerAccount(String username, Supplier<T> work) {
        return academicsFixture.as(Role.LEARNER, accounts.idOf(username), work);
    }

    /** Rows of the class's attendance in the database, whatever the user may see. */
    public int rows(UUID classId) {
        return count("SELECT count(*) FROM gradebook.attendance WHERE class_id = ?", classId);
    }

    /** Rows of attendance of a demo class (the demo's own school year, 2026-2027). */
    public int demoAttendanceRows(String className) {
        return count("""
                SELECT count(*) FROM gradebook.attendance a
                JOIN academics.school_class c ON c.centre_id = a.centre_id AND c.id = a.class_id
                JOIN centres.school_year y ON y.centre_id = c.centre_id AND y.id = c.school_year_id
                WHERE y.name = '2026-2027' AND c.name = ?
                """, className);
    }

    /** Corrections of the class's attendance in the database. */
    public int corrections(UUID classId) {
        return count("SELECT count(*) FROM gradebook.attendance_change WHERE class_id = ?", classId);
    }

    /** Counts rows inside the demo centre (attendance is visible only there); the query is the test's own SQL. */
    private int count(String sql, Object... parameters) {
        return tenancy.inCentre(
                academicsFixture.centre(),
                () -> jdbc.sql(sql).params(parameters).query(Integer.class).single());
    }

    public AcademicsFixture academics() {
        return academicsFixture;
    }
}
