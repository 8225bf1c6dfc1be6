package vn.edu.ecenter.timetable.xhstt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The evaluator against the reference: every solution attached to the eleven benchmark files must cost exactly what
 * KHE (2016-02-06) computed, as listed in {@code solution_costs.csv} beside them.
 */
@DisplayName("Bộ đánh giá cho đúng chi phí KHE của mọi lời giải mẫu XHSTT")
class BenchmarkCostsTests {

    /** The benchmark files (a copy of ../shared/benchmarks/xhstt kept in the repository), seen from the repository root. */
    static final Path BENCHMARKS = Path.of("bench/data/xhstt");

    private static final Map<String, Archive> ARCHIVES = new ConcurrentHashMap<>();

    static Archive archive(String file) {
        return ARCHIVES.computeIfAbsent(file, f -> XhsttReader.readArchive(BENCHMARKS.resolve(f)));
    }

    static Stream<Arguments> referenceCosts() throws IOException {
        return Files.readAllLines(BENCHMARKS.resolve("solution_costs.csv")).stream()
                .skip(1)
                .filter(line -> !line.isBlank())
                .map(BenchmarkCostsTests::csvFields)
                .map(f ->
                        Arguments.of(f.get(0), f.get(1), f.get(2), Long.parseLong(f.get(3)), Long.parseLong(f.get(4))));
    }

    @ParameterizedTest(name = "{0} / {1} → ({3}, {4})")
    @MethodSource("referenceCosts")
    void matchesKhe(String file, String group, String instanceId, long infeasibility, long objective) {
        Archive archive = archive(file);
        Instance instance = archive.instances().getFirst();
        Solution solution = archive.solutionGroups().stream()
                .filter(g -> g.id().equals(group))
                .flatMap(g -> g.solutions().stream())
                .findFirst()
                .orElseThrow();

        Evaluation evaluation = new Evaluator(instance).evaluate(solution);

        assertThat(instance.id()).isEqualTo(instanceId);
        assertThat(new long[] {evaluation.infeasibility(), evaluation.objective()})
                .as("(infeasibility, objective); by constraint: %s", nonZero(evaluation))
                .containsExactly(infeasibility, objective);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("referenceCosts")
    void listsEveryRowOfTheReference(String file, String group) {
        assertThat(archive(file).solutionGroups()).extracting(SolutionGroup::id).contains(group);
    }

    private static String nonZero(Evaluation evaluation) {
        return evaluation.constraints().stream()
                .filter(c -> c.cost() > 0)
                .map(c -> c.constraintId() + "=" + c.cost())
                .toList()
                .toString();
    }

    /** Splits a CSV line, where a field in double quotes may hold commas. */
    private static List<String> csvFields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
