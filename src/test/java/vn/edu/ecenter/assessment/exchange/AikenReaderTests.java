package vn.edu.ecenter.assessment.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edu.ecenter.assessment.exchange.Samples.imported;
import static vn.edu.ecenter.assessment.exchange.Samples.rejected;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.edu.ecenter.assessment.questions.Body;
import vn.edu.ecenter.assessment.questions.Metadata;
import vn.edu.ecenter.assessment.questions.Option;

@DisplayName("Nhập câu hỏi từ tệp Aiken")
class AikenReaderTests {

    private final ImportResult result = QuestionReader.read(QuestionFormat.AIKEN, Samples.file("cau-hoi-aiken.txt"));

    @Test
    void readsOptionsWrittenWithADotOrAParenthesis() {
        var first = imported(result, 0);
        var second = imported(result, 1);

        assertThat(first.item()).isEqualTo("Câu 1 (dòng 1): Số nghiệm của phương trình \\(x^2 - 1 = 0 …");
        assertThat(first.spec().question().text()).isEqualTo("Số nghiệm của phương trình \\(x^2 - 1 = 0\\) là");
        assertThat(first.spec().question().body())
                .isEqualTo(Body.Choice.single(List.of(
                        Option.wrong("A", "0"),
                        Option.wrong("B", "1"),
                        Option.right("C", "2"),
                        Option.wrong("D", "3"))));
        assertThat(first.spec().metadata()).isEqualTo(Metadata.none());
        assertThat(second.spec().question().body())
                .isEqualTo(Body.Choice.single(List.of(
                        Option.right("A", "\\(3x^2\\)"),
                        Option.wrong("B", "\\(x^2\\)"),
                        Option.wrong("C", "\\(3x\\)"))));
    }

    @Test
    void readsSeveralLettersAsAMultipleResponseQuestion() {
        assertThat(imported(result, 2).spec().question().body())
                .isEqualTo(Body.Choice.multiple(
                        List.of("A", "B", "C"), List.of("9", "10", "12"), List.of(true, false, true)));
    }

    @Test
    void rejectsAnAnswerThatIsNotAnOption() {
        var rejected = rejected(result, 3);

        assertThat(rejected.item()).startsWith("Câu 4 (dòng 20): Giá trị của");
        assertThat(rejected.message()).isEqualTo("Đáp án «E» không phải một phương án của câu hỏi (có: A, B).");
    }

    @Test
    void rejectsAQuestionWithoutAnAnswerLine() {
        var rejected = rejected(result, 4);

        assertThat(rejected.item()).isEqualTo("Câu 5 (dòng 25): Câu này quên dòng đáp án");
        assertThat(rejected.message()).isEqualTo("Thiếu dòng ANSWER: cho biết đáp án đúng (ví dụ ANSWER: B).");
        assertThat(result.entries()).hasSize(5);
    }
}
