package vn.edu.ecenter.gradebook.rules;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * Marks and results written the way a teacher reads the book, for rule tables: {@code "8 7 _ | 6 | 9"} is ĐĐGtx 8, 7
 * and a third not entered yet, ĐĐGgk 6, ĐĐGck 9; {@code "8 6,5 _ | Đ CĐ"} is three scored subjects (the third without
 * a result yet) and two comment-only subjects.
 */
final class Sheets {

    static final List<String> SCORED =
            List.of("Ngữ văn", "Toán", "Lịch sử", "Địa lí", "Vật lí", "Hóa học", "Tin học", "Tiếng Anh", "Sinh học");
    static final List<String> COMMENTED = List.of("HĐTN-HN", "GDĐP", "GDTC");

    private static final String NOT_YET = "_";

    private Sheets() {}

    /** The marks of one semester: "TX… | GK | CK", "_" for a column without a mark. */
    static SemesterMarks marks(Grading grading, String row) {
        String[] parts = row.split("\\|", -1);
        Map<MarkSlot, Mark> marks = new LinkedHashMap<>();
        String[] regular = parts[0].strip().split("\\s+");
        for (int i = 0; i < regular.length; i++) {
            put(marks, MarkSlot.regular(i + 1), grading, regular[i]);
        }
        put(marks, MarkSlot.MID_TERM, grading, parts[1]);
        put(marks, MarkSlot.END_OF_TERM, grading, parts[2]);
        return new SemesterMarks(marks);
    }

    /** The number of ĐĐGtx columns written in a row. */
    static int regularColumns(String row) {
        return row.split("\\|", -1)[0].strip().split("\\s+").length;
    }

    /** A semester's marks and the plan they fill: as many ĐĐGtx as written. */
    static AssessmentPlan plan(Grading grading, String row) {
        return new AssessmentPlan(grading, regularColumns(row));
    }

    /** Subject results: "scored averages | comment-only levels", "_" for a subject without a result yet. */
    static List<SubjectOutcome> subjects(String row) {
        String[] parts = row.split("\\|", -1);
        List<SubjectOutcome> subjects = new ArrayList<>();
        List<String> scored = words(parts[0]);
        for (int i = 0; i < scored.size(); i++) {
            subjects.add(new SubjectOutcome(SCORED.get(i), result(scored.get(i), Grading.SCORES)));
        }
        List<String> commented = parts.length > 1 ? words(parts[1]) : List.of();
        for (int i = 0; i < commented.size(); i++) {
            subjects.add(new SubjectOutcome(COMMENTED.get(i), result(commented.get(i), Grading.COMMENTS)));
        }
        return subjects;
    }

    /** A message of the Vietnamese bundle, formatted as the application formats it. */
    static String vietnamese(String key, Object... arguments) {
        String pattern = Objects.requireNonNull(bundle("vi").getProperty(key), () -> "no message " + key);
        return new MessageFormat(pattern, Locale.forLanguageTag("vi-VN")).format(arguments);
    }

    static Properties bundle(String language) {
        var properties = new Properties();
        String name = "/messages/gradebook_" + language + ".properties";
        try (var reader = new InputStreamReader(
                Objects.requireNonNull(Sheets.class.getResourceAsStream(name)), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static SubjectResult result(String text, Grading grading) {
        if (text.equals(NOT_YET)) {
            return new SubjectResult.Incomplete(List.of(new Missing(Semester.HK2, MarkSlot.END_OF_TERM)));
        }
        return switch (grading.parse(text)) {
            case Score score -> new SubjectResult.Average(score);
            case CommentLevel level -> new SubjectResult.Commented(level);
        };
    }

    private static List<String> words(String text) {
        return text.isBlank() ? List.of() : List.of(text.strip().split("\\s+"));
    }

    private static void put(Map<MarkSlot, Mark> marks, MarkSlot slot, Grading grading, String text) {
        String mark = text.strip();
        if (!mark.isEmpty() && !mark.equals(NOT_YET)) {
            marks.put(slot, grading.parse(mark));
        }
    }
}
