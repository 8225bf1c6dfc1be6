package vn.edu.ecenter.timetable.fet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * FET itself opens what {@link FetWriter} writes: the data and FET's timetable, locked, written by eCenter and given to
 * FET 6.8.5's command line, which must accept every lock ("Simulation successful") and find the soft conflicts the
 * checker finds. Runs only where FET is installed ({@code apt-get install fet}); the other tests need no FET.
 */
class FetCommandLineTests {

    private static final Path FET_CL = Path.of("/usr/bin/fet-cl");

    @Test
    void fetAcceptsTheDataAndTimetableItWrites(@TempDir Path dir) throws IOException, InterruptedException {
        assumeThat(Files.isExecutable(FET_CL)).as("FET is installed").isTrue();
        String file = "Vietnam-HungYen-secondary";
        FetDocument document = FetReader.read(FetSamples.benchmark(file));
        Timetable timetable = FetTimetables.generatedByFet(document, file);
        Path input = dir.resolve("locked.fet");
        FetWriter.write(FetWriter.withTimetable(document, timetable), input);

        Process fet = new ProcessBuilder(
                        FET_CL.toString(),
                        "--inputfile=" + input,
                        "--outputdir=" + dir.resolve("out"),
                        "--timelimitseconds=30")
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("fet.log").toFile())
                .start();
        assertThat(fet.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(Files.readString(dir.resolve("fet.log"), StandardCharsets.UTF_8))
                .contains("Simulation successful")
                .doesNotContain("older file");
        Path softConflicts = dir.resolve("out/timetables/locked/locked_soft_conflicts.txt");
        assertThat(Files.readString(softConflicts, StandardCharsets.UTF_8)).contains("Total soft conflicts: 1.9");
        assertThat(FetChecker.check(document, timetable).softConflicts()).isCloseTo(1.9, within(1e-9));
    }
}
