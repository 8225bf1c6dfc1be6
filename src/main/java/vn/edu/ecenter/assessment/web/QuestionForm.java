package vn.edu.ecenter.assessment.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;
import vn.edu.ecenter.assessment.QuestionView;
import vn.edu.ecenter.assessment.questions.Accepted;
import vn.edu.ecenter.assessment.questions.Body;
import vn.edu.ecenter.assessment.questions.CognitiveLevel;
import vn.edu.ecenter.assessment.questions.Criterion;
import vn.edu.ecenter.assessment.questions.Difficulty;
import vn.edu.ecenter.assessment.questions.Metadata;
import vn.edu.ecenter.assessment.questions.NumericAnswer;
import vn.edu.ecenter.assessment.questions.Option;
import vn.edu.ecenter.assessment.questions.Question;
import vn.edu.ecenter.assessment.questions.QuestionSpec;
import vn.edu.ecenter.assessment.questions.QuestionType;
import vn.edu.ecenter.assessment.questions.Statement;

/**
 * The question editor's form, as typed: every field a string, so that a refused form comes back exactly as it was
 * sent. The editor writes single choice, multiple response, the four-statement question, short answer, numeric and
 * essay questions; matching, ordering and cloze questions come in through an import.
 *
 * @param basedOn the version the edit started from (0 for a new question)
 */
record QuestionForm(
        QuestionType type,
        int basedOn,
        String text,
        String feedback,
        String name,
        String grade,
        String topic,
        String level,
        String difficulty,
        String tags,
        List<Row> options,
        boolean shuffle,
        List<Row> statements,
        List<String> accepted,
        boolean caseSensitive,
        List<Row> numbers,
        String unit,
        List<Row> rubric) {

    /** The kinds the editor writes, in the order the page offers them. */
    static final List<QuestionType> EDITABLE = List.of(
            QuestionType.SINGLE_CHOICE,
            QuestionType.MULTIPLE_RESPONSE,
            QuestionType.TRUE_FALSE_STATEMENTS,
            QuestionType.SHORT_ANSWER,
            QuestionType.NUMERIC,
            QuestionType.ESSAY);

    /** Blank rows the page offers beyond those filled, and at least this many rows in all. */
    private static final int OPTION_ROWS = 6;

    private static final int ANSWER_ROWS = 4;
    private static final int NUMBER_ROWS = 3;
    private static final int RUBRIC_ROWS = 6;
    private static final List<String> STATEMENT_KEYS = List.of("a", "b", "c", "d");

    /**
     * A row of the form: an option (key, text, right), a statement (key, text, true), a number (value, tolerance) or a
     * rubric line (description, points).
     */
    record Row(String key, String text, String second, boolean checked) {}

    /** A value the form cannot turn into a question, as a message key of the bundle and its arguments. */
    record Problem(String key, Object... arguments) {}

    static QuestionForm blank(QuestionType type) {
        return new QuestionForm(
                type,
                0,
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                padded(List.of(), OPTION_ROWS),
                true,
                STATEMENT_KEYS.stream().map(k -> new Row(k, "", "", false)).toList(),
                padded(List.of(), ANSWER_ROWS, ""),
                false,
                padded(List.of(), NUMBER_ROWS),
                "",
                padded(List.of(), RUBRIC_ROWS));
    }

    /** The form of a question's version, to edit it; null when the editor does not write its kind. */
    static @Nullable QuestionForm of(QuestionView view) {
        if (!EDITABLE.contains(view.type())) {
            return null;
        }
        QuestionForm form = blank(view.type());
        Metadata meta = view.metadata();
        List<Row> options = form.options();
        List<Row> statements = form.statements();
        List<String> accepted = form.accepted();
        List<Row> numbers = form.numbers();
        List<Row> rubric = form.rubric();
        boolean shuffle = true;
        boolean caseSensitive = false;
        String unit = "";
        switch (view.question().body()) {
            case Body.Choice choice -> {
                options = padded(
                        choice.options().stream()
                                .map(o -> new Row(o.key(), o.text(), "", o.right()))
                                .toList(),
                        OPTION_ROWS);
                shuffle = choice.shuffle();
            }
            case Body.Statements s ->
                statements = s.statements().stream()
                        .map(st -> new Row(st.key(), st.text(), "", st.isTrue()))
                        .toList();
            case Body.ShortAnswer s -> {
                accepted = padded(s.accepted().stream().map(Accepted::text).toList(), ANSWER_ROWS, "");
                caseSensitive = s.caseSensitive();
            }
            case Body.Numeric n -> {
                numbers = padded(
                        n.accepted().stream()
                                .map(a -> new Row("", typed(a.value()), typed(a.tolerance()), false))
                                .toList(),
                        NUMBER_ROWS);
                unit = n.unit() == null ? "" : n.unit();
            }
            case Body.Essay e ->
                rubric = padded(
                        e.rubric().stream()
                                .map(c -> new Row("", c.description(), typed(c.points()), false))
                                .toList(),
                        RUBRIC_ROWS);
            default -> {}
        }
        return new QuestionForm(
                view.type(),
                view.version(),
                view.question().text(),
                view.question().feedback() == null ? "" : view.question().feedback(),
                meta.name(),
                meta.grade() == null ? "" : meta.grade().toString(),
                meta.topic() == null ? "" : meta.topic(),
                meta.level() == null ? "" : meta.level().name(),
                meta.difficulty() == null ? "" : meta.difficulty().name(),
                String.join(", ", meta.tags()),
                options,
                shuffle,
                statements,
                accepted,
                caseSensitive,
                numbers,
                unit,
                rubric);
    }

    /** The form as posted; a kind the editor does not write is a bad request (the caller checks {@link #EDITABLE}). */
    static QuestionForm posted(QuestionType type, MultiValueMap<String, String> form) {
        List<String> right = form.getOrDefault("right", List.of());
        List<Row> options = new ArrayList<>();
        for (int i = 0; form.containsKey("option.text." + i); i++) {
            options.add(new Row(
                    first(form, "option.key." + i),
                    first(form, "option.text." + i),
                    "",
                    right.contains(String.valueOf(i))));
        }
        List<Row> statements = new ArrayList<>();
        for (int i = 0; i < STATEMENT_KEYS.size(); i++) {
            String key = first(form, "statement.key." + i);
            statements.add(new Row(
                    key.isBlank() ? STATEMENT_KEYS.get(i) : key,
                    first(form, "statement.text." + i),
                    "",
                    "true".equals(first(form, "statement.true." + i))));
        }
        List<String> accepted = new ArrayList<>();
        for (int i = 0; form.containsKey("accepted." + i); i++) {
            accepted.add(first(form, "accepted." + i));
        }
        List<Row> numbers = new ArrayList<>();
        for (int i = 0; form.containsKey("number.value." + i); i++) {
            numbers.add(new Row("", first(form, "number.value." + i), first(form, "number.tolerance." + i), false));
        }
        List<Row> rubric = new ArrayList<>();
        for (int i = 0; form.containsKey("rubric.text." + i); i++) {
            rubric.add(new Row("", first(form, "rubric.text." + i), first(form, "rubric.points." + i), false));
        }
        return new QuestionForm(
                type,
                number(first(form, "basedOn")),
                first(form, "text"),
                first(form, "feedback"),
                first(form, "name"),
                first(form, "grade"),
                first(form, "topic"),
                first(form, "level"),
                first(form, "difficulty"),
                first(form, "tags"),
                options,
                "true".equals(first(form, "shuffle")),
                statements,
                accepted,
                "true".equals(first(form, "caseSensitive")),
                numbers,
                first(form, "unit"),
                rubric);
    }

    /** The question the form describes; values it cannot read go to {@code problems} and are left out. */
    QuestionSpec toSpec(List<Problem> problems) {
        Body body =
                switch (type) {
                    case SINGLE_CHOICE -> new Body.Choice(false, choiceOptions(false), shuffle);
                    case MULTIPLE_RESPONSE -> multiple();
                    case TRUE_FALSE_STATEMENTS ->
                        new Body.Statements(statements.stream()
                                .map(r -> new Statement(r.key(), r.text().strip(), r.checked()))
                                .toList());
                    case SHORT_ANSWER ->
                        new Body.ShortAnswer(
                                accepted.stream()
                                        .filter(a -> !a.isBlank())
                                        .map(a -> Accepted.full(a.strip()))
                                        .toList(),
                                caseSensitive);
                    case NUMERIC -> new Body.Numeric(numericAnswers(problems), blankToNull(unit));
                    case ESSAY -> new Body.Essay(criteria(problems));
                    default -> throw new IllegalArgumentException("The editor does not write " + type);
                };
        Question question = new Question(text.strip(), body, blankToNull(feedback));
        return new QuestionSpec(question, metadata(problems));
    }

    private List<Option> choiceOptions(boolean multiple) {
        List<Row> filled =
                options.stream().filter(r -> !r.text().isBlank() || r.checked()).toList();
        List<String> keys = keys(filled);
        List<Option> result = new ArrayList<>();
        for (int i = 0; i < filled.size(); i++) {
            Row row = filled.get(i);
            result.add(new Option(
                    keys.get(i), row.text().strip(), row.checked() && !multiple ? BigDecimal.ONE : BigDecimal.ZERO));
        }
        return result;
    }

    private Body.Choice multiple() {
        List<Option> plain = choiceOptions(true);
        List<Row> filled =
                options.stream().filter(r -> !r.text().isBlank() || r.checked()).toList();
        Body.Choice weighted = Body.Choice.multiple(
                plain.stream().map(Option::key).toList(),
                plain.stream().map(Option::text).toList(),
                filled.stream().map(Row::checked).toList());
        return new Body.Choice(true, weighted.options(), shuffle);
    }

    /** The typed keys where given and unique, otherwise the next free letter A, B, C … */
    private static List<String> keys(List<Row> rows) {
        Set<String> used = new HashSet<>();
        List<String> keys = new ArrayList<>();
        for (Row row : rows) {
            String key = row.key().strip();
            keys.add(!key.isEmpty() && used.add(key) ? key : null);
        }
        char next = 'A';
        for (int i = 0; i < keys.size(); i++) {
            if (keys.get(i) == null) {
                while (used.contains(String.valueOf(next))) {
                    next++;
                }
                used.add(String.valueOf(next));
                keys.set(i, String.valueOf(next));
            }
        }
        return keys;
    }

    private List<NumericAnswer> numericAnswers(List<Problem> problems) {
        List<NumericAnswer> answers = new ArrayList<>();
        for (Row row : numbers) {
            if (row.text().isBlank()) {
                continue;
            }
            BigDecimal value = decimal(row.text(), problems);
            BigDecimal tolerance = row.second().isBlank() ? BigDecimal.ZERO : decimal(row.second(), problems);
            if (value == null || tolerance == null) {
                continue;
            }
            if (tolerance.signum() < 0) {
                problems.add(new Problem("questionbank.editor.error.tolerance", row.second()));
                continue;
            }
            answers.add(new NumericAnswer(value, tolerance, BigDecimal.ONE));
        }
        return answers;
    }

    private List<Criterion> criteria(List<Problem> problems) {
        List<Criterion> criteria = new ArrayList<>();
        for (Row row : rubric) {
            if (row.text().isBlank() && row.second().isBlank()) {
                continue;
            }
            BigDecimal points = row.second().isBlank() ? BigDecimal.ZERO : decimal(row.second(), problems);
            if (points != null) {
                criteria.add(new Criterion(row.text().strip(), points));
            }
        }
        return criteria;
    }

    private Metadata metadata(List<Problem> problems) {
        Integer gradeNumber = null;
        if (!grade.isBlank()) {
            int parsed = number(grade);
            if (parsed < 1 || parsed > 12) {
                problems.add(new Problem("questionbank.editor.error.grade", grade));
            } else {
                gradeNumber = parsed;
            }
        }
        List<String> tagList = Arrays.stream(tags.split("[,;]"))
                .map(String::strip)
                .filter(t -> !t.isEmpty())
                .distinct()
                .toList();
        return new Metadata(
                name.strip(),
                gradeNumber,
                blankToNull(topic),
                level.isBlank() ? null : named(CognitiveLevel.class, level),
                difficulty.isBlank() ? null : named(Difficulty.class, difficulty),
                tagList);
    }

    /** "1,5", "1.5", "-0,25": a decimal as Vietnamese or English write it; null (with a problem) otherwise. */
    static @Nullable BigDecimal decimal(String typed, List<Problem> problems) {
        String plain = typed.strip().replace(" ", "").replace('\u2212', '-').replace(',', '.');
        try {
            return new BigDecimal(plain);
        } catch (NumberFormatException e) {
            problems.add(new Problem("questionbank.editor.error.number", typed.strip()));
            return null;
        }
    }

    /** The number as a Vietnamese teacher types it: 1,5. */
    static String typed(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static <E extends Enum<E>> @Nullable E named(Class<E> type, String name) {
        try {
            return Enum.valueOf(type, name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static List<Row> padded(List<Row> rows, int least) {
        List<Row> all = new ArrayList<>(rows);
        int wanted = Math.max(least, rows.size() + 2);
        while (all.size() < wanted) {
            all.add(new Row("", "", "", false));
        }
        return all;
    }

    private static List<String> padded(List<String> rows, int least, String blank) {
        List<String> all = new ArrayList<>(rows);
        int wanted = Math.max(least, rows.size() + 1);
        while (all.size() < wanted) {
            all.add(blank);
        }
        return all;
    }

    private static @Nullable String blankToNull(String text) {
        return text.isBlank() ? null : text.strip();
    }

    private static int number(String typed) {
        try {
            return Integer.parseInt(typed.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String first(MultiValueMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null ? "" : value;
    }
}
