package vn.edu.ecenter.assessment.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.edu.ecenter.assessment.exchange.Samples.imported;
import static vn.edu.ecenter.assessment.exchange.Samples.rejected;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.edu.ecenter.assessment.questions.Accepted;
import vn.edu.ecenter.assessment.questions.Body;
import vn.edu.ecenter.assessment.questions.NumericAnswer;
import vn.edu.ecenter.assessment.questions.Option;
import vn.edu.ecenter.assessment.questions.Pair;

@DisplayName("Nhập câu hỏi từ tệp GIFT")
class GiftReaderTests {

    private final ImportResult result = QuestionReader.read(QuestionFormat.GIFT, Samples.file("cau-hoi.gift"));

    private static ImportResult gift(String text) {
        return QuestionReader.read(QuestionFormat.GIFT, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void reportsEveryQuestionOfTheFileInItsOrder() {
        assertThat(result.entries()).hasSize(11);
        assertThat(result.imported()).hasSize(9);
        assertThat(result.entries().getFirst().item()).isEqualTo("Câu 1 (dòng 4): Nghiệm phương trình bậc nhất");
        assertThat(result.entries().get(2).item()).isEqualTo("Câu 3 (dòng 18): Số \\(\\sqrt{2}\\) là số vô tỉ.");
    }

    @Test
    @DisplayName("Một lựa chọn: tiêu đề, chủ đề, LaTeX, lời giải; phản hồi từng phương án bị bỏ và được ghi chú")
    void readsASingleChoiceQuestionWithItsTitleTopicAndFeedback() {
        var question = imported(result, 0);

        assertThat(question.spec().metadata().name()).isEqualTo("Nghiệm phương trình bậc nhất");
        assertThat(question.spec().metadata().topic()).isEqualTo("Đại số/Phương trình");
        assertThat(question.spec().question().text()).isEqualTo("Nghiệm của phương trình \\(2x - 4 = 0\\) là");
        assertThat(question.spec().question().feedback()).isEqualTo("Chuyển vế: \\(2x = 4\\).");
        assertThat(question.spec().question().body())
                .isEqualTo(new Body.Choice(
                        false,
                        List.of(
                                Option.right("A", "\\(x = 2\\)"),
                                Option.wrong("B", "\\(x = -2\\)"),
                                Option.wrong("C", "\\(x = 4\\)"),
                                Option.wrong("D", "\\(x = 0\\)")),
                        true));
        assertThat(question.notes()).containsExactly("Phản hồi riêng từng phương án không được giữ.");
    }

    @Test
    void readsWeightedOptionsAsAMultipleResponseQuestion() {
        var question = imported(result, 1);

        assertThat(question.spec().question().text()).isEqualTo("Những số nào sau đây là <b>số nguyên tố</b>?");
        assertThat(question.spec().question().body())
                .isEqualTo(new Body.Choice(
                        true,
                        List.of(
                                new Option("A", "2", new BigDecimal("0.5")),
                                new Option("B", "11", new BigDecimal("0.5")),
                                new Option("C", "9", BigDecimal.ONE.negate())),
                        true));
        assertThat(question.notes()).isEmpty();
    }

    @Test
    void readsTrueFalseAsASingleChoiceBetweenDungAndSai() {
        var question = imported(result, 2);

        assertThat(question.spec().question().text()).isEqualTo("Số \\(\\sqrt{2}\\) là số vô tỉ.");
        assertThat(question.spec().question().body())
                .isEqualTo(new Body.Choice(false, List.of(Option.right("A", "Đúng"), Option.wrong("B", "Sai")), false));
        assertThat(question.spec().metadata().topic()).isEqualTo("Đại số/Phương trình");
    }

    @Test
    void readsOnlyRightAnswersAsAShortAnswerWithPartialCredit() {
        assertThat(imported(result, 3).spec().question().body())
                .isEqualTo(new Body.ShortAnswer(
                        List.of(Accepted.full("Hà Nội"), new Accepted("Ha Noi", new BigDecimal("0.5"))), false));
    }

    @Test
    void readsNumbersWithATolerance() {
        var question = imported(result, 4);

        assertThat(question.spec().question().text()).isEqualTo("Tính \\(\\sqrt{2,25}\\).");
        assertThat(question.spec().question().body())
                .isEqualTo(new Body.Numeric(
                        List.of(new NumericAnswer(new BigDecimal("1.5"), new BigDecimal("0.01"), BigDecimal.ONE)),
                        null));
    }

    @Test
    void readsARangeAsItsMiddleWithHalfItsWidth() {
        assertThat(imported(result, 5).spec().question().body())
                .isEqualTo(new Body.Numeric(
                        List.of(new NumericAnswer(new BigDecimal("3"), new BigDecimal("2"), BigDecimal.ONE)), null));
    }

    @Test
    void readsMatchingPairsAndAnAnswerWithoutPromptAsADistractor() {
        assertThat(imported(result, 6).spec().question().body())
                .isEqualTo(new Body.Matching(
                        List.of(
                                new Pair("1", "\\(x + 1 = 0\\)", "\\(x = -1\\)"),
                                new Pair("2", "\\(x - 3 = 0\\)", "\\(x = 3\\)")),
                        List.of("\\(x = 7\\)")));
    }

    @Test
    void readsEmptyBracesAsAnEssay() {
        assertThat(imported(result, 7).spec().question().body()).isEqualTo(new Body.Essay(List.of()));
    }

    @Test
    @DisplayName("Đáp án giữa câu (missing word) thành câu điền khuyết một chỗ trống")
    void readsAnswersInsideTheTextAsAClozeWithOneGap() {
        var question = imported(result, 8);

        assertThat(question.spec().question().text()).isEmpty();
        assertThat(question.spec().question().body())
                .isEqualTo(new Body.Cloze(
                        "Hà Nội là thủ đô của nước [[1]] từ năm 1945.",
                        List.of(new Body.Gap(
                                Body.Choice.single(List.of(
                                        Option.right("A", "Việt Nam"),
                                        Option.wrong("B", "Lào"),
                                        Option.wrong("C", "Campuchia"))),
                                1))));
    }

    @Test
    void rejectsAQuestionWithoutARightOptionWithTheModelsWords() {
        var rejected = rejected(result, 9);

        assertThat(rejected.item()).isEqualTo("Câu 10 (dòng 36): Thiếu đáp án đúng");
        assertThat(rejected.message()).isEqualTo("Câu hỏi không có phương án đúng.");
    }

    @Test
    void rejectsAnUnclosedAnswerBlock() {
        assertThat(rejected(result, 10).message()).isEqualTo("Thiếu dấu đóng ngoặc } của phần đáp án.");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Chỉ có câu hỏi, không có đáp án                  | Không tìm thấy phần đáp án trong cặp ngoặc nhọn { }. Nếu nội dung có dấu ngoặc nhọn, hãy viết \\{ và \\}.
            Hai đáp án đúng {=a =b ~c}                       | Câu hỏi một lựa chọn phải có đúng một phương án đúng trọn điểm, đang có 2.
            Câu {~%150%Có ~Không}                            | Tỉ lệ điểm «150» không hợp lệ (phải từ −100 % đến 100 %).
            Ghép {=a -> 1 =b}                                | Câu ghép đôi: «b» thiếu dấu -> giữa vế trái và vế phải.
            Số pi {#ba phẩy mười bốn}                        | «ba phẩy mười bốn» không phải một số (hoặc số:sai số, hoặc khoảng min..max) hợp lệ.
            Điền {~%50%a ~%50%b} vào chỗ trống               | Chỉ câu một lựa chọn, trả lời ngắn và số mới có thể đặt đáp án giữa câu (điền khuyết).
            """)
    void rejectsMalformedQuestionsSayingWhy(String text, String message) {
        assertThat(rejected(gift(text), 0).message()).isEqualTo(message);
    }

    @Test
    void readsSeveralNumericAnswersWithTheirShares() {
        var question = imported(gift("::Pi::Số \\(\\pi\\) bằng bao nhiêu? {#=3.14:0.005 =%50%3.1:0.05}"), 0);

        assertThat(question.spec().question().body())
                .isEqualTo(new Body.Numeric(
                        List.of(
                                new NumericAnswer(new BigDecimal("3.14"), new BigDecimal("0.005"), BigDecimal.ONE),
                                new NumericAnswer(
                                        new BigDecimal("3.1"), new BigDecimal("0.05"), new BigDecimal("0.5"))),
                        null));
    }

    @Test
    void escapesKeepSpecialCharactersInTexts() {
        var question = imported(gift("Tập \\{1; 2\\} có bao nhiêu phần tử\\: {=hai ~ba \\~ bốn}"), 0);

        assertThat(question.spec().question().text()).isEqualTo("Tập {1; 2} có bao nhiêu phần tử:");
        assertThat(((Body.Choice) question.spec().question().body())
                        .options()
                        .get(1)
                        .text())
                .isEqualTo("ba ~ bốn");
    }

    @Test
    void refusesAFileThatIsNotUtf8Text() {
        byte[] latin1 = "Câu hỏi {=đúng ~sai}".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> QuestionReader.read(QuestionFormat.GIFT, latin1))
                .isInstanceOf(UnreadableFile.class)
                .hasMessage("Tệp GIFT phải là văn bản mã hoá UTF-8 (trong Notepad: Lưu thành… → Mã hoá UTF-8).");
    }
}
