package vn.edu.ecenter.assessment.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.edu.ecenter.assessment.questions.Blueprint.Candidate;
import vn.edu.ecenter.assessment.questions.Blueprint.Row;

class BlueprintTests {

    private static List<Candidate> bank(String topic, CognitiveLevel level, QuestionType type, int count) {
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            candidates.add(new Candidate(UUID.randomUUID(), topic, level, type));
        }
        return candidates;
    }

    private static List<Candidate> concat(List<List<Candidate>> parts) {
        return parts.stream().flatMap(List::stream).toList();
    }

    @Test
    void eachRowGetsItsCountOfFittingQuestionsEachOnce() {
        List<Candidate> bank = concat(List.of(
                bank("Đạo hàm", CognitiveLevel.BIET, QuestionType.SINGLE_CHOICE, 6),
                bank("Đạo hàm", CognitiveLevel.HIEU, QuestionType.TRUE_FALSE_STATEMENTS, 3),
                bank("Tích phân", CognitiveLevel.VAN_DUNG, QuestionType.NUMERIC, 4)));
        Blueprint blueprint = new Blueprint(List.of(
                new Row("Đạo hàm", CognitiveLevel.BIET, null, 4),
                new Row(null, null, QuestionType.TRUE_FALSE_STATEMENTS, 2),
                new Row("tích phân", null, null, 3)));

        List<Candidate> drawn = blueprint.draw(bank, new Random(7));

        assertThat(drawn).hasSize(9).doesNotHaveDuplicates();
        assertThat(drawn.subList(0, 4)).allMatch(c -> c.level() == CognitiveLevel.BIET);
        assertThat(drawn.subList(4, 6)).allMatch(c -> c.type() == QuestionType.TRUE_FALSE_STATEMENTS);
        assertThat(drawn.subList(6, 9)).allMatch(c -> "Tích phân".equals(c.topic()));
    }

    @Test
    void learnersGetDifferentDraws() {
        List<Candidate> bank = bank("Đạo hàm", CognitiveLevel.BIET, QuestionType.SINGLE_CHOICE, 40);
        Blueprint blueprint = new Blueprint(List.of(new Row(null, null, null, 10)));
        Random random = new Random(1);

        Set<Set<Candidate>> draws = new HashSet<>();
        for (int learner = 0; learner < 20; learner++) {
            draws.add(new HashSet<>(blueprint.draw(bank, random)));
        }

        assertThat(draws).hasSizeGreaterThan(15);
    }

    /**
     * The open row comes first and could take the only questions the particular row can use; the draw still finds
     * the choice that satisfies both.
     */
    @Test
    void overlappingRowsAreSatisfiedWheneverSomeChoiceExists() {
        List<Candidate> hard = bank("Hàm số", CognitiveLevel.VAN_DUNG, QuestionType.SINGLE_CHOICE, 2);
        List<Candidate> easy = bank("Hàm số", CognitiveLevel.BIET, QuestionType.SINGLE_CHOICE, 3);
        Blueprint blueprint = new Blueprint(
                List.of(new Row("Hàm số", null, null, 3), new Row(null, CognitiveLevel.VAN_DUNG, null, 2)));

        for (int seed = 0; seed < 50; seed++) {
            List<Candidate> drawn = blueprint.draw(concat(List.of(hard, easy)), new Random(seed));

            assertThat(drawn.subList(3, 5)).containsExactlyInAnyOrderElementsOf(hard);
            assertThat(drawn.subList(0, 3)).containsExactlyInAnyOrderElementsOf(easy);
        }
        assertThat(blueprint.shortage(concat(List.of(hard, easy)))).isNull();
    }

    @Test
    void aRowTheBankCannotFillIsNamedWithWhatIsAvailable() {
        List<Candidate> bank = concat(List.of(
                bank("Hàm số", CognitiveLevel.VAN_DUNG, QuestionType.SINGLE_CHOICE, 2),
                bank("Hàm số", CognitiveLevel.BIET, QuestionType.SINGLE_CHOICE, 3)));
        Blueprint blueprint =
                new Blueprint(List.of(new Row(null, null, null, 2), new Row(null, CognitiveLevel.VAN_DUNG, null, 3)));

        Blueprint.Shortage shortage = blueprint.shortage(bank);

        assertThat(shortage).isNotNull();
        assertThat(shortage.row()).isEqualTo(1);
        assertThat(shortage.available()).isEqualTo(2);
    }

    @Test
    void theFourLevelScalesHighestLevelCountsAsApplying() {
        List<Candidate> bank = bank("Hàm số", CognitiveLevel.VAN_DUNG_CAO, QuestionType.SINGLE_CHOICE, 2);

        assertThat(new Blueprint(List.of(new Row(null, CognitiveLevel.VAN_DUNG, null, 2))).shortage(bank))
                .isNull();
    }
}
