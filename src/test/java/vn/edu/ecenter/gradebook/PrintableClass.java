package vn.edu.ecenter.gradebook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.edu.ecenter.academics.Academics;
import vn.edu.ecenter.academics.AcademicsFixture;
import vn.edu.ecenter.academics.AcademicsFixture.Teacher;
import vn.edu.ecenter.academics.Assign;
import vn.edu.ecenter.academics.ClassSession;
import vn.edu.ecenter.academics.CreateClass;
import vn.edu.ecenter.academics.Enrol;
import vn.edu.ecenter.academics.SubjectView;
import vn.edu.ecenter.centres.SchoolYearView;
import vn.edu.ecenter.gradebook.rules.Rating;
import vn.edu.ecenter.identity.Role;
import vn.edu.ecenter.people.Address;
import vn.edu.ecenter.people.GuardianDetails;
import vn.edu.ecenter.people.LearnerDetails;
import vn.edu.ecenter.people.People;
import vn.edu.ecenter.people.Relation;
import vn.edu.ecenter.people.Sex;
import vn.edu.ecenter.shared.PersonName;

/**
 * A class ready to print, made through the modules' own APIs: learners registered with their particulars (born
 * 14/03/2009 in "Bệnh viện Từ Dũ, Thành phố Hồ Chí Minh", Kinh) and a father each, five scored subjects taught by one
 * teacher, every ĐĐGtx, ĐĐGgk and ĐĐGck of both semesters entered through the score book, conduct Tốt.
 */
@Component
public class PrintableClass {

    public static final List<String> SCORED = List.of("VAN", "TOAN", "SU", "LY", "HOA");
    public static final LocalDate BORN = LocalDate.of(2009, 3, 14);
    public static final String BIRTH_PLACE = "Bệnh viện Từ Dũ, Thành phố Hồ Chí Minh";

    private final AcademicsFixture fixture;
    private final Academics academics;
    private final People people;
    private final Gradebook gradebook;
    private final ScoreLoading loading;

    PrintableClass(
            AcademicsFixture fixture, Academics academics, People people, Gradebook gradebook, ScoreLoading loading) {
        this.fixture = fixture;
        this.academics = academics;
        this.people = people;
        this.gradebook = gradebook;
        this.loading = loading;
    }

    /** What was made: the class, its homeroom and subject teachers, its subjects by code, its learners in order. */
    public record Opened(
            UUID classId,
            String className,
            Teacher homeroom,
            Teacher teacher,
            Map<String, UUID> subjects,
            List<UUID> learners,
            List<String> codes) {}

    /** A class of grade 10 in the current school year; learner n is "Nguyễn Văn Học n" (the first is "Trần Văn An"). */
    public Opened open(int size) {
        fixture.asDirector(() -> academics.installStandardProgramme());
        Teacher homeroom = fixture.teacherWithAccount("Phạm Thị Chủ Nhiệm");
        Teacher teacher = fixture.teacherWithAccount("Nguyễn Văn Bộ Môn");
        String unique = AcademicsFixture.unique();
        SchoolYearView year = fixture.currentYear();
        String className = "HB" + unique;
        Map<String, UUID> subjects = subjects();
        UUID classId = classOf(year, className, 10, homeroom, teacher, subjects);
        List<String> codes = new ArrayList<>();
        List<UUID> learners = register(size, "HB" + unique, codes);
        enrol(learners, classId, year);
        scoreEverything(classId, subjects, homeroom, learners, "8,5");
        return new Opened(classId, className, homeroom, teacher, subjects, learners, codes);
    }

    /**
     * A class of grade 12 whose learners studied grades 10 and 11 in the two years before it: three school years that
     * are not current, every mark of each year entered (8,5, then 7, then 6), the year-end rollover run after grades 10
     * and 11 (their enrolments COMPLETED). Returns the grade-12 class.
     *
     * @param startYear the first year's starting year
     */
    public Opened openThroughThreeYears(int size, int startYear) {
        fixture.asDirector(() -> academics.installStandardProgramme());
        Teacher homeroom = fixture.teacherWithAccount("Phạm Thị Chủ Nhiệm");
        Teacher teacher = fixture.teacherWithAccount("Nguyễn Văn Bộ Môn");
        String unique = AcademicsFixture.unique().toUpperCase();
        Map<String, UUID> subjects = subjects();
        List<SchoolYearView> years = List.of(
                fixture.schoolYear(startYear), fixture.schoolYear(startYear + 1), fixture.schoolYear(startYear + 2));
        List<UUID> classes = new ArrayList<>();
        for (int grade = 10; grade <= 12; grade++) {
            classes.add(classOf(years.get(grade - 10), grade + "B" + unique, grade, homeroom, teacher, subjects));
        }
        List<String> codes = new ArrayList<>();
        List<UUID> learners = register(size, "HB" + unique, codes);
        enrol(learners, classes.get(0), years.get(0));
        List<String> marks = List.of("8,5", "7", "6");
        for (int i = 0; i < 3; i++) {
            scoreEverything(classes.get(i), subjects, homeroom, learners, marks.get(i));
            if (i < 2) {
                int from = i;
                fixture.asDirector(() -> academics.runRollover(
                        years.get(from).id(), years.get(from + 1).id()));
            }
        }
        return new Opened(classes.get(2), "12B" + unique, homeroom, teacher, subjects, learners, codes);
    }

    private UUID classOf(
            SchoolYearView year,
            String name,
            int grade,
            Teacher homeroom,
            Teacher teacher,
            Map<String, UUID> subjects) {
        UUID classId = fixture.asDirector(() -> academics.createClass(
                        new CreateClass(year.id(), name, grade, ClassSession.EVENING, null, homeroom.staffId())))
                .id();
        assign(classId, subjects, teacher);
        return classId;
    }

    /** The five scored subjects of a class, all taught by one teacher (2 periods a week each). */
    public void assign(UUID classId, Map<String, UUID> subjects, Teacher teacher) {
        List<Assign> assignments = new ArrayList<>();
        for (String code : SCORED) {
            assignments.add(new Assign(classId, subjects.get(code), teacher.staffId(), BigDecimal.valueOf(2)));
        }
        fixture.asDirector(() -> academics.assignAll(assignments));
    }

    /** Registers the learners through people, each with a father; adds their codes to {@code codes}. */
    private List<UUID> register(int size, String prefix, List<String> codes) {
        List<LearnerDetails> details = new ArrayList<>();
        for (int n = 0; n < size; n++) {
            String code = prefix + n;
            codes.add(code);
            details.add(new LearnerDetails(
                    code,
                    PersonName.parse(n == 0 ? "Trần Văn An" : "Nguyễn Văn Học " + n),
                    BORN,
                    Sex.MALE,
                    "Kinh",
                    null,
                    null,
                    BIRTH_PLACE,
                    null,
                    null,
                    new Address("12 Lê Lợi", "Phường Sài Gòn", "Thành phố Hồ Chí Minh", null),
                    null,
                    null,
                    null,
                    null));
        }
        List<UUID> learners = fixture.asDirector(() -> people.registerLearners(details));
        for (UUID learner : learners) {
            String phone = "09" + (10_000_000 + new java.util.Random().nextInt(89_999_999));
            fixture.asDirector(() -> people.linkGuardian(
                    learner,
                    new GuardianDetails(PersonName.parse("Trần Văn Cha"), phone, null, null),
                    Relation.FATHER));
        }
        return learners;
    }

    private void enrol(List<UUID> learners, UUID classId, SchoolYearView year) {
        fixture.asDirector(() -> academics.enrolAll(learners.stream()
                .map(learner -> new Enrol(learner, classId, year.startsOn(), null))
                .toList()));
    }

    /** The standard programme's scored subjects used here, by code. */
    public Map<String, UUID> subjects() {
        Map<String, UUID> subjects = new HashMap<>();
        for (SubjectView subject : fixture.asDirector(() -> academics.subjects())) {
            if (SCORED.contains(subject.code())) {
                subjects.put(subject.code(), subject.id());
            }
        }
        return subjects;
    }

    /** Every mark of both semesters of the five subjects for every learner, and conduct Tốt (by the homeroom teacher). */
    public void scoreEverything(
            UUID classId, Map<String, UUID> subjects, Teacher homeroom, List<UUID> learners, String mark) {
        Map<UUID, String> marks = new HashMap<>();
        learners.forEach(learner -> marks.put(learner, mark));
        score(classId, subjects, homeroom, marks);
    }

    /**
     * Each learner's one mark in every column of both semesters of the five subjects, and conduct Tốt for them (by the
     * homeroom teacher); learners of the class not in {@code marks} get nothing.
     */
    public void score(UUID classId, Map<String, UUID> subjects, Teacher homeroom, Map<UUID, String> marks) {
        for (String code : SCORED) {
            for (int semester = 1; semester <= 2; semester++) {
                int s = semester;
                fixture.as(
                        Role.SYSTEM_ADMIN,
                        null,
                        () -> loading.loadScores(
                                classId, subjects.get(code), s, (learner, slot) -> marks.get(learner)));
            }
        }
        for (int semester = 1; semester <= 2; semester++) {
            int s = semester;
            fixture.as(Role.TEACHER, homeroom.accountId(), () -> {
                gradebook.saveConduct(
                        classId,
                        s,
                        marks.keySet().stream()
                                .map(learner -> new ConductInput(learner, Rating.TOT.name(), null))
                                .toList());
                return null;
            });
        }
    }
}
