package vn.edu.ecenter.demo;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.edu.ecenter.academics.Academics;
import vn.edu.ecenter.academics.ClassView;
import vn.edu.ecenter.academics.SubjectView;
import vn.edu.ecenter.assessment.BankView;
import vn.edu.ecenter.assessment.NewTest;
import vn.edu.ecenter.assessment.OnlineTests;
import vn.edu.ecenter.assessment.QuestionBanks;
import vn.edu.ecenter.assessment.QuestionView;
import vn.edu.ecenter.assessment.questions.Blueprint;
import vn.edu.ecenter.assessment.questions.Body;
import vn.edu.ecenter.assessment.questions.CognitiveLevel;
import vn.edu.ecenter.assessment.questions.Metadata;
import vn.edu.ecenter.assessment.questions.NumericAnswer;
import vn.edu.ecenter.assessment.questions.Option;
import vn.edu.ecenter.assessment.questions.Question;
import vn.edu.ecenter.assessment.questions.QuestionSpec;
import vn.edu.ecenter.assessment.questions.QuestionType;
import vn.edu.ecenter.assessment.questions.Statement;
import vn.edu.ecenter.centres.SchoolYearView;
import vn.edu.ecenter.identity.Identity;
import vn.edu.ecenter.identity.Role;
import vn.edu.ecenter.identity.SignedInUser;
import vn.edu.ecenter.platform.clock.BusinessClock;

/**
 * The demo centre's online assessment: gv.toan's question bank "Toán 10 – Hàm số bậc hai" (ten single-choice, three
 * four-statement and four numeric questions, each with its topic and level, with LaTeX formulas in the line and one on
 * a line of its own), approved by the director, and a graded test for 10A1 laid out as the national exam (Phần I 0,25 ·
 * Phần II 1 · Phần III 0,25 point), open all school year, so that the demo learner 7926000001 can take it.
 */
@Component
class DemoAssessment {

    static final String BANK = "Toán 10 – Hàm số bậc hai";
    static final String TEST = "Kiểm tra thường xuyên – Hàm số bậc hai";
    private static final String FUNCTIONS = "Hàm số bậc hai";
    private static final String USES = "Ứng dụng";

    private final QuestionBanks banks;
    private final OnlineTests tests;
    private final Academics academics;
    private final Identity identity;

    DemoAssessment(QuestionBanks banks, OnlineTests tests, Academics academics, Identity identity) {
        this.banks = banks;
        this.tests = tests;
        this.academics = academics;
        this.identity = identity;
    }

    /** Called inside the centre, after its records. */
    void load(UUID centreId, SchoolYearView year) {
        SignedInUser teacher =
                DemoRecords.demoUser(identity, centreId, "gv.toan", DemoCentre.TEACHER_NAME, Role.TEACHER);
        SignedInUser director = DemoRecords.demoUser(identity, centreId, "giamdoc", "Trần Văn Minh", Role.DIRECTOR);
        List<QuestionView> added = new ArrayList<>();
        BankView[] bank = new BankView[1];
        DemoRecords.asUser(teacher, () -> {
            SubjectView toan = academics.subjects().stream()
                    .filter(s -> s.code().equals("TOAN"))
                    .findFirst()
                    .orElseThrow();
            bank[0] = banks.createBank(toan.id(), BANK);
            questions().forEach(spec -> added.add(banks.addQuestion(bank[0].id(), spec)));
        });
        DemoRecords.asUser(director, () -> added.forEach(q -> banks.review(q.id(), q.version(), true, null)));
        DemoRecords.asUser(teacher, () -> {
            ClassView a1 = academics.classes(year.id()).stream()
                    .filter(c -> c.name().equals("10A1"))
                    .findFirst()
                    .orElseThrow();
            tests.createTest(new NewTest(
                    TEST,
                    bank[0].id(),
                    a1.id(),
                    List.of(
                            new Blueprint.Row(null, null, QuestionType.SINGLE_CHOICE, 6),
                            new Blueprint.Row(null, null, QuestionType.TRUE_FALSE_STATEMENTS, 2),
                            new Blueprint.Row(null, null, QuestionType.NUMERIC, 2)),
                    30,
                    year.startsOn()
                            .atTime(LocalTime.of(7, 0))
                            .atZone(BusinessClock.ZONE)
                            .toInstant(),
                    year.endsOn()
                            .atTime(LocalTime.of(22, 0))
                            .atZone(BusinessClock.ZONE)
                            .toInstant(),
                    true,
                    3,
                    null,
                    true,
                    Map.of(
                            QuestionType.SINGLE_CHOICE, new BigDecimal("0.25"),
                            QuestionType.TRUE_FALSE_STATEMENTS, BigDecimal.ONE,
                            QuestionType.NUMERIC, new BigDecimal("0.25"))));
        });
    }

    private static List<QuestionSpec> questions() {
        List<QuestionSpec> specs = new ArrayList<>();
        specs.add(choice(
                "Đỉnh của parabol \\(y = x^2 - 4x + 3\\) là điểm",
                FUNCTIONS,
                CognitiveLevel.BIET,
                "\\((2; -1)\\)",
                "\\((-2; 15)\\)",
                "\\((2; 1)\\)",
                "\\((4; 3)\\)"));
        specs.add(choice(
                "Trục đối xứng của parabol $$y = \\frac{1}{2}x^2 + 2x - \\sqrt{3}$$ là đường thẳng",
                FUNCTIONS, CognitiveLevel.BIET, "\\(x = -2\\)", "\\(x = 2\\)", "\\(x = -4\\)", "\\(x = 4\\)"));
        specs.add(choice(
                "Hàm số \\(y = -x^2 + 2x + 5\\) đồng biến trên khoảng",
                FUNCTIONS,
                CognitiveLevel.HIEU,
                "\\((-\\infty; 1)\\)",
                "\\((1; +\\infty)\\)",
                "\\((-\\infty; 5)\\)",
                "\\((-1; +\\infty)\\)"));
        specs.add(choice(
                "Giá trị nhỏ nhất của hàm số \\(y = x^2 - 6x + 10\\) là",
                FUNCTIONS,
                CognitiveLevel.HIEU,
                "1",
                "3",
                "10",
                "-1"));
        specs.add(choice(
                "Parabol \\(y = x^2 - 5x + 6\\) cắt trục hoành tại các điểm có hoành độ",
                FUNCTIONS,
                CognitiveLevel.BIET,
                "2 và 3",
                "-2 và -3",
                "1 và 6",
                "-1 và 6"));
        specs.add(choice(
                "Parabol \\(y = ax^2 + bx + c\\) có bề lõm quay xuống dưới khi",
                FUNCTIONS,
                CognitiveLevel.BIET,
                "\\(a < 0\\)",
                "\\(a > 0\\)",
                "\\(b < 0\\)",
                "\\(c < 0\\)"));
        specs.add(choice(
                "Hàm số nào sau đây là hàm số bậc hai?",
                FUNCTIONS,
                CognitiveLevel.BIET,
                "\\(y = 3x^2 - x + 1\\)",
                "\\(y = 2x + 1\\)",
                "\\(y = x^3 - x\\)",
                "\\(y = \\frac{1}{x^2}\\)"));
        specs.add(choice(
                "Parabol \\(y = 2x^2 - 3x + 4\\) cắt trục tung tại điểm có tung độ là",
                FUNCTIONS,
                CognitiveLevel.BIET,
                "4",
                "2",
                "-3",
                "0"));
        specs.add(choice(
                "Một quả bóng được ném lên có độ cao \\(h(t) = -5t^2 + 20t + 1\\) (mét) sau \\(t\\) giây. Độ cao"
                        + " lớn nhất của quả bóng là",
                USES,
                CognitiveLevel.VAN_DUNG,
                "21 m",
                "20 m",
                "25 m",
                "16 m"));
        specs.add(choice(
                "Với giá trị nào của m thì parabol \\(y = x^2 - 2x + m\\) tiếp xúc với trục hoành?",
                USES,
                CognitiveLevel.VAN_DUNG,
                "\\(m = 1\\)",
                "\\(m = 0\\)",
                "\\(m = -1\\)",
                "\\(m = 2\\)"));
        specs.add(statements(
                "Cho hàm số \\(y = x^2 - 2x - 3\\).",
                "Đồ thị hàm số có đỉnh \\(I(1; -4)\\).",
                true,
                "Hàm số nghịch biến trên khoảng \\((1; +\\infty)\\).",
                false,
                "Đồ thị cắt trục hoành tại hai điểm có hoành độ -1 và 3.",
                true,
                "Giá trị lớn nhất của hàm số là -4.",
                false));
        specs.add(statements(
                "Cho hàm số \\(y = -2x^2 + 4x + 1\\).",
                "Đồ thị hàm số có bề lõm quay xuống dưới.",
                true,
                "Trục đối xứng của đồ thị là đường thẳng \\(x = 1\\).",
                true,
                "Giá trị lớn nhất của hàm số là 3.",
                true,
                "Hàm số đồng biến trên khoảng \\((1; +\\infty)\\).",
                false));
        specs.add(statements(
                "Cho parabol \\((P): y = x^2 - 4x + 4\\).",
                "(P) tiếp xúc với trục hoành.",
                true,
                "Đỉnh của (P) là \\(I(2; 0)\\).",
                true,
                "(P) đi qua điểm \\(A(0; 4)\\).",
                true,
                "(P) cắt trục hoành tại hai điểm phân biệt.",
                false));
        specs.add(numeric("Tìm giá trị lớn nhất của hàm số \\(y = -x^2 + 6x - 5\\).", "4", "0"));
        specs.add(numeric(
                "Một mảnh vườn hình chữ nhật có chu vi 40 m. Diện tích lớn nhất của mảnh vườn là bao nhiêu"
                        + " mét vuông?",
                "100",
                "0"));
        specs.add(numeric(
                "Parabol \\(y = ax^2 + bx + 2\\) đi qua hai điểm \\(A(1; 5)\\) và \\(B(-1; 3)\\). Tính"
                        + " \\(a + 2b\\).",
                "4",
                "0"));
        specs.add(numeric(
                "Hoành độ đỉnh của parabol \\(y = 4x^2 - 6x + 1\\) là bao nhiêu? (Viết số thập phân.)",
                "0.75",
                "0.005"));
        return specs;
    }

    /** A single-choice question whose first option is the right one (the test shuffles them). */
    private static QuestionSpec choice(String text, String topic, CognitiveLevel level, String... options) {
        List<Option> list = new ArrayList<>();
        for (int i = 0; i < options.length; i++) {
            String key = String.valueOf((char) ('A' + i));
            list.add(i == 0 ? Option.right(key, options[i]) : Option.wrong(key, options[i]));
        }
        return new QuestionSpec(
                new Question(text, Body.Choice.single(list), null),
                new Metadata("", 10, topic, level, null, List.of("hàm số bậc hai")));
    }

    private static QuestionSpec statements(
            String text,
            String a,
            boolean aTrue,
            String b,
            boolean bTrue,
            String c,
            boolean cTrue,
            String d,
            boolean dTrue) {
        return new QuestionSpec(
                new Question(
                        text,
                        new Body.Statements(List.of(
                                new Statement("a", a, aTrue),
                                new Statement("b", b, bTrue),
                                new Statement("c", c, cTrue),
                                new Statement("d", d, dTrue))),
                        null),
                new Metadata("", 10, FUNCTIONS, CognitiveLevel.HIEU, null, List.of("hàm số bậc hai")));
    }

    private static QuestionSpec numeric(String text, String value, String tolerance) {
        return new QuestionSpec(
                new Question(
                        text,
                        new Body.Numeric(
                                List.of(new NumericAnswer(
                                        new BigDecimal(value), new BigDecimal(tolerance), BigDecimal.ONE)),
                                null),
                        null),
                new Metadata("", 10, USES, CognitiveLevel.VAN_DUNG, null, List.of("hàm số bậc hai")));
    }
}
