package vn.edu.ecenter.timetable.xhstt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Writing an instance and a solution from the model and reading them back loses nothing that costs anything. */
@DisplayName("Ghi ra XHSTT rồi đọc lại: mô hình và chi phí không đổi")
class RoundTripTests {

    static Stream<String> benchmarkFiles() throws IOException {
        try (Stream<Path> files = Files.list(BenchmarkCostsTests.BENCHMARKS)) {
            return files
                    .map(f -> f.getFileName().toString())
                    .filter(f -> f.endsWith(".xml"))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("benchmarkFiles")
    void readsBackTheSameInstanceSolutionAndCosts(String file) {
        Archive original = BenchmarkCostsTests.archive(file);
        Instance instance = original.instances().getFirst();
        SolutionGroup group = original.solutionGroups().getFirst();

        ByteArrayOutputStream written = new ByteArrayOutputStream();
        XhsttWriter.write(instance, group, written);
        Archive reread = XhsttReader.readArchive(new ByteArrayInputStream(written.toByteArray()));

        assertThat(reread.instances()).containsExactly(instance);
        assertThat(reread.solutionGroups()).containsExactly(group);
        Solution solution = group.solutions().getFirst();
        Solution solutionReread = reread.solutionGroups().getFirst().solutions().getFirst();
        assertThat(new Evaluator(reread.instances().getFirst()).evaluate(solutionReread))
                .isEqualTo(new Evaluator(instance).evaluate(solution));
    }
}
