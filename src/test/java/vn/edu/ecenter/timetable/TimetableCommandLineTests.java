package vn.edu.ecenter.timetable;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.edu.ecenter.timetable.fet.FetChecker;
import vn.edu.ecenter.timetable.fet.FetDocument;
import vn.edu.ecenter.timetable.fet.FetReader;
import vn.edu.ecenter.timetable.fet.Timetable;

class TimetableCommandLineTests {

    private static final String HDTT4 = "bench/data/xhstt/ArtificialORLibrary-hdtt4.xml";
    private static final Pattern COST = Pattern.compile("infeasibility=(\\d+) objective=(\\d+)");

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return new TimetableCommandLine(
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(List.of(args));
    }

    private String lastLine() {
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        return lines.getLast();
    }

    @Test
    void solvesAnXhsttInstanceAndTheEvaluatorAgreesWithWhatItPrinted() {
        Path solution = folder.resolve("hdtt4-solution.xml");

        assertThat(run("solve", "--xhstt", HDTT4, "--out", solution.toString(), "--seconds", "2", "--seed", "5"))
                .isZero();
        Matcher solved = COST.matcher(lastLine());
        assertThat(solved.find()).as(lastLine()).isTrue();
        assertThat(lastLine()).matches("infeasibility=\\d+ objective=\\d+ seconds=\\d+\\.\\d");
        assertThat(solution).exists();

        assertThat(run("evaluate", "--xhstt", HDTT4, "--solution", solution.toString()))
                .isZero();
        assertThat(lastLine()).isEqualTo("infeasibility=" + solved.group(1) + " objective=" + solved.group(2));
    }

    @Test
    void solvesAFetFileAndWritesTheDataWithTheTimetableForFet() {
        Path out = folder.resolve("tkb");
        String fet = "bench/data/fet/Vietnam-THCS-DucHop-KimDong-HungYen-2015.fet";

        assertThat(run("solve", "--fet", fet, "--out", out.toString(), "--seconds", "2", "--seed", "3"))
                .isZero();

        assertThat(lastLine()).matches("placed=206/206 hard_violations=\\d+ seconds=\\d+\\.\\d");
        Path written = out.resolve("Vietnam-THCS-DucHop-KimDong-HungYen-2015_data_and_timetable.fet");
        FetDocument document = FetReader.read(written);
        assertThat(Timetable.lockedIn(document).placements()).hasSize(206);
        int hardViolations = Integer.parseInt(lastLine().replaceAll(".*hard_violations=(\\d+).*", "$1"));
        assertThat(FetChecker.check(document, Timetable.lockedIn(document)).hardViolations())
                .as("the written timetable is the one reported")
                .isEqualTo(hardViolations);
    }

    @Test
    void solveNeedsExactlyOneInputFormat() {
        assertThat(run("solve", "--out", "x", "--seconds", "2")).isEqualTo(TimetableCommandLine.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("Cần đúng một trong các tùy chọn --xhstt, --fet hoặc --generated-centre");
    }

    @Test
    void solvesTheGeneratedDemoSizeCentreUntilNoHardRuleIsBroken() {
        assertThat(run("solve", "--generated-centre", "1", "--seconds", "60", "--seed", "1"))
                .isZero();

        assertThat(lastLine()).matches("placed=(\\d+)/\\1 hard_violations=0 soft=\\d+ seconds=[\\d.]+");
    }

    @Test
    void evaluatesAStoredSolutionAsKheDid() {
        // The file itself holds the best known solution (0, 0), as solution_costs.csv lists.
        assertThat(run("evaluate", "--xhstt", HDTT4, "--solution", HDTT4)).isZero();

        assertThat(lastLine()).isEqualTo("infeasibility=0 objective=0");
    }

    @Test
    void aMistakeInTheCommandLineIsNamedInVietnamese() {
        assertThat(run("solve", "--xhstt", HDTT4, "--seconds", "2")).isEqualTo(TimetableCommandLine.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Thiếu tùy chọn bắt buộc --out");

        assertThat(run("solve", "--xhstt", HDTT4, "--out", "x.xml", "--seconds", "mười"))
                .isEqualTo(TimetableCommandLine.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--seconds phải là số nguyên");

        assertThat(run("solve", "--xhstt", "no-such-file.xml", "--out", "x.xml", "--seconds", "2"))
                .isEqualTo(TimetableCommandLine.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Không đọc được tệp no-such-file.xml");

        assertThat(run("draw")).isEqualTo(TimetableCommandLine.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Lệnh không được hỗ trợ: draw");
    }

    @Test
    void aBrokenFileIsReportedWithoutAStackTrace() throws IOException {
        Path broken = Files.writeString(folder.resolve("broken.xml"), "<HighSchoolTimetableArchive><Instances>");

        assertThat(run(
                        "solve",
                        "--xhstt",
                        broken.toString(),
                        "--out",
                        folder.resolve("o.xml").toString(),
                        "--seconds",
                        "1"))
                .isEqualTo(TimetableCommandLine.BAD_INPUT);

        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("Lỗi: ").doesNotContain("Exception");
        assertThat(folder.resolve("o.xml")).doesNotExist();
    }
}
