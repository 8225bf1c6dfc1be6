package vn.edu.ecenter.assessment.exchange;

import java.math.BigDecimal;
import java.util.List;
import vn.edu.ecenter.assessment.questions.Accepted;
import vn.edu.ecenter.assessment.questions.Body;
import vn.edu.ecenter.assessment.questions.CognitiveLevel;
import vn.edu.ecenter.assessment.questions.Criterion;
import vn.edu.ecenter.assessment.questions.Difficulty;
import vn.edu.ecenter.assessment.questions.Item;
import vn.edu.ecenter.assessment.questions.Metadata;
import vn.edu.ecenter.assessment.questions.NumericAnswer;
import vn.edu.ecenter.assessment.questions.Option;
import vn.edu.ecenter.assessment.questions.Pair;
import vn.edu.ecenter.assessment.questions.Question;
import vn.edu.ecenter.assessment.questions.QuestionSpec;
import vn.edu.ecenter.assessment.questions.Statement;

/** A question of every kind, with all the metadata a bank keeps: what the round-trip tests export and read back. */
final class QuestionMother {

    private QuestionMother() {}

    static QuestionSpec spec(String name, String topic, Question question) {
        return new QuestionSpec(
                question,
                new Metadata(
                        name, 10, topic, CognitiveLevel.HIEU, Difficulty.MEDIUM, List.of("đề cương HK1", "tự luyện")));
    }

    static List<QuestionSpec> everyKind() {
        return List.of(
                spec(
                        "Nghiệm phương trình",
                        "Đại số/Phương trình",
                        new Question(
                                "Nghiệm của phương trình \\(2x - 4 = 0\\) là",
                                Body.Choice.single(List.of(
                                        Option.right("A", "\\(x = 2\\)"),
                                        Option.wrong("B", "\\(x = -2\\)"),
                                        new Option("C", "\\(x = 4\\) (gần đúng)", new BigDecimal("0.5")),
                                        Option.wrong("D", "\\(x = 0\\)"))),
                                "Chuyển vế: \\(2x = 4\\).")),
                spec(
                        "Số nguyên tố",
                        "Số học",
                        new Question(
                                "Những số nào là số nguyên tố?",
                                Body.Choice.multiple(
                                        List.of("A", "B", "C", "D"),
                                        List.of("2", "3", "9", "11"),
                                        List.of(true, true, false, true)),
                                null)),
                new QuestionSpec(
                        new Question(
                                "Số \\(\\sqrt{2}\\) là số vô tỉ.",
                                new Body.Choice(
                                        false, List.of(Option.right("A", "Đúng"), Option.wrong("B", "Sai")), false),
                                null),
                        new Metadata("Căn 2 vô tỉ", null, null, CognitiveLevel.BIET, Difficulty.EASY, List.of())),
                spec(
                        "Hàm số bậc hai — đúng sai",
                        "Hàm số bậc hai",
                        new Question(
                                "Cho hàm số \\(y = x^2 - 2x\\). Xét tính đúng, sai của các mệnh đề sau.",
                                new Body.Statements(List.of(
                                        new Statement("a", "Đồ thị đi qua gốc toạ độ.", true),
                                        new Statement("b", "Hàm số đồng biến trên \\((1; +\\infty)\\).", true),
                                        new Statement("c", "Giá trị nhỏ nhất của hàm số là 0.", false),
                                        new Statement("d", "Trục đối xứng là \\(x = 1\\).", true))),
                                "Đỉnh \\(I(1; -1)\\).")),
                spec(
                        "Thủ đô",
                        "Địa lí",
                        new Question(
                                "Thủ đô của Việt Nam là thành phố nào?",
                                new Body.ShortAnswer(
                                        List.of(Accepted.full("Hà Nội"), new Accepted("Ha Noi", new BigDecimal("0.5"))),
                                        true),
                                null)),
                spec(
                        "Độ dài cạnh huyền",
                        "Hình học",
                        new Question(
                                "Tam giác vuông có hai cạnh góc vuông 3 cm và 4 cm. Cạnh huyền dài bao nhiêu?",
                                new Body.Numeric(
                                        List.of(
                                                new NumericAnswer(
                                                        new BigDecimal("5"), new BigDecimal("0.01"), BigDecimal.ONE),
                                                new NumericAnswer(
                                                        new BigDecimal("5.1"),
                                                        new BigDecimal("0.05"),
                                                        new BigDecimal("0.5"))),
                                        "cm"),
                                null)),
                spec(
                        "Ghép nghiệm",
                        "Đại số/Phương trình",
                        new Question(
                                "Ghép mỗi phương trình với nghiệm của nó.",
                                new Body.Matching(
                                        List.of(
                                                new Pair("1", "\\(x + 1 = 0\\)", "\\(x = -1\\)"),
                                                new Pair("2", "\\(x - 3 = 0\\)", "\\(x = 3\\)"),
                                                new Pair("3", "\\(2x = 6\\)", "\\(x = 3\\)")),
                                        List.of("\\(x = 7\\)")),
                                null)),
                spec(
                        "Sắp xếp phân số",
                        "Phân số",
                        new Question(
                                "Sắp xếp theo thứ tự tăng dần.",
                                new Body.Ordering(
                                        List.of(
                                                new Item("1", "\\(\\frac{1}{3}\\)"),
                                                new Item("2", "\\(\\frac{1}{2}\\)"),
                                                new Item("3", "\\(\\frac{3}{4}\\)")),
                                        true),
                                null)),
                spec(
                        "Điền khuyết lịch sử",
                        "Lịch sử",
                        new Question(
                                "",
                                new Body.Cloze(
                                        "Bác Hồ đọc Tuyên ngôn Độc lập tại [[1]] vào năm [[2]], khai sinh nước [[3]].",
                                        List.of(
                                                new Body.Gap(
                                                        new Body.Choice(
                                                                false,
                                                                List.of(
                                                                        Option.right("A", "Quảng trường Ba Đình"),
                                                                        Option.wrong("B", "Bến Nhà Rồng")),
                                                                false),
                                                        1),
                                                new Body.Gap(
                                                        new Body.Numeric(List.of(NumericAnswer.exactly("1945")), null),
                                                        2),
                                                new Body.Gap(
                                                        new Body.ShortAnswer(
                                                                List.of(Accepted.full("Việt Nam Dân chủ Cộng hoà")),
                                                                false),
                                                        1))),
                                null)),
                spec(
                        "Giải phương trình bậc hai",
                        "Đại số/Phương trình",
                        new Question(
                                "Giải phương trình \\(x^2 - 5x + 6 = 0\\).",
                                new Body.Essay(List.of(
                                        new Criterion("Tính đúng biệt thức \\(\\Delta = 1\\)", new BigDecimal("0.5")),
                                        new Criterion(
                                                "Tìm đúng hai nghiệm \\(x = 2\\), \\(x = 3\\)",
                                                new BigDecimal("1.5")))),
                                null)));
    }
}
