package vn.edu.ecenter.gradebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.edu.ecenter.academics.Academics;
import vn.edu.ecenter.academics.AcademicsFixture;
import vn.edu.ecenter.academics.AcademicsFixture.Teacher;
import vn.edu.ecenter.academics.Assign;
import vn.edu.ecenter.academics.ClassSession;
import vn.edu.ecenter.academics.CreateClass;
import vn.edu.ecenter.academics.Enrol;
import vn.edu.ecenter.academics.RolloverResult;
import vn.edu.ecenter.centres.SchoolYearView;
import vn.edu.ecenter.identity.Role;
import vn.edu.ecenter.platform.jobs.Jobs;
import vn.edu.ecenter.support.EcenterTest;

/**
 * A learner's học bạ keeps every year of grades 10–12 they completed: the year-end rollover marks a finished year's
 * enrolment COMPLETED, and results, the class summary and the học bạ still read it. With all three years complete, the
 * học bạ prints each year's average for graduation and the average of the years (L10 + 2·L11 + 3·L12) / 6.
 */
@EcenterTest
@DisplayName("Học bạ giữ mọi năm học đã hoàn thành sau khi chuyển năm học; điểm trung bình các năm xét tốt nghiệp")
class SchoolRecordYearsTests {

    @Autowired
    AcademicsFixture fixture;

    @Autowired
    Academics academics;

    @Autowired
    PrintableClass printable;

    @Autowired
    ResultPrints prints;

    @Autowired
    Results results;

    @Autowired
    ClassPrints classPrints;

    @Autowired
    Jobs jobs;

    @Test
    @DisplayName("Lớp 10 (8,5), lớp 11 (7,0), lớp 12 (6,0) qua hai lần chuyển năm: học bạ in cả ba năm và 6,75")
    void keepsEveryCompletedYearAfterTheRolloverAndPrintsTheAverageOfTheYears() throws Exception {
        fixture.asDirector(() -> academics.installStandardProgramme());
        Teacher homeroom = fixture.teacherWithAccount("Đặng Thị Ba Năm");
        // Grade 12 has a homeroom teacher who never taught the learner before: the học bạ is theirs to print.
        Teacher homeroom12 = fixture.teacherWithAccount("Mai Văn Lớp Mười Hai");
        Teacher teacher = fixture.teacherWithAccount("Hồ Văn Ba Lớp");
        Map<String, UUID> subjects = printable.subjects();
        String unique = AcademicsFixture.unique().toUpperCase();
        List<SchoolYearView> years =
                List.of(fixture.schoolYear(2040), fixture.schoolYear(2041), fixture.schoolYear(2042));
        List<UUID> classes = new ArrayList<>();
        for (int grade = 10; grade <= 12; grade++) {
            SchoolYearView year = years.get(grade - 10);
            String name = grade + "R" + unique;
            int g = grade;
            UUID classId = fixture.asDirector(() -> academics.createClass(new CreateClass(
                            year.id(),
                            name,
                            g,
                            ClassSession.EVENING,
                            null,
                            (g == 12 ? homeroom12 : homeroom).staffId())))
                    .id();
            List<Assign> assignments = PrintableClass.SCORED.stream()
                    .map(code -> new Assign(classId, subjects.get(code), teacher.staffId(), BigDecimal.valueOf(2)))
                    .toList();
            fixture.asDirector(() -> academics.assignAll(assignments));
            classes.add(classId);
        }
        UUID learner = fixture.learner("Lý Thị Ba Năm");
        fixture.asDirector(() ->
                academics.enrol(new Enrol(learner, classes.get(0), years.get(0).startsOn(), null)));

        printable.scoreEverything(classes.get(0), subjects, homeroom, List.of(learner), "8,5");
        RolloverResult first = fixture.asDirector(
                () -> academics.runRollover(years.get(0).id(), years.get(1).id()));
        assertThat(first.promoted()).isEqualTo(1);
        printable.scoreEverything(classes.get(1), subjects, homeroom, List.of(learner), "7");

        // After one rollover the grade 10 year is COMPLETED and still printed beside grade 11.
        String twoYears = PrintDownloads.text(
                fixture.asDirector(() -> prints.schoolRecord(learner)).content());
        assertThat(twoYears).contains("10R" + unique, "11R" + unique, "8,5", "7,0", "8,50", "7,00");
        ClassResults past = fixture.asDirector(() -> results.classResults(classes.get(0), ResultPeriod.CN));
        assertThat(past.rows()).extracting(ClassResults.Row::learnerId).containsExactly(learner);

        fixture.asDirector(
                () -> academics.runRollover(years.get(1).id(), years.get(2).id()));
        printable.scoreEverything(classes.get(2), subjects, homeroom12, List.of(learner), "6");

        // The homeroom teacher of the latest class prints it: three years, and (8,50 + 2 × 7,00 + 3 × 6,00) / 6 = 6,75.
        String threeYears = PrintDownloads.text(
                asHomeroom12(homeroom12, () -> prints.schoolRecord(learner)).content());
        assertThat(threeYears)
                .contains("10R" + unique, "11R" + unique, "12R" + unique)
                .contains("8,50", "7,00", "6,00")
                .contains("Điểm trung bình các năm học (xét công nhận tốt nghiệp")
                .contains("6,75");

        // So does the class's batch print, which that homeroom teacher starts.
        UUID job = asHomeroom12(homeroom12, () -> classPrints.printClassSchoolRecords(classes.get(2)));
        await().atMost(Duration.ofMinutes(2))
                .until(() -> asHomeroom12(homeroom12, () -> jobs.view(job)).finished());
        byte[] batch = asHomeroom12(homeroom12, () -> classPrints.classSchoolRecords(job))
                .orElseThrow(() -> new AssertionError(
                        "the batch did not succeed: " + asHomeroom12(homeroom12, () -> jobs.view(job))))
                .content();
        assertThat(PrintDownloads.text(batch)).contains("10R" + unique, "11R" + unique, "12R" + unique, "8,50", "6,75");
    }

    private <T> T asHomeroom12(Teacher homeroom12, java.util.function.Supplier<T> work) {
        return fixture.as(Role.TEACHER, homeroom12.accountId(), work);
    }
}
