package vn.edu.ecenter.assessment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.edu.ecenter.assessment.questions.Accepted;
import vn.edu.ecenter.assessment.questions.Body;
import vn.edu.ecenter.assessment.questions.Criterion;
import vn.edu.ecenter.assessment.questions.Item;
import vn.edu.ecenter.assessment.questions.NumericAnswer;
import vn.edu.ecenter.assessment.questions.Option;
import vn.edu.ecenter.assessment.questions.Pair;
import vn.edu.ecenter.assessment.questions.Question;
import vn.edu.ecenter.assessment.questions.Response;
import vn.edu.ecenter.assessment.questions.Statement;

class QuestionJsonTests {

    static Stream<Body> everyKind() {
        Body.ShortAnswer word = new Body.ShortAnswer(List.of(Accepted.full("NaCl")), true);
        return Stream.of(
                Body.Choice.single(List.of(Option.right("A", "\\(x^2\\)"), Option.wrong("B", "\\(2x\\)"))),
                Body.Choice.multiple(List.of("A", "B", "C"), List.of("1", "2", "3"), List.of(true, true, false)),
                new Body.Statements(List.of(
                        new Statement("a", "Đúng", true),
                        new Statement("b", "Sai", false),
                        new Statement("c", "Đúng", true),
                        new Statement("d", "Sai", false))),
                word,
                new Body.Numeric(
                        List.of(new NumericAnswer(new BigDecimal("-1.5"), new BigDecimal("0.05"), BigDecimal.ONE)),
                        "cm"),
                new Body.Numeric(List.of(NumericAnswer.exactly("3")), null),
                new Body.Matching(
                        List.of(new Pair("1", "Việt Nam", "Hà Nội"), new Pair("2", "Lào", "Viêng Chăn")),
                        List.of("Huế")),
                new Body.Ordering(List.of(new Item("1", "Một"), new Item("2", "Hai")), true),
                new Body.Cloze("Muối ăn là [[1]].", List.of(new Body.Gap(word, 2))),
                new Body.Essay(List.of(new Criterion("Bố cục", new BigDecimal("0.5")))));
    }

    @ParameterizedTest
    @MethodSource("everyKind")
    void everyKindOfQuestionIsStoredAndReadBackUnchanged(Body body) {
        Question question = new Question("Câu hỏi \\(\\frac{1}{2}\\)", body, "Vì …");

        assertThat(QuestionJson.question(QuestionJson.write(question))).isEqualTo(question);
    }

    static Stream<Response> everyResponse() {
        return Stream.of(
                new Response.Selected(List.of("A", "C")),
                new Response.Truths(Arrays.asList(true, null, false, true)),
                new Response.Text("-1,5"),
                new Response.Matches(Map.of("1", "Hà Nội")),
                new Response.Order(List.of("2", "1")),
                new Response.Gaps(List.of("NaCl", "")));
    }

    @ParameterizedTest
    @MethodSource("everyResponse")
    void everyKindOfResponseIsStoredAndReadBackUnchanged(Response response) {
        assertThat(QuestionJson.response(QuestionJson.write(response))).isEqualTo(response);
    }
}
