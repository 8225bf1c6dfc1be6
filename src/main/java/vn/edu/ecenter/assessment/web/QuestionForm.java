package vn.edu.ecenter.assessment.web;

import static vn.edu.ecenter.assessment.web.FormFields.first;
import static vn.edu.ecenter.assessment.web.FormFields.named;
import static vn.edu.ecenter.assessment.web.FormFields.whole;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;
import vn.edu.ecenter.assessment.QuestionView;
import vn.edu.ecenter.assessment.exchange.ClozeNotation;
import vn.edu.ecenter.assessment.questions.Accepted;
import vn.edu.ecenter.assessment.questions.Body;
import vn.edu.ecenter.assessment.questions.CognitiveLevel;
import vn.edu.ecenter.assessment.questions.Criterion;
import vn.edu.ecenter.assessment.questions.Difficulty;
import vn.edu.ecenter.assessment.questions.Item;
import vn.edu.ecenter.assessment.questions.Metadata;
import vn.edu.ecenter.assessment.questions.NumericAnswer;
import vn.edu.ecenter.assessment.questions.Option;
import vn.edu.ecenter.assessment.questions.Pair;
import vn.edu.ecenter.assessment.questions.Question;
import vn.edu.ecenter.assessment.questions.QuestionSpec;
import vn.edu.ecenter.assessment.questions.QuestionType;
import vn.edu.ecenter.assessment.questions.Statement;

/**
 * The question editor's form, as typed: every field a string, so that a refused form comes back exactly as it was
 * sent. The editor writes every kind of question: options with their shares of the points (blank: the usual share),
 * statements, accepted answers, numbers, pairs and distractors, items in order, a cloze text in Moodle's notation
 * ({@link ClozeNotation}) and rubric lines; and it keeps the question's picture.
 *
 * @param basedOn the version the edit started from (0 for a new question)
 * @param image the id of the question's picture, or empty
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
        List<Row> rubric,
        List<Row> pairs,
        List<String> distractors,
        List<Row> items,
        boolean partial,
        String cloze,
        String image) {

    /** The kinds the editor writes, in the order the page offers them. */
    static final List<QuestionType> EDITABLE = List.of(
            QuestionType.SINGLE_CHOICE,
            QuestionType.MULTIPLE_RESPONSE,
            QuestionType.TRUE_FALSE_STATEMENTS,
            QuestionType.SHORT_ANSWER,
            QuestionType.NUMERIC,
            QuestionType.MATCHING,
            QuestionType.ORDERING,
            QuestionType.CLOZE,
            QuestionType.ESSAY);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Blank rows the page offers beyond those filled, and at least this many rows in all. */
    private static final int OPTION_ROWS = 6;

    private static final int ANSWER_ROWS = 4;
    private static final int NUMBER_ROWS = 3;
    private static final int RUBRIC_ROWS = 6;
    private static final int PAIR_ROWS = 5;
    private static final int DISTRACTOR_ROWS = 2;
    private static final int ITEM_ROWS = 5;
    private static final List<String> STATEMENT_KEYS = List.of("a", "b", "c", "d");

    /**
     * A row of the form: an option (key, text, share in per cent, right), a statement (key, text, true), a number
     * (value, tolerance), a rubric line (description, points), a pair (key, prompt, answer) or an item (key, text).
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
                padded(List.of(), RUBRIC_ROWS),
                padded(List.of(), PAIR_ROWS),
                padded(List.of(), DISTRACTOR_ROWS, ""),
                padded(List.of(), ITEM_ROWS),
                true,
                "",
                "");
    }

    /** The form of a question's version, to edit it. */
    static QuestionForm of(QuestionView view) {
        QuestionForm form = blank(view.type());
        Metadata meta = view.metadata();
        List<Row> options = form.options();
        List<Row> statements = form.statements();
        List<String> accepted = form.accepted();
        List<Row> numbers = form.numbers();
        List<Row> rubric = form.rubric();
        List<Row> pairs = form.pairs();
        List<String> distractors = form.distractors();
        List<Row> items = form.items();
        boolean shuffle = true;
        boolean caseSensitive = false;
        boolean partial = true;
        String unit = "";
        String cloze = "";
        switch (view.question().body()) {
            case Body.Choice choice -> {
                options = padded(optionRows(choice), OPTION_ROWS);
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
            case Body.Matching m -> {
                pairs = padded(
                        m.pairs().stream()
                                .map(p -> new Row(p.key(), p.prompt(), p.answer(), false))
                                .toList(),
                        PAIR_ROWS);
                distractors = padded(m.distractors(), DISTRACTOR_ROWS, "");
            }
            case Body.Ordering o -> {
                items = padded(
                        o.items().stream()
                                .map(i -> new Row(i.key(), i.text(), "", false))
                                .toList(),
                        ITEM_ROWS);
                partial = o.partial();
            }
            case Body.Cloze c -> cloze = ClozeNotation.write(c);
            case Body.Essay e ->
                rubric = padded(
                        e.rubric().stream()
                                .map(c -> new Row("", c.description(), typed(c.points()), false))
                                .toList(),
                        RUBRIC_ROWS);
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
                rubric,
                pairs,
                distractors,
                items,
                partial,
                cloze,
                view.question().image() == null ? "" : view.question().image().toString());
    }

    /**
     * The options as rows: right where the learner earns the whole (single choice) or a share (multiple response),
     * with the share written out only where it is not the one a blank share gets.
     */
    private static List<Row> optionRows(Body.Choice choice) {
        List<Option> options = choice.options();
        List<Boolean> right = options.stream()
                .map(o -> choice.multiple() ? o.right() : o.weight().compareTo(BigDecimal.ONE) == 0)
                .toList();
        List<BigDecimal> usual = usualWeights(choice.multiple(), right);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            Option o = options.get(i);
            String share = o.weight().compareTo(usual.get(i)) == 0
                    ? ""
                    : typed(o.weight().movePointRight(2));
            rows.add(new Row(o.key(), o.text(), share, right.get(i)));
        }
        return rows;
    }

    /** The shares blank weights get: 1 for the right option of a single choice; ±1/k for multiple response. */
    private static List<BigDecimal> usualWeights(boolean multiple, List<Boolean> right) {
        if (!multiple) {
            return right.stream().map(r -> r ? BigDecimal.ONE : BigDecimal.ZERO).toList();
        }
        List<String> blanks = right.stream().map(r -> "").toList();
        return Body.Choice.multiple(blanks, blanks, right).options().stream()
                .map(Option::weight)
                .toList();
    }

    /** The form as posted; a kind the editor does not write is a bad request (the caller checks {@link #EDITABLE}). */
    static QuestionForm posted(QuestionType type, MultiValueMap<String, String> form) {
        List<String> right = form.getOrDefault("right", List.of());
        List<Row> options = new ArrayList<>();
        for (int i = 0; form.containsKey("option.text." + i); i++) {
            options.add(new Row(
                    first(form, "option.key." + i),
                    first(form, "option.text." + i),
                    first(form, "option.weight." + i),
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
        List<Row> pairs = new ArrayList<>();
        for (int i = 0; form.containsKey("pair.prompt." + i); i++) {
            pairs.add(new Row(
                    first(form, "pair.key." + i),
                    first(form, "pair.prompt." + i),
                    first(form, "pair.answer." + i),
                    false));
        }
        List<String> distractors = new ArrayList<>();
        for (int i = 0; form.containsKey("distractor." + i); i++) {
            distractors.add(first(form, "distractor." + i));
        }
        List<Row> items = new ArrayList<>();
        for (int i = 0; form.containsKey("item.text." + i); i++) {
            items.add(new Row(first(form, "item.key." + i), first(form, "item.text." + i), "", false));
        }
        return new QuestionForm(
                type,
                whole(first(form, "basedOn")),
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
                rubric,
                pairs,
                distractors,
                items,
                "true".equals(first(form, "partial")),
                first(form, "cloze"),
                first(form, "image"));
    }

    /** The same form with another picture (an id, or empty for none). */
    QuestionForm withImage(String imageId) {
        return new QuestionForm(
                type,
                basedOn,
                text,
                feedback,
                name,
                grade,
                topic,
                level,
                difficulty,
                tags,
                options,
                shuffle,
                statements,
                accepted,
                caseSensitive,
                numbers,
                unit,
                rubric,
                pairs,
                distractors,
                items,
                partial,
                cloze,
                imageId);
    }

    /**
     * The question the form describes; values it cannot read go to {@code problems} and are left out. A cloze text's
     * gaps keep the option keys of the {@code previous} version where they read the same.
     */
    QuestionSpec toSpec(List<Problem> problems, @Nullable Question previous) {
        Body body =
                switch (type) {
                    case SINGLE_CHOICE, MULTIPLE_RESPONSE ->
                        new Body.Choice(
                                type == QuestionType.MULTIPLE_RESPONSE,
                                choiceOptions(type == QuestionType.MULTIPLE_RESPONSE, problems),
                                shuffle);
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
                    case MATCHING -> matching(problems);
                    case ORDERING -> {
                        List<Row> filled =
                                items.stream().filter(r -> !r.text().isBlank()).toList();
                        List<String> keys = keys(filled, QuestionForm::numberKey);
                        List<Item> list = new ArrayList<>();
                        for (int i = 0; i < filled.size(); i++) {
                            list.add(new Item(keys.get(i), filled.get(i).text().strip()));
                        }
                        yield new Body.Ordering(list, partial);
                    }
                    case CLOZE -> {
                        List<String> unreadable = new ArrayList<>();
                        Body.Cloze read = ClozeNotation.read(
                                cloze,
                                previous != null && previous.body() instanceof Body.Cloze before ? before : null,
                                unreadable);
                        unreadable.forEach(u -> problems.add(new Problem("questionbank.editor.error.cloze", u)));
                        yield read;
                    }
                    case ESSAY -> new Body.Essay(criteria(problems));
                };
        UUID picture = null;
        if (!image.isBlank()) {
            try {
                picture = UUID.fromString(image.strip());
            } catch (IllegalArgumentException e) {
                picture = null;
            }
        }
        Question question = new Question(text.strip(), body, blankToNull(feedback), picture);
        return new QuestionSpec(question, metadata(problems));
    }

    private Body.Matching matching(List<Problem> problems) {
        List<Row> filled = pairs.stream()
                .filter(r -> !r.text().isBlank() || !r.second().isBlank())
                .toList();
        List<String> keys = keys(filled, QuestionForm::numberKey);
        List<Pair> list = new ArrayList<>();
        for (int i = 0; i < filled.size(); i++) {
            Row row = filled.get(i);
            if (row.text().isBlank() || row.second().isBlank()) {
                problems.add(new Problem("questionbank.editor.error.halfPair", i + 1));
                continue;
            }
            list.add(new Pair(keys.get(i), row.text().strip(), row.second().strip()));
        }
        return new Body.Matching(
                list,
                distractors.stream()
                        .filter(d -> !d.isBlank())
                        .map(String::strip)
                        .toList());
    }

    /**
     * The options as typed. A typed share (per cent, −100 to 100) is kept as it is and must agree with the mark of a
     * right option; a blank share is the usual one.
     */
    private List<Option> choiceOptions(boolean multiple, List<Problem> problems) {
        List<Row> filled =
                options.stream().filter(r -> !r.text().isBlank() || r.checked()).toList();
        List<String> keys = keys(filled, QuestionForm::letterKey);
        List<BigDecimal> usual =
                usualWeights(multiple, filled.stream().map(Row::checked).toList());
        List<Option> result = new ArrayList<>();
        for (int i = 0; i < filled.size(); i++) {
            Row row = filled.get(i);
            BigDecimal weight = usual.get(i);
            if (!row.second().isBlank()) {
                BigDecimal percent = decimal(row.second(), problems);
                if (percent == null) {
                    continue;
                }
                if (percent.abs().compareTo(HUNDRED) > 0) {
                    problems.add(new Problem(
                            "questionbank.editor.error.weight",
                            keys.get(i),
                            row.second().strip()));
                    continue;
                }
                weight = percent.signum() == 0
                        ? BigDecimal.ZERO
                        : percent.movePointLeft(2).stripTrailingZeros();
                boolean agrees = multiple
                        ? row.checked() == (weight.signum() > 0)
                        : row.checked() == (weight.compareTo(BigDecimal.ONE) == 0);
                if (!agrees) {
                    problems.add(new Problem(
                            multiple
                                    ? "questionbank.editor.error.weightMultiple"
                                    : "questionbank.editor.error.weightSingle",
                            keys.get(i),
                            row.second().strip()));
                    continue;
                }
            }
            result.add(new Option(keys.get(i), row.text().strip(), weight));
        }
        return result;
    }

    /** The typed keys where given and unique, otherwise the next free one (A, B, C … or 1, 2, 3 …). */
    private static List<String> keys(List<Row> rows, java.util.function.IntFunction<String> next) {
        Set<String> used = new HashSet<>();
        List<String> keys = new ArrayList<>();
        for (Row row : rows) {
            String key = row.key().strip();
            keys.add(!key.isEmpty() && used.add(key) ? key : null);
        }
        int candidate = 0;
        for (int i = 0; i < keys.size(); i++) {
            if (keys.get(i) == null) {
                while (used.contains(next.apply(candidate))) {
                    candidate++;
                }
                used.add(next.apply(candidate));
                keys.set(i, next.apply(candidate));
            }
        }
        return keys;
    }

    private static String letterKey(int index) {
        return index < 26 ? String.valueOf((char) ('A' + index)) : "A" + (index + 1);
    }

    private static String numberKey(int index) {
        return String.valueOf(index + 1);
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
            int parsed = whole(grade);
            if (!Metadata.inProgramme(parsed)) {
                problems.add(new Problem(
                        "questionbank.editor.error.grade", grade, Metadata.LOWEST_GRADE, Metadata.HIGHEST_GRADE));
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
}
