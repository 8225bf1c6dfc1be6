package vn.edu.ecenter.timetable.fet;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The timetables FET 6.8.5 generated for the benchmark files, kept as CSV (activity_id,day,hour with FET's day and
 * hour names) under src/test/resources/timetable/fet/ so that tests need no FET installed.
 */
final class FetTimetables {

    private FetTimetables() {}

    static Timetable generatedByFet(FetDocument document, String file) {
        String resource = "/timetable/fet/" + file + ".timetable.csv";
        try (InputStream in = Objects.requireNonNull(FetTimetables.class.getResourceAsStream(resource), resource);
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            Map<Integer, Placement> placements = new LinkedHashMap<>();
            lines.lines()
                    .skip(1)
                    .map(line -> line.split(","))
                    .forEach(row -> placements.put(
                            Integer.parseInt(row[0]),
                            new Placement(
                                    document.days().indexOf(row[1]),
                                    document.hours().indexOf(row[2]))));
            return new Timetable(placements);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
