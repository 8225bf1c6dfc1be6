package vn.edu.ecenter.assessment.exchange;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;
import vn.edu.ecenter.assessment.exchange.ImportResult.Entry;
import vn.edu.ecenter.assessment.questions.Accepted;
import vn.edu.ecenter.assessment.questions.Body;
import vn.edu.ecenter.assessment.questions.Criterion;
import vn.edu.ecenter.assessment.questions.Item;
import vn.edu.ecenter.assessment.questions.NumericAnswer;
import vn.edu.ecenter.assessment.questions.Option;
import vn.edu.ecenter.assessment.questions.Pair;
import vn.edu.ecenter.assessment.questions.Question;
import vn.edu.ecenter.assessment.questions.Statement;

/**
 * Reads Moodle XML ({@code <quiz><question type="…">}): multichoice, truefalse, shortanswer, numerical, matching,
 * essay, multianswer (Cloze), ordering (qtype_ordering); a {@code category} sets the topic of the questions after it.
 * Tags become tags, except those of the shapes {@link Tags} reads back into the metadata. A {@code multianswer} tagged
 * {@value MoodleXml#STATEMENTS_TAG} whose lines are {@code a) … {1:MULTICHOICE:…Đúng~…Sai}} is a four-statement
 * question (the form {@link MoodleXmlWriter} writes). Any other type is rejected with its name.
 */
final class MoodleXmlReader {

    private static final Pattern STATEMENT =
            Pattern.compile("^(\\S+)\\) (.*?)\\s*\\{1:MULTICHOICE:%(\\d+(?:\\.\\d+)?)%Đúng~%(\\d+(?:\\.\\d+)?)%Sai}$");
    private static final Pattern CRITERION = Pattern.compile("^[•\\-*]?\\s*(.+?)\\s+[—–-]\\s+([\\d.,]+)\\s*điểm$");

    private @Nullable String topic;
    private int number;
    private Pictures pictures = new Pictures(note -> {});

    static ImportResult read(byte[] content) {
        Element root = SafeXml.parse(content, "Moodle XML").getDocumentElement();
        if (!SafeXml.name(root).equals("quiz")) {
            throw UnreadableFile.of("assessment.exchange.moodle.notQuiz", SafeXml.name(root));
        }
        var reader = new MoodleXmlReader();
        List<Entry> entries = new ArrayList<>();
        for (Element question : SafeXml.children(root, "question")) {
            Entry entry = reader.question(question);
            if (entry != null) {
                entries.add(entry);
            }
        }
        return new ImportResult(entries, List.of());
    }

    private @Nullable Entry question(Element element) {
        String type = element.getAttribute("type");
        if (type.equals("category")) {
            String path = SafeXml.childText(
                    SafeXml.child(element, "category") == null ? element : SafeXml.child(element, "category"), "text");
            String category = GiftReader.category(path);
            topic = category.isEmpty() ? null : category;
            return null;
        }
        number++;
        String name = SafeXml.childText(childOrSelf(element, "name"), "text").strip();
        List<String> notes = new ArrayList<>();
        pictures = new Pictures(notes::add);
        String text = MoodleText.read(SafeXml.child(element, "questiontext"), notes, pictures::stem);
        String item =
                Wording.text("assessment.exchange.item.named", number, name.isEmpty() ? Wording.excerpt(text) : name);
        try {
            List<String> tags = new ArrayList<>();
            Element tagsElement = SafeXml.child(element, "tags");
            if (tagsElement != null) {
                SafeXml.children(tagsElement, "tag")
                        .forEach(t -> tags.add(SafeXml.childText(t, "text").strip()));
            }
            String feedback = text(SafeXml.child(element, "generalfeedback"), notes);
            otherFeedback(element, notes);
            Question question =
                    switch (type) {
                        case "multichoice" -> new Question(text, choice(element, notes), feedback(feedback));
                        case "truefalse" -> new Question(text, trueFalse(element, notes), feedback(feedback));
                        case "shortanswer" -> new Question(text, shortAnswer(element, notes), feedback(feedback));
                        case "numerical" -> new Question(text, numerical(element, notes), feedback(feedback));
                        case "matching" -> new Question(text, matching(element, notes), feedback(feedback));
                        case "ordering" -> new Question(text, ordering(element, notes), feedback(feedback));
                        case "essay" -> new Question(text, essay(element, notes), feedback(feedback));
                        case "multianswer" -> multianswer(text, tags, feedback(feedback), notes);
                        default -> throw QuestionProblem.of("assessment.exchange.moodle.type", type);
                    };
            tags.remove(MoodleXml.STATEMENTS_TAG);
            return ImportResult.checked(item, question, Tags.metadata(name, topic, tags), notes, pictures.picture());
        } catch (QuestionProblem e) {
            return new ImportResult.Rejected(item, e.getMessage());
        }
    }

    /** A text of the question other than its own (a feedback, an option …): its images are not kept. */
    private String text(@Nullable Element field, List<String> notes) {
        return MoodleText.read(field, notes, pictures::other);
    }

    private static Element childOrSelf(Element element, String name) {
        Element child = SafeXml.child(element, name);
        return child == null ? element : child;
    }

    private static @Nullable String feedback(String text) {
        return text.isBlank() ? null : text;
    }

    private static void otherFeedback(Element element, List<String> notes) {
        for (String field : List.of("correctfeedback", "partiallycorrectfeedback", "incorrectfeedback")) {
            Element child = SafeXml.child(element, field);
            if (child != null && !SafeXml.childText(child, "text").isBlank()) {
                notes.add(Wording.text("assessment.exchange.note.outcomeFeedback"));
                break;
            }
        }
        if (!SafeXml.children(element, "hint").isEmpty()) {
            notes.add(Wording.text("assessment.exchange.note.hints"));
        }
    }

    private static boolean flag(Element element, String name, boolean otherwise) {
        String value = SafeXml.childText(element, name).strip();
        return value.isEmpty() ? otherwise : value.equals("1") || value.equalsIgnoreCase("true");
    }

    private static void answerFeedback(Element answer, List<String> notes) {
        Element feedback = SafeXml.child(answer, "feedback");
        String note = Wording.text("assessment.exchange.note.optionFeedback");
        if (feedback != null && !SafeXml.childText(feedback, "text").isBlank() && !notes.contains(note)) {
            notes.add(note);
        }
    }

    private Body choice(Element element, List<String> notes) {
        List<Option> options = new ArrayList<>();
        for (Element answer : SafeXml.children(element, "answer")) {
            answerFeedback(answer, notes);
            String weight = answer.getAttribute("fraction");
            options.add(new Option(
                    Keys.option(options.size()),
                    text(answer, notes),
                    Weights.percent(weight.isEmpty() ? "0" : weight)));
        }
        return new Body.Choice(!flag(element, "single", true), options, flag(element, "shuffleanswers", true));
    }

    private Body trueFalse(Element element, List<String> notes) {
        BigDecimal isTrue = BigDecimal.ZERO;
        BigDecimal isFalse = BigDecimal.ZERO;
        for (Element answer : SafeXml.children(element, "answer")) {
            answerFeedback(answer, notes);
            BigDecimal weight =
                    Weights.percent(answer.getAttribute("fraction").isEmpty() ? "0" : answer.getAttribute("fraction"));
            if (SafeXml.childText(answer, "text").strip().equalsIgnoreCase("true")) {
                isTrue = weight;
            } else {
                isFalse = weight;
            }
        }
        return new Body.Choice(false, List.of(new Option("A", "Đúng", isTrue), new Option("B", "Sai", isFalse)), false);
    }

    private Body shortAnswer(Element element, List<String> notes) {
        List<Accepted> accepted = new ArrayList<>();
        for (Element answer : SafeXml.children(element, "answer")) {
            answerFeedback(answer, notes);
            String text = text(answer, notes);
            if (text.contains("*")) {
                notes.add(Wording.text("assessment.exchange.note.wildcard", text));
            }
            accepted.add(new Accepted(text, nonNegative(answer.getAttribute("fraction"))));
        }
        return new Body.ShortAnswer(accepted, flag(element, "usecase", false));
    }

    private static BigDecimal nonNegative(String fraction) {
        BigDecimal share = Weights.percent(fraction.isEmpty() ? "0" : fraction);
        if (share.signum() < 0) {
            throw QuestionProblem.of("assessment.exchange.weight", fraction);
        }
        return share;
    }

    private static Body numerical(Element element, List<String> notes) {
        List<NumericAnswer> accepted = new ArrayList<>();
        for (Element answer : SafeXml.children(element, "answer")) {
            answerFeedback(answer, notes);
            String text = SafeXml.childText(answer, "text").strip();
            if (text.equals("*")) {
                notes.add(Wording.text("assessment.exchange.note.anyNumber"));
                continue;
            }
            BigDecimal value = Weights.number(text);
            String toleranceText = SafeXml.childText(answer, "tolerance").strip();
            BigDecimal tolerance = toleranceText.isEmpty() ? BigDecimal.ZERO : Weights.number(toleranceText);
            if (value == null || tolerance == null) {
                throw QuestionProblem.of("assessment.exchange.gift.number", text);
            }
            accepted.add(new NumericAnswer(
                    Weights.canonical(value),
                    Weights.canonical(tolerance.abs()),
                    nonNegative(answer.getAttribute("fraction"))));
        }
        String unit = null;
        Element units = SafeXml.child(element, "units");
        if (units != null) {
            for (Element u : SafeXml.children(units, "unit")) {
                BigDecimal multiplier = Weights.number(SafeXml.childText(u, "multiplier"));
                String unitName = SafeXml.childText(u, "unit_name").strip();
                if (unit == null && multiplier != null && multiplier.compareTo(BigDecimal.ONE) == 0) {
                    unit = unitName;
                } else {
                    notes.add(Wording.text("assessment.exchange.note.otherUnit", unitName));
                }
            }
        }
        return new Body.Numeric(accepted, unit == null || unit.isEmpty() ? null : unit);
    }

    private Body matching(Element element, List<String> notes) {
        List<Pair> pairs = new ArrayList<>();
        List<String> distractors = new ArrayList<>();
        for (Element sub : SafeXml.children(element, "subquestion")) {
            String prompt = text(sub, notes);
            String answer =
                    SafeXml.childText(childOrSelf(sub, "answer"), "text").strip();
            if (prompt.isBlank()) {
                distractors.add(answer);
            } else {
                pairs.add(new Pair(Keys.number(pairs.size()), prompt, answer));
            }
        }
        return new Body.Matching(pairs, distractors);
    }

    private Body ordering(Element element, List<String> notes) {
        List<Item> items = new ArrayList<>();
        for (Element answer : SafeXml.children(element, "answer")) {
            items.add(new Item(Keys.number(items.size()), text(answer, notes)));
        }
        String grading = SafeXml.childText(element, "gradingtype").strip();
        String select = SafeXml.childText(element, "selecttype").strip();
        if (!select.isEmpty() && !select.equals("ALL") && !select.equals("0")) {
            notes.add(Wording.text("assessment.exchange.note.orderingSubset"));
        }
        boolean partial = !grading.equals("ALL_OR_NOTHING") && !grading.equals("0");
        if (partial && !grading.isEmpty() && !grading.equals("ABSOLUTE_POSITION") && !grading.equals("1")) {
            notes.add(Wording.text("assessment.exchange.note.orderingGrading", grading));
        }
        return new Body.Ordering(items, partial);
    }

    private Body essay(Element element, List<String> notes) {
        List<Criterion> rubric = new ArrayList<>();
        String info = text(SafeXml.child(element, "graderinfo"), notes);
        boolean dropped = false;
        for (String line : info.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            Criterion criterion = criterion(line);
            if (criterion == null) {
                dropped = true;
            } else {
                rubric.add(criterion);
            }
        }
        if (dropped) {
            notes.add(Wording.text("assessment.exchange.note.graderInfo"));
        }
        return new Body.Essay(rubric);
    }

    /** A rubric line as our exports write it, "Nêu đúng công thức — 0.5 điểm"; null for any other line. */
    static @Nullable Criterion criterion(String line) {
        Matcher matcher = CRITERION.matcher(line.strip());
        BigDecimal points = matcher.matches() ? Weights.number(matcher.group(2)) : null;
        return points == null ? null : new Criterion(matcher.group(1).strip(), Weights.canonical(points));
    }

    private static Question multianswer(String text, List<String> tags, @Nullable String feedback, List<String> notes) {
        if (tags.contains(MoodleXml.STATEMENTS_TAG)) {
            Question statements = statements(text, feedback);
            if (statements != null) {
                return statements;
            }
            notes.add(Wording.text("assessment.exchange.note.statementsShape"));
        }
        ClozeCodes.Parsed parsed = ClozeCodes.parse(text, notes);
        return new Question("", new Body.Cloze(parsed.text(), parsed.gaps()), feedback);
    }

    /** The four-statement question written as a cloze of true/false gaps, one per line; null if not of that shape. */
    private static @Nullable Question statements(String text, @Nullable String feedback) {
        List<String> lines = List.of(text.split("\n"));
        List<Statement> statements = new ArrayList<>();
        int first = -1;
        for (int i = 0; i < lines.size(); i++) {
            Matcher matcher = STATEMENT.matcher(lines.get(i).strip());
            if (matcher.matches()) {
                first = first < 0 ? i : first;
                boolean isTrue = new BigDecimal(matcher.group(3)).signum() > 0;
                statements.add(new Statement(matcher.group(1), matcher.group(2), isTrue));
            } else if (first >= 0) {
                return null;
            }
        }
        if (first < 0
                || ClozeCodes.CODE
                        .matcher(String.join("\n", lines.subList(0, first)))
                        .find()) {
            return null;
        }
        String stem = String.join("\n", lines.subList(0, first)).strip();
        return new Question(stem, new Body.Statements(statements), feedback);
    }
}
