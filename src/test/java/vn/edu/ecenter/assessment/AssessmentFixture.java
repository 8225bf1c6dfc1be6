package vn.edu.ecenter.assessment;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.edu.ecenter.academics.Academics;
import vn.edu.ecenter.academics.AcademicsFixture;
import vn.edu.ecenter.academics.AcademicsFixture.Teacher;
import vn.edu.ecenter.academics.Assign;
import vn.edu.ecenter.academics.ClassSession;
import vn.edu.ecenter.academics.ClassView;
import vn.edu.ecenter.academics.CreateClass;
import vn.edu.ecenter.assessment.questions.Blueprint;
import vn.edu.ecenter.assessment.questions.Body;
import vn.edu.ecenter.assessment.questions.CognitiveLevel;
import vn.edu.ecenter.assessment.questions.Metadata;
import vn.edu.ecenter.assessment.questions.Option;
import vn.edu.ecenter.assessment.questions.Question;
import vn.edu.ecenter.assessment.questions.QuestionSpec;
import vn.edu.ecenter.assessment.questions.QuestionType;
import vn.edu.ecenter.assessment.questions.Statement;
import vn.edu.ecenter.centres.SchoolYearView;
import vn.edu.ecenter.platform.tenancy.Tenancy;

/** Teachers of a subject, a class of the current year with two learners who can sign in, and a bank of questions. */
@Component
public class AssessmentFixture {

    /**
     * Hà teaches Toán in the class; Lan is a Toán teacher who does not teach it; An and Bình are its learners (with
     * accounts, password {@code TestAccounts.PASSWORD}). The bank holds four single-choice questions "i + i = ?" on
     * "Hàm số" (level Biết; the right option's text is 2i) and two four-statement questions on "Đạo hàm" (level Hiểu;
     * true, false, true, false).
     */
    public record Classroom(
            Teacher ha,
            Teacher lan,
            ClassView schoolClass,
            BankView bank,
            UUID an,
            String anLogin,
            UUID binh,
            String binhLogin) {}

    private final AcademicsFixture fixture;
    private final Academics academics;
    private final QuestionBanks banks;
    private final OnlineTests tests;
    private final JdbcClient jdbc;
    private final Tenancy tenancy;

    AssessmentFixture(
            AcademicsFixture fixture,
            Academics academics,
            QuestionBanks banks,
            OnlineTests tests,
            JdbcClient jdbc,
            Tenancy tenancy) {
        this.tests = tests;
        this.fixture = fixture;
        this.academics = academics;
        this.banks = banks;
        this.jdbc = jdbc;
        this.tenancy = tenancy;
    }

    public Classroom classroom() {
        fixture.asDirector(() -> academics.installStandardProgramme());
        SchoolYearView year = fixture.currentYear();
        UUID toan = subject("TOAN");
        Teacher ha = teacherOf("Nguyễn Thị Hà", "TOAN");
        Teacher lan = teacherOf("Trần Thị Lan", "TOAN");
        ClassView schoolClass = fixture.asDirector(() -> academics.createClass(new CreateClass(
                year.id(), "10A1-" + AcademicsFixture.unique(), 10, ClassSession.EVENING, "P.1", null)));
        fixture.asDirector(
                () -> academics.assign(new Assign(schoolClass.id(), toan, ha.staffId(), new BigDecimal("3"))));
        UUID an = fixture.enrolledLearner("Lê Văn An", schoolClass.id(), year.startsOn());
        UUID binh = fixture.enrolledLearner("Phạm Thị Bình", schoolClass.id(), year.startsOn());
        BankView bank = fixture.as(ha, () -> banks.createBank(toan, "Toán 10 " + AcademicsFixture.unique()));
        for (int i = 1; i <= 4; i++) {
            QuestionSpec spec = sum(i);
            fixture.as(ha, () -> banks.addQuestion(bank.id(), spec));
        }
        for (String text : List.of("Cho \\(f(x) = x^2\\).", "Cho \\(g(x) = x^3\\).")) {
            fixture.as(ha, () -> banks.addQuestion(bank.id(), statements(text)));
        }
        return new Classroom(
                ha, lan, schoolClass, bank, an, fixture.learnerLogin(an), binh, fixture.learnerLogin(binh));
    }

    /**
     * Two single-choice questions on "Hàm số" (0,25 each) and one question of level Hiểu (a four-statement one, 1
     * point), 45 minutes, opened five minutes ago for two hours.
     */
    public NewTest nationalStyle(Classroom room, boolean graded, @Nullable String accessCode) {
        Instant now = Instant.now();
        return new NewTest(
                "Kiểm tra 15 phút",
                room.bank().id(),
                room.schoolClass().id(),
                List.of(
                        new Blueprint.Row("Hàm số", null, QuestionType.SINGLE_CHOICE, 2),
                        new Blueprint.Row(null, CognitiveLevel.HIEU, null, 1)),
                45,
                now.minus(Duration.ofMinutes(5)),
                now.plus(Duration.ofHours(2)),
                true,
                1,
                accessCode,
                graded,
                Map.of(
                        QuestionType.SINGLE_CHOICE,
                        new BigDecimal("0.25"),
                        QuestionType.TRUE_FALSE_STATEMENTS,
                        BigDecimal.ONE));
    }

    /** Sets the test as the class's teacher Hà. */
    public TestView set(Classroom room, NewTest test) {
        return fixture.as(room.ha(), () -> tests.createTest(test));
    }

    /** The paper's id of the option whose text is the sum's right answer ("3 + 3 = ?" → "6"). */
    public static String rightOption(AttemptPaper.PaperQuestion question) {
        int i = Integer.parseInt(question.text().substring(0, question.text().indexOf(' ')));
        return question.options().stream()
                .filter(o -> o.text().equals(String.valueOf(2 * i)))
                .findFirst()
                .orElseThrow()
                .id();
    }

    /** The id of the programme's subject with the code. */
    public UUID subject(String code) {
        return fixture.asDirector(() -> academics.subjects()).stream()
                .filter(s -> s.code().equals(code))
                .findFirst()
                .orElseThrow()
                .id();
    }

    /** A teacher with an account whose profile lists the subject. */
    public Teacher teacherOf(String name, String subjectCode) {
        Teacher teacher = fixture.teacherWithAccount(name);
        tenancy.inCentre(fixture.centre(), () -> {
            jdbc.sql("UPDATE people.staff_member SET subject_codes = ARRAY[?] WHERE id = ?")
                    .params(subjectCode, teacher.staffId())
                    .update();
        });
        return teacher;
    }

    /** "i + i = ?" with the right option "2i" and three wrong ones. */
    public static QuestionSpec sum(int i) {
        return new QuestionSpec(
                new Question(
                        i + " + " + i + " = ?",
                        Body.Choice.single(List.of(
                                Option.right("1", String.valueOf(2 * i)),
                                Option.wrong("2", String.valueOf(2 * i + 1)),
                                Option.wrong("3", String.valueOf(2 * i + 2)),
                                Option.wrong("4", String.valueOf(2 * i + 3)))),
                        null),
                new Metadata("", 10, "Hàm số", CognitiveLevel.BIET, null, List.of()));
    }

    /** True, false, true, false. */
    public static QuestionSpec statements(String text) {
        return new QuestionSpec(
                new Question(
                        text,
                        new Body.Statements(List.of(
                                new Statement("a", "Ý a", true),
                                new Statement("b", "Ý b", false),
                                new Statement("c", "Ý c", true),
                                new Statement("d", "Ý d", false))),
                        null),
                new Metadata("", 10, "Đạo hàm", CognitiveLevel.HIEU, null, List.of()));
    }

    /** "Tam giác trong hình là tam giác gì?" (right: Vuông), topic Hình học, grade 10, showing the picture. */
    public static QuestionSpec triangle(UUID picture) {
        return new QuestionSpec(
                new Question(
                        "Tam giác trong hình là tam giác gì?",
                        Body.Choice.single(List.of(Option.right("1", "Vuông"), Option.wrong("2", "Đều"))),
                        null,
                        picture),
                new Metadata("", 10, "Hình học", CognitiveLevel.BIET, null, List.of()));
    }

    /** A contest round of two sums (topic Hàm số) at 5 points each, 20 minutes, open for two hours from {@code opens}. */
    public static Contests.NewRound twoSumsRound(
            String name, Contests.Level level, UUID bankId, Instant opens, int advance) {
        return new Contests.NewRound(
                name,
                level,
                bankId,
                List.of(new Blueprint.Row("Hàm số", null, QuestionType.SINGLE_CHOICE, 2)),
                Map.of(QuestionType.SINGLE_CHOICE, new BigDecimal("5")),
                20,
                opens,
                opens.plus(Duration.ofHours(2)),
                advance);
    }
}
