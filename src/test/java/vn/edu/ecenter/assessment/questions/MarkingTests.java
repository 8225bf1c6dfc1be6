package vn.edu.ecenter.assessment.questions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkingTests {

    private final Marking marking = Marking.nationalExam();

    private BigDecimal share(Body body, Response response) {
        return marking.share(body, response).orElseThrow();
    }

    private static BigDecimal decimal(String value) {
        return new BigDecimal(value);
    }

    @Nested
    class FourStatementQuestions {

        /** ĐÚNG, SAI, ĐÚNG, SAI. */
        private final Body.Statements question = new Body.Statements(List.of(
                new Statement("a", "Hàm số đồng biến trên (0; 2)", true),
                new Statement("b", "Hàm số có hai cực trị", false),
                new Statement("c", "Giá trị lớn nhất trên [0; 3] là 4", true),
                new Statement("d", "Đồ thị cắt trục hoành tại ba điểm", false)));

        /** The 2025 national exam's Part II: 0,1 / 0,25 / 0,5 / 1 point for 1 / 2 / 3 / 4 statements judged right. */
        @ParameterizedTest(name = "{0} → {1} right → {2} point")
        @CsvSource({
            "'F,T,F,T', 0, 0",
            "'T,T,F,T', 1, 0.1",
            "'F,F,F,T', 1, 0.1",
            "'T,F,F,T', 2, 0.25",
            "'F,F,F,F', 2, 0.25",
            "'T,F,T,T', 3, 0.5",
            "'T,T,T,T', 2, 0.25",
            "'F,F,T,F', 3, 0.5",
            "'T,F,T,F', 4, 1",
        })
        void earnByTheNumberOfStatementsJudgedRight(String judged, int right, String points) {
            List<Boolean> values =
                    Arrays.stream(judged.split(",")).map("T"::equals).toList();

            BigDecimal share = share(question, new Response.Truths(values));

            assertThat(Marking.points(share, BigDecimal.ONE)).isEqualByComparingTo(points);
        }

        @Test
        void aStatementLeftUnjudgedIsNotRight() {
            List<Boolean> values = Arrays.asList(true, null, true, null);

            assertThat(share(question, new Response.Truths(values))).isEqualByComparingTo("0.25");
        }

        @Test
        void aCentreMayUseItsOwnTable() {
            Marking linear =
                    new Marking(List.of(decimal("0"), decimal("0.25"), decimal("0.5"), decimal("0.75"), decimal("1")));

            BigDecimal share = linear.share(question, new Response.Truths(List.of(true, false, true, true)))
                    .orElseThrow();

            assertThat(share).isEqualByComparingTo("0.75");
        }

        @Test
        void threeValuesForFourStatementsAreRefused() {
            assertThatThrownBy(() -> share(question, new Response.Truths(List.of(true, false, true))))
                    .isInstanceOfSatisfying(InvalidAnswer.class, e -> assertThat(e.problem())
                            .isEqualTo(InvalidAnswer.Problem.WRONG_NUMBER_OF_STATEMENTS));
        }
    }

    @Nested
    class ChoiceQuestions {

        private final Body.Choice single = Body.Choice.single(List.of(
                Option.wrong("A", "2"), Option.right("B", "4"), Option.wrong("C", "6"), Option.wrong("D", "8")));

        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource({"B, 1", "A, 0", "D, 0"})
        void singleChoiceEarnsTheChosenOptionsWeight(String chosen, String expected) {
            assertThat(share(single, new Response.Selected(List.of(chosen)))).isEqualByComparingTo(expected);
        }

        @Test
        void nothingChosenEarnsNothing() {
            assertThat(share(single, new Response.Selected(List.of()))).isZero();
            assertThat(marking.share(single, null)).contains(BigDecimal.ZERO);
        }

        @Test
        void twoOptionsForASingleChoiceAreRefused() {
            assertThatThrownBy(() -> share(single, new Response.Selected(List.of("A", "B"))))
                    .isInstanceOfSatisfying(InvalidAnswer.class, e -> assertThat(e.problem())
                            .isEqualTo(InvalidAnswer.Problem.MORE_THAN_ONE_OPTION));
        }

        @Test
        void anOptionTheQuestionDoesNotHaveIsRefused() {
            assertThatThrownBy(() -> share(single, new Response.Selected(List.of("E"))))
                    .isInstanceOfSatisfying(
                            InvalidAnswer.class, e -> assertThat(e.arguments()).containsExactly("E"));
        }

        @Test
        void aPartlyRightOptionEarnsItsShare() {
            Body.Choice partly = Body.Choice.single(List.of(
                    Option.right("A", "Hà Nội"),
                    new Option("B", "Thăng Long", decimal("0.5")),
                    Option.wrong("C", "Huế")));

            assertThat(share(partly, new Response.Selected(List.of("B")))).isEqualByComparingTo("0.5");
        }

        /** Three right options of five: each right one earns 1/3, each wrong one takes 1/3 back; never below 0. */
        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource({
            "'A,C,E', 1",
            "'A,C', 0.666667",
            "'A', 0.333333",
            "'A,C,B', 0.333333",
            "'A,B,D', 0",
            "'A,B,C,D,E', 0.333333",
        })
        void multipleResponseEarnsRightLessWrong(String chosen, String expected) {
            Body.Choice multiple = Body.Choice.multiple(
                    List.of("A", "B", "C", "D", "E"),
                    List.of("2", "4", "3", "9", "5"),
                    List.of(true, false, true, false, true));

            BigDecimal share = share(multiple, new Response.Selected(List.of(chosen.split(","))));

            assertThat(share).isEqualByComparingTo(expected);
        }
    }

    @Nested
    class TypedAnswers {

        private final Body.ShortAnswer capital =
                new Body.ShortAnswer(List.of(Accepted.full("Hà Nội"), new Accepted("Thủ đô", decimal("0.5"))), false);

        @ParameterizedTest(name = "«{0}» → {1}")
        @CsvSource({"'Hà Nội', 1", "'  hà   nội ', 1", "'HÀ NỘI', 1", "'Ha Noi', 0", "'thủ đô', 0.5", "'', 0"})
        void shortAnswersAreComparedWithoutSpacesAndCase(String typed, String expected) {
            assertThat(share(capital, new Response.Text(typed))).isEqualByComparingTo(expected);
        }

        @Test
        void aCaseSensitiveAnswerKeepsCase() {
            Body.ShortAnswer formula = new Body.ShortAnswer(List.of(Accepted.full("NaCl")), true);

            assertThat(share(formula, new Response.Text("nacl"))).isZero();
            assertThat(share(formula, new Response.Text("NaCl"))).isEqualByComparingTo("1");
        }

        /** Part III: the learner writes the number, comma or point, within the tolerance the author set. */
        @ParameterizedTest(name = "«{0}» → {1}")
        @CsvSource({
            "'-1,5', 1",
            "'-1.5', 1",
            "'−1,5', 1",
            "' -1,50 ', 1",
            "'-1,52', 1",
            "'-1,56', 0",
            "'1,5', 0",
            "'-1,5 cm', 0",
            "'abc', 0",
        })
        void numbersAreReadAsLearnersWriteThem(String typed, String expected) {
            Body.Numeric numeric = new Body.Numeric(
                    List.of(new NumericAnswer(decimal("-1.5"), decimal("0.05"), BigDecimal.ONE)), null);

            assertThat(share(numeric, new Response.Text(typed))).isEqualByComparingTo(expected);
        }

        @ParameterizedTest
        @CsvSource({"',5', 0.5", "'0,25', 0.25", "'+3', 3", "'7.', 7", "'1 000', ", "'', "})
        void aTypedNumber(String typed, String expected) {
            assertThat(Marking.number(typed))
                    .isEqualTo(java.util.Optional.ofNullable(expected).map(BigDecimal::new));
        }

        @Test
        void anEssayHasNoShareUntilMarkedByHand() {
            Body.Essay essay = new Body.Essay(List.of(new Criterion("Mở bài", BigDecimal.ONE)));

            assertThat(marking.share(essay, new Response.Text("Em xin trình bày …")))
                    .isEmpty();
        }

        @Test
        void aTooLongAnswerIsRefused() {
            assertThatThrownBy(() -> share(capital, new Response.Text("x".repeat(Marking.LONGEST_TEXT + 1))))
                    .isInstanceOfSatisfying(InvalidAnswer.class, e -> assertThat(e.problem())
                            .isEqualTo(InvalidAnswer.Problem.TOO_LONG));
        }

        @Test
        void anAnswerOfTheWrongKindIsRefused() {
            assertThatThrownBy(() -> share(capital, new Response.Selected(List.of("A"))))
                    .isInstanceOfSatisfying(InvalidAnswer.class, e -> assertThat(e.problem())
                            .isEqualTo(InvalidAnswer.Problem.WRONG_KIND));
        }
    }

    @Nested
    class ArrangedAnswers {

        private final Body.Matching capitals = new Body.Matching(
                List.of(
                        new Pair("vn", "Việt Nam", "Hà Nội"),
                        new Pair("la", "Lào", "Viêng Chăn"),
                        new Pair("kh", "Campuchia", "Phnôm Pênh")),
                List.of("Băng Cốc"));

        @Test
        void eachRightPairEarnsItsShare() {
            Response.Matches two = new Response.Matches(Map.of("vn", "Hà Nội", "la", "Viêng Chăn", "kh", "Băng Cốc"));

            assertThat(share(capitals, two)).isEqualByComparingTo("0.666667");
        }

        @Test
        void anAnswerThatIsNotOfferedIsRefused() {
            assertThatThrownBy(() -> share(capitals, new Response.Matches(Map.of("vn", "Sài Gòn"))))
                    .isInstanceOfSatisfying(InvalidAnswer.class, e -> assertThat(e.problem())
                            .isEqualTo(InvalidAnswer.Problem.UNKNOWN_ANSWER));
        }

        @ParameterizedTest(name = "{0}, partial {1} → {2}")
        @CsvSource({"'1,2,3,4', true, 1", "'1,2,4,3', true, 0.5", "'1,2,4,3', false, 0", "'4,3,2,1', true, 0"})
        void orderingEarnsByItemsInTheirPlace(String order, boolean partial, String expected) {
            Body.Ordering steps = new Body.Ordering(
                    List.of(
                            new Item("1", "Xác định bài toán"),
                            new Item("2", "Lập sơ đồ"),
                            new Item("3", "Viết chương trình"),
                            new Item("4", "Chạy thử")),
                    partial);

            assertThat(share(steps, new Response.Order(List.of(order.split(",")))))
                    .isEqualByComparingTo(expected);
        }

        @Test
        void anOrderMissingAnItemIsRefused() {
            Body.Ordering steps = new Body.Ordering(List.of(new Item("1", "a"), new Item("2", "b")), true);

            assertThatThrownBy(() -> share(steps, new Response.Order(List.of("1", "1"))))
                    .isInstanceOfSatisfying(InvalidAnswer.class, e -> assertThat(e.problem())
                            .isEqualTo(InvalidAnswer.Problem.NOT_EVERY_ITEM));
        }

        @Test
        void clozeGapsShareThePointsByWeight() {
            Body.Cloze cloze = new Body.Cloze(
                    "Nước sôi ở [[1]] °C; công thức của muối ăn là [[2]]; thủ đô là [[3]].",
                    List.of(
                            new Body.Gap(new Body.Numeric(List.of(NumericAnswer.exactly("100")), "°C"), 2),
                            new Body.Gap(new Body.ShortAnswer(List.of(Accepted.full("NaCl")), true), 1),
                            new Body.Gap(
                                    Body.Choice.single(List.of(Option.right("h", "Hà Nội"), Option.wrong("s", "Huế"))),
                                    1)));

            assertThat(share(cloze, new Response.Gaps(List.of("100", "nacl", "h"))))
                    .isEqualByComparingTo("0.75");
            assertThat(share(cloze, new Response.Gaps(List.of("", "NaCl", "s"))))
                    .isEqualByComparingTo("0.25");
            assertThatThrownBy(() -> share(cloze, new Response.Gaps(List.of("100", "x", "q"))))
                    .isInstanceOfSatisfying(InvalidAnswer.class, e -> assertThat(e.problem())
                            .isEqualTo(InvalidAnswer.Problem.UNKNOWN_OPTION));
        }
    }

    @ParameterizedTest(name = "share {0} of {1} points → {2}")
    @CsvSource({"0.25, 1, 0.25", "0.1, 1, 0.10", "0.333333, 1, 0.33", "0.666667, 0.5, 0.33", "1, 0.25, 0.25"})
    void pointsAreRoundedHalfUpToTwoDecimals(String share, String points, String expected) {
        assertThat(Marking.points(decimal(share), decimal(points))).isEqualTo(decimal(expected));
    }
}
