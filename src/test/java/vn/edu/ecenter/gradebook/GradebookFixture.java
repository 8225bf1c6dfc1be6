package vn.edu.ecenter.gradebook;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.edu.ecenter.academics.Academics;
import vn.edu.ecenter.academics.AcademicsFixture;
import vn.edu.ecenter.academics.AcademicsFixture.Teacher;
import vn.edu.ecenter.academics.Assign;
import vn.edu.ecenter.academics.ClassSession;
import vn.edu.ecenter.academics.CreateClass;
import vn.edu.ecenter.academics.Enrol;
import vn.edu.ecenter.academics.SubjectView;
import vn.edu.ecenter.identity.Role;
import vn.edu.ecenter.platform.tenancy.Tenancy;

/**
 * A class of the demo centre's current school year for gradebook tests, opened fresh for each test (random names and
 * codes): homeroom teacher {@code homeroom}, mathematics (105 periods, 4 ĐĐGtx) and informatics (an elective, 70
 * periods, 3 ĐĐGtx) taught by {@code maths}, history (52 periods, 3 ĐĐGtx) by {@code history}. Learners An and Bình
 * chose a combination with informatics, Chi one without it.
 */
@Component
public class GradebookFixture {

    private final AcademicsFixture academicsFixture;
    private final Academics academics;
    private final Tenancy tenancy;
    private final JdbcClient jdbc;

    GradebookFixture(AcademicsFixture academicsFixture, Academics academics, Tenancy tenancy, JdbcClient jdbc) {
        this.academicsFixture = academicsFixture;
        this.academics = academics;
        this.tenancy = tenancy;
        this.jdbc = jdbc;
    }

    /** Counts rows of the demo centre (its row-level security applies); the query is the test's own SQL. */
    public int count(String sql, Object... parameters) {
        return tenancy.inCentre(
                academicsFixture.centre(),
                () -> jdbc.sql(sql).params(parameters).query(Integer.class).single());
    }

    /** The class and its people. */
    public record Book(
            UUID classId,
            String className,
            UUID toan,
            UUID tin,
            UUID su,
            Teacher homeroom,
            Teacher maths,
            Teacher history,
            UUID an,
            UUID binh,
            UUID chi) {}

    public Book open() {
        var year = academicsFixture.currentYear();
        academicsFixture.asDirector(() -> academics.installStandardProgramme());
        Teacher homeroom = academicsFixture.teacherWithAccount("Phạm Thị Chủ Nhiệm");
        Teacher maths = academicsFixture.teacherWithAccount("Nguyễn Văn Toán");
        Teacher history = academicsFixture.teacherWithAccount("Lê Thị Sử");
        String unique = AcademicsFixture.unique();
        String className = "GB" + unique;
        UUID classId = academicsFixture
                .asDirector(() -> academics.createClass(
                        new CreateClass(year.id(), className, 10, ClassSession.EVENING, null, homeroom.staffId())))
                .id();
        UUID withTin = academicsFixture
                .asDirector(() -> academics.defineCombination(
                        "KT" + unique.toUpperCase(), "Tự nhiên có Tin", List.of("LY", "HOA", "SINH", "TIN")))
                .id();
        UUID withoutTin = academicsFixture
                .asDirector(() -> academics.defineCombination(
                        "KX" + unique.toUpperCase(), "Xã hội", List.of("DIA", "KTPL", "LY", "HOA")))
                .id();
        UUID an = academicsFixture.learner("Trần Văn An");
        UUID binh = academicsFixture.learner("Lê Thị Bình");
        UUID chi = academicsFixture.learner("Đỗ Minh Chi");
        academicsFixture.asDirector(() -> academics.enrolAll(List.of(
                new Enrol(an, classId, year.startsOn(), withTin),
                new Enrol(binh, classId, year.startsOn(), withTin),
                new Enrol(chi, classId, year.startsOn(), withoutTin))));
        UUID toan = subject("TOAN");
        UUID tin = subject("TIN");
        UUID su = subject("SU");
        academicsFixture.asDirector(() -> academics.assignAll(List.of(
                new Assign(classId, toan, maths.staffId(), BigDecimal.valueOf(3)),
                new Assign(classId, tin, maths.staffId(), BigDecimal.valueOf(2)),
                new Assign(classId, su, history.staffId(), BigDecimal.valueOf(1.5)))));
        return new Book(classId, className, toan, tin, su, homeroom, maths, history, an, binh, chi);
    }

    UUID subject(String code) {
        return academicsFixture.asDirector(() -> academics.subjects().stream()
                .filter(s -> s.code().equals(code))
                .map(SubjectView::id)
                .findFirst()
                .orElseThrow());
    }

    public <T> T as(Teacher teacher, Supplier<T> work) {
        return academicsFixture.as(Role.TEACHER, teacher.accountId(), work);
    }

    void as(Teacher teacher, Runnable work) {
        as(teacher, () -> {
            work.run();
            return null;
        });
    }

    public <T> T asDirector(Supplier<T> work) {
        return academicsFixture.asDirector(work);
    }

    void asDirector(Runnable work) {
        academicsFixture.asDirector(work);
    }

    static MarkInput tx(UUID learner, int index, String value) {
        return new MarkInput(learner, "TX", index, value, null);
    }

    static MarkInput mark(UUID learner, String kind, String value) {
        return new MarkInput(learner, kind, null, value, null);
    }
}
