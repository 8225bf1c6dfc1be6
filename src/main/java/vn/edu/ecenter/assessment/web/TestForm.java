package vn.edu.ecenter.assessment.web;

import static vn.edu.ecenter.assessment.web.FormFields.first;
import static vn.edu.ecenter.assessment.web.FormFields.named;
import static vn.edu.ecenter.assessment.web.FormFields.whole;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;
import vn.edu.ecenter.assessment.NewTest;
import vn.edu.ecenter.assessment.questions.Blueprint;
import vn.edu.ecenter.assessment.questions.CognitiveLevel;
import vn.edu.ecenter.assessment.questions.QuestionType;
import vn.edu.ecenter.platform.clock.BusinessClock;

/**
 * The "set a test" form as typed (every field a string, so a refused form comes back as it was): title, bank, the
 * blueprint's rows, duration, the window in Việt Nam's time, attempts, access code, shuffle, graded, and points per
 * kind of question.
 */
record TestForm(
        String title,
        String bankId,
        List<BlueprintRow> rows,
        String duration,
        String opensAt,
        String closesAt,
        String attempts,
        String accessCode,
        boolean shuffle,
        boolean graded,
        Map<QuestionType, String> points) {

    /** A row of the blueprint as typed: topic, level, kind (blank for any) and how many questions. */
    record BlueprintRow(String topic, String level, String type, String count) {}

    /** The kinds whose points the form asks for (the others are worth 1). */
    static final List<QuestionType> POINTED = List.of(QuestionType.values());

    static TestForm blank(LocalDateTime now) {
        LocalDateTime start = now.truncatedTo(ChronoUnit.HOURS).plusHours(1);
        Map<QuestionType, String> points = new EnumMap<>(QuestionType.class);
        POINTED.forEach(type -> points.put(type, "1"));
        return new TestForm(
                "",
                "",
                List.of(new BlueprintRow("", "", "", "")),
                "45",
                start.toString(),
                start.plusDays(1).toString(),
                "1",
                "",
                true,
                false,
                points);
    }

    /** The same form with one more blank row of the blueprint (the "add a row" button without a script). */
    TestForm withRow() {
        List<BlueprintRow> more = new ArrayList<>(rows);
        more.add(new BlueprintRow("", "", "", ""));
        return new TestForm(
                title, bankId, more, duration, opensAt, closesAt, attempts, accessCode, shuffle, graded, points);
    }

    /**
     * The same form with the points of the national exam's structure (from 2025): Part I, one choice of four, 0,25 a
     * question; Part II, four statements, 1 a question; Part III, short answers, 0,25 a question — 0,5 in Toán. The
     * Part III value is written from memory of the Ministry's exam structure and is to be checked against it.
     */
    TestForm withExamPoints(boolean mathematics) {
        Map<QuestionType, String> exam = new EnumMap<>(points);
        exam.put(QuestionType.SINGLE_CHOICE, "0,25");
        exam.put(QuestionType.TRUE_FALSE_STATEMENTS, "1");
        exam.put(QuestionType.SHORT_ANSWER, mathematics ? "0,5" : "0,25");
        exam.put(QuestionType.NUMERIC, mathematics ? "0,5" : "0,25");
        return new TestForm(
                title, bankId, rows, duration, opensAt, closesAt, attempts, accessCode, shuffle, graded, exam);
    }

    static TestForm posted(MultiValueMap<String, String> form) {
        List<String> topics = form.getOrDefault("row.topic", List.of());
        List<String> levels = form.getOrDefault("row.level", List.of());
        List<String> types = form.getOrDefault("row.type", List.of());
        List<String> counts = form.getOrDefault("row.count", List.of());
        List<BlueprintRow> rows = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            rows.add(new BlueprintRow(at(topics, i), at(levels, i), at(types, i), counts.get(i)));
        }
        Map<QuestionType, String> points = new EnumMap<>(QuestionType.class);
        POINTED.forEach(type -> points.put(type, first(form, "points." + type.name())));
        return new TestForm(
                first(form, "title"),
                first(form, "bankId"),
                rows,
                first(form, "duration"),
                first(form, "opensAt"),
                first(form, "closesAt"),
                first(form, "attempts"),
                first(form, "accessCode"),
                "true".equals(first(form, "shuffle")),
                "true".equals(first(form, "graded")),
                points);
    }

    /** The test to set; values the form cannot read go to {@code problems} (message keys and arguments). */
    @Nullable
    NewTest toNewTest(UUID classId, List<QuestionForm.Problem> problems) {
        UUID bank = uuid(bankId);
        if (bank == null) {
            problems.add(new QuestionForm.Problem("questionbank.test.error.bank"));
        }
        List<Blueprint.Row> blueprint = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            BlueprintRow row = rows.get(i);
            boolean blank =
                    row.topic().isBlank() && row.level().isBlank() && row.type().isBlank();
            if (blank && row.count().isBlank()) {
                continue;
            }
            int count = whole(row.count());
            if (count < 1) {
                problems.add(new QuestionForm.Problem("onlineTest.error.blueprintRow", i + 1));
                continue;
            }
            blueprint.add(new Blueprint.Row(
                    row.topic().isBlank() ? null : row.topic().strip(),
                    named(CognitiveLevel.class, row.level()),
                    named(QuestionType.class, row.type()),
                    count));
        }
        Map<QuestionType, BigDecimal> pointsByType = new EnumMap<>(QuestionType.class);
        points.forEach((type, typed) -> {
            if (!typed.isBlank()) {
                BigDecimal value = QuestionForm.decimal(typed, problems);
                if (value != null) {
                    pointsByType.put(type, value);
                }
            }
        });
        LocalDateTime opens = when(opensAt, "questionbank.test.error.opensAt", problems);
        LocalDateTime closes = when(closesAt, "questionbank.test.error.closesAt", problems);
        if (bank == null || opens == null || closes == null || !problems.isEmpty()) {
            return null;
        }
        return new NewTest(
                title,
                bank,
                classId,
                blueprint,
                whole(duration),
                opens.atZone(BusinessClock.ZONE).toInstant(),
                closes.atZone(BusinessClock.ZONE).toInstant(),
                shuffle,
                whole(attempts),
                accessCode.isBlank() ? null : accessCode.strip(),
                graded,
                pointsByType);
    }

    private static @Nullable LocalDateTime when(String typed, String problem, List<QuestionForm.Problem> problems) {
        try {
            return LocalDateTime.parse(typed.strip());
        } catch (DateTimeParseException e) {
            problems.add(new QuestionForm.Problem(problem, typed.strip()));
            return null;
        }
    }

    private static @Nullable UUID uuid(String typed) {
        try {
            return typed.isBlank() ? null : UUID.fromString(typed.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String at(List<String> values, int i) {
        return i < values.size() ? values.get(i) : "";
    }
}
