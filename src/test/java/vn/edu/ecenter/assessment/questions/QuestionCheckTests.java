package vn.edu.ecenter.assessment.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class QuestionCheckTests {

    private static List<Flaw.Kind> kinds(Question question) {
        return QuestionCheck.flaws(question).stream().map(Flaw::kind).toList();
    }

    private static Question question(Body body) {
        return new Question("Chọn đáp án đúng.", body, null);
    }

    @Test
    void aSoundSingleChoiceQuestionHasNoFlaw() {
        Body.Choice body = Body.Choice.single(List.of(Option.right("A", "4"), Option.wrong("B", "5")));

        assertThat(kinds(question(body))).isEmpty();
    }

    @Test
    void aSingleChoiceQuestionNeedsExactlyOneFullOption() {
        Body.Choice two = Body.Choice.single(List.of(Option.right("A", "4"), Option.right("B", "5")));
        Body.Choice none = Body.Choice.single(List.of(Option.wrong("A", "4"), Option.wrong("B", "5")));

        assertThat(kinds(question(two))).containsExactly(Flaw.Kind.NOT_ONE_FULL_OPTION);
        assertThat(kinds(question(none))).containsExactly(Flaw.Kind.NO_RIGHT_OPTION);
    }

    @Test
    void oneOptionIsTooFewAndRepeatedOptionsAreNamed() {
        Body.Choice one = Body.Choice.single(List.of(Option.right("A", "4")));
        Body.Choice repeated = Body.Choice.single(List.of(Option.right("A", "Hà Nội"), Option.wrong("B", "hà nội ")));

        assertThat(kinds(question(one))).containsExactly(Flaw.Kind.TOO_FEW_OPTIONS);
        assertThat(QuestionCheck.flaws(question(repeated)))
                .containsExactly(new Flaw(Flaw.Kind.REPEATED_OPTION, "hà nội"));
    }

    @Test
    void multipleResponseWeightsMustAddUpToTheWhole() {
        Body.Choice half = new Body.Choice(
                true,
                List.of(
                        new Option("A", "2", new BigDecimal("0.5")),
                        new Option("B", "3", new BigDecimal("0.25")),
                        Option.wrong("C", "4")),
                true);
        Body.Choice thirds = Body.Choice.multiple(
                List.of("A", "B", "C", "D"), List.of("1", "2", "3", "4"), List.of(true, true, true, false));

        assertThat(QuestionCheck.flaws(question(half))).containsExactly(new Flaw(Flaw.Kind.WEIGHTS_NOT_WHOLE, "75"));
        assertThat(kinds(question(thirds))).isEmpty();
    }

    @Test
    void aTrueFalseQuestionHasFourStatements() {
        Body.Statements three = new Body.Statements(
                List.of(new Statement("a", "x", true), new Statement("b", "y", false), new Statement("c", "z", true)));

        assertThat(QuestionCheck.flaws(question(three))).containsExactly(new Flaw(Flaw.Kind.NOT_FOUR_STATEMENTS, 3));
    }

    @Test
    void clozeMarkersMustMatchTheGaps() {
        Body.Gap gap = new Body.Gap(new Body.ShortAnswer(List.of(Accepted.full("x")), false), 1);
        Body.Cloze skipped = new Body.Cloze("Điền [[1]] và [[3]].", List.of(gap, gap));
        Body.Cloze sound = new Body.Cloze("Điền [[1]] và [[2]].", List.of(gap, gap));

        assertThat(QuestionCheck.flaws(question(skipped))).containsExactly(new Flaw(Flaw.Kind.GAPS_DO_NOT_MATCH, 2, 2));
        assertThat(kinds(question(sound))).isEmpty();
    }

    @Test
    void aShortAnswerNeedsAFullAnswerAndAnEssayRubricNeedsPoints() {
        Body.ShortAnswer partOnly =
                new Body.ShortAnswer(List.of(new Accepted("gần đúng", new BigDecimal("0.5"))), false);
        Body.Essay essay = new Body.Essay(List.of(new Criterion("Bố cục", BigDecimal.ZERO)));

        assertThat(kinds(question(partOnly))).containsExactly(Flaw.Kind.NO_FULL_ANSWER);
        assertThat(kinds(question(essay))).containsExactly(Flaw.Kind.RUBRIC_POINTS);
    }

    @Test
    void aQuestionWithoutTextIsFlawed() {
        Question empty =
                new Question("  ", Body.Choice.single(List.of(Option.right("A", "1"), Option.wrong("B", "2"))), null);

        assertThat(kinds(empty)).containsExactly(Flaw.Kind.EMPTY_TEXT);
    }

    @Test
    void flawsAreWordedInVietnameseAndEnglish() {
        Flaw flaw = new Flaw(Flaw.Kind.NOT_FOUR_STATEMENTS, 3);

        assertThat(flaw.message(Locale.of("vi"))).isEqualTo("Câu hỏi đúng/sai cần đúng 4 ý, đang có 3.");
        assertThat(flaw.message(Locale.ENGLISH))
                .isEqualTo("A true/false question needs exactly 4 statements; it has 3.");
    }
}
