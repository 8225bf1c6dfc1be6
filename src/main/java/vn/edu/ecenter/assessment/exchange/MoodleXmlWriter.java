package vn.edu.ecenter.assessment.exchange;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;
import vn.edu.ecenter.assessment.questions.Accepted;
import vn.edu.ecenter.assessment.questions.Body;
import vn.edu.ecenter.assessment.questions.Criterion;
import vn.edu.ecenter.assessment.questions.Item;
import vn.edu.ecenter.assessment.questions.Metadata;
import vn.edu.ecenter.assessment.questions.NumericAnswer;
import vn.edu.ecenter.assessment.questions.Option;
import vn.edu.ecenter.assessment.questions.Pair;
import vn.edu.ecenter.assessment.questions.Question;
import vn.edu.ecenter.assessment.questions.QuestionImage;
import vn.edu.ecenter.assessment.questions.QuestionSpec;
import vn.edu.ecenter.assessment.questions.Statement;

/**
 * Writes questions as Moodle XML, the form {@link MoodleXmlReader} reads back: a category question wherever the topic
 * changes, our grade, level and difficulty as tags ({@link Tags}), the four-statement question as a tagged Cloze
 * ({@link MoodleXml#STATEMENTS_TAG}). What Moodle cannot hold (option keys other than A, B, C …, weights Moodle does
 * not offer, a cloze's stem apart from its text) is listed per question.
 */
final class MoodleXmlWriter {

    /** The percentages Moodle offers for an answer's grade (and their negatives). */
    private static final List<BigDecimal> MOODLE_GRADES = List.of(
                    "100",
                    "90",
                    "83.33333",
                    "80",
                    "75",
                    "70",
                    "66.66667",
                    "60",
                    "50",
                    "40",
                    "33.33333",
                    "30",
                    "25",
                    "20",
                    "16.66667",
                    "14.28571",
                    "12.5",
                    "11.11111",
                    "10",
                    "5",
                    "0")
            .stream()
            .map(BigDecimal::new)
            .toList();

    /** The start of the name of a question's picture in the file ("hinh.png"). */
    private static final String PICTURE = "hinh.";

    private static final BigDecimal GRADE_TOLERANCE = new BigDecimal("0.001");

    private final XmlOut xml = new XmlOut("quiz", null);
    private final List<String> losses;
    private List<String> current = new ArrayList<>();
    private String topic = "\u0000";

    private final Function<UUID, byte @Nullable []> pictures;

    private MoodleXmlWriter(List<String> losses, Function<UUID, byte @Nullable []> pictures) {
        this.losses = losses;
        this.pictures = pictures;
    }

    static QuestionWriter.Export write(List<QuestionSpec> specs, Function<UUID, byte @Nullable []> pictures) {
        List<String> losses = new ArrayList<>();
        var writer = new MoodleXmlWriter(losses, pictures);
        for (int i = 0; i < specs.size(); i++) {
            writer.question(specs.get(i), i + 1);
        }
        return new QuestionWriter.Export(writer.xml.bytes(), losses);
    }

    private void question(QuestionSpec spec, int number) {
        current = new ArrayList<>();
        Question question = spec.question();
        Metadata metadata = spec.metadata();
        String topicHere = Objects.requireNonNullElse(metadata.topic(), "");
        if (!topicHere.equals(topic)) {
            Element category = xml.add(xml.root(), "question");
            category.setAttribute("type", "category");
            xml.add(
                    xml.add(category, "category"),
                    "text",
                    "$course$/top" + (topicHere.isEmpty() ? "" : "/" + topicHere));
            topic = topicHere;
        }
        Element element = xml.add(xml.root(), "question");
        String name = metadata.name();
        if (name.isBlank()) {
            name = Wording.excerpt(
                    question.text().isBlank() && question.body() instanceof Body.Cloze cloze
                            ? cloze.text()
                            : question.text());
            current.add(Wording.text("assessment.exchange.loss.noName"));
        }
        xml.add(xml.add(element, "name"), "text", name);
        List<String> tags = Tags.of(metadata, false);
        switch (question.body()) {
            case Body.Choice choice -> choice(element, question, choice);
            case Body.Statements statements -> {
                statements(element, question, statements);
                tags.add(MoodleXml.STATEMENTS_TAG);
            }
            case Body.ShortAnswer shortAnswer -> shortAnswer(element, question, shortAnswer);
            case Body.Numeric numeric -> numeric(element, question, numeric);
            case Body.Matching matching -> matching(element, question, matching);
            case Body.Ordering ordering -> ordering(element, question, ordering);
            case Body.Cloze cloze -> cloze(element, question, cloze);
            case Body.Essay essay -> essay(element, question, essay);
        }
        if (!tags.isEmpty()) {
            Element tagsElement = xml.add(element, "tags");
            tags.forEach(tag -> xml.add(xml.add(tagsElement, "tag"), "text", tag));
        }
        if (question.image() != null && pictures.apply(question.image()) == null) {
            current.add(Wording.text("assessment.exchange.loss.picture"));
        }
        for (String loss : current) {
            losses.add(Wording.text("assessment.exchange.loss.item", number, name, loss));
        }
    }

    private void common(Element element, String type, String text, Question question, String format) {
        element.setAttribute("type", type);
        byte[] picture = question.image() == null ? null : pictures.apply(question.image());
        String pictureType = picture == null ? null : QuestionImage.mediaType(picture);
        if (pictureType == null) {
            text(element, "questiontext", text, format);
        } else {
            // The picture goes below the text, as our pages show it; the text becomes HTML so that Moodle shows it.
            String name = PICTURE + QuestionImage.extension(pictureType);
            String html = QtiHtml.escape(text).replace("\n", "<br>") + "<p><img src=\"" + MoodleText.PLUGINFILE + name
                    + "\" alt=\"" + Wording.text("assessment.exchange.picture.alt") + "\"></p>";
            Element field = text(element, "questiontext", html, "html");
            Element file = xml.add(field, "file", Base64.getEncoder().encodeToString(picture));
            file.setAttribute("name", name);
            file.setAttribute("path", "/");
            file.setAttribute("encoding", "base64");
        }
        text(element, "generalfeedback", Objects.requireNonNullElse(question.feedback(), ""), "html");
        xml.add(element, "defaultgrade", "1");
        xml.add(element, "penalty", "0");
        xml.add(element, "hidden", "0");
    }

    private Element text(Element parent, String name, String text, String format) {
        Element field = xml.add(parent, name);
        field.setAttribute("format", format);
        xml.add(field, "text", text);
        return field;
    }

    private void choice(Element element, Question question, Body.Choice choice) {
        if (trueFalse(choice)) {
            common(element, "truefalse", question.text(), question, "html");
            for (Option option : choice.options()) {
                Element answer =
                        text(element, "answer", option.key().equals("A") ? "true" : "false", "moodle_auto_format");
                answer.setAttribute("fraction", Weights.asPercent(option.weight()));
            }
            return;
        }
        common(element, "multichoice", question.text(), question, "html");
        xml.add(element, "single", choice.multiple() ? "false" : "true");
        xml.add(element, "shuffleanswers", choice.shuffle() ? "1" : "0");
        xml.add(element, "answernumbering", "ABCD");
        keys(
                choice.options().stream().map(Option::key).toList(),
                Keys.areOptions(choice.options().stream().map(Option::key).toList()));
        for (Option option : choice.options()) {
            answer(element, option.text(), option.weight());
        }
    }

    private static boolean trueFalse(Body.Choice choice) {
        List<Option> options = choice.options();
        return !choice.multiple()
                && !choice.shuffle()
                && options.size() == 2
                && options.get(0).key().equals("A")
                && options.get(0).text().equals("Đúng")
                && options.get(1).key().equals("B")
                && options.get(1).text().equals("Sai")
                && options.stream()
                        .allMatch(o -> o.weight().signum() == 0 || o.weight().compareTo(BigDecimal.ONE) == 0);
    }

    private Element answer(Element element, String text, BigDecimal weight) {
        Element answer = text(element, "answer", text, "html");
        answer.setAttribute("fraction", Weights.asPercent(weight));
        BigDecimal percent = weight.abs().movePointRight(2);
        if (MOODLE_GRADES.stream().noneMatch(g -> g.subtract(percent).abs().compareTo(GRADE_TOLERANCE) <= 0)) {
            current.add(Wording.text("assessment.exchange.loss.moodleGrade", Weights.asPercent(weight)));
        }
        return answer;
    }

    private void keys(List<String> keys, boolean usual) {
        if (!usual) {
            current.add(Wording.text("assessment.exchange.loss.keys", String.join(", ", keys)));
        }
    }

    private void statements(Element element, Question question, Body.Statements statements) {
        StringBuilder text = new StringBuilder(question.text().strip());
        for (Statement statement : statements.statements()) {
            if (statement.text().contains("\n")
                    || statement.key().isBlank()
                    || statement.key().contains(" ")) {
                current.add(Wording.text("assessment.exchange.loss.statementShape", statement.key()));
            }
            text.append('\n')
                    .append(statement.key())
                    .append(") ")
                    .append(statement.text().replace('\n', ' '))
                    .append(
                            statement.isTrue()
                                    ? " {1:MULTICHOICE:%100%Đúng~%0%Sai}"
                                    : " {1:MULTICHOICE:%0%Đúng~%100%Sai}");
        }
        common(element, "multianswer", text.toString(), question, "moodle_auto_format");
        current.add(Wording.text("assessment.exchange.loss.statementsMarking"));
    }

    private void shortAnswer(Element element, Question question, Body.ShortAnswer shortAnswer) {
        common(element, "shortanswer", question.text(), question, "html");
        xml.add(element, "usecase", shortAnswer.caseSensitive() ? "1" : "0");
        for (Accepted accepted : shortAnswer.accepted()) {
            answer(element, accepted.text(), accepted.weight());
        }
    }

    private void numeric(Element element, Question question, Body.Numeric numeric) {
        common(element, "numerical", question.text(), question, "html");
        for (NumericAnswer accepted : numeric.accepted()) {
            Element answer = answer(element, Weights.plain(accepted.value()), accepted.weight());
            xml.add(answer, "tolerance", Weights.plain(accepted.tolerance()));
        }
        if (numeric.unit() != null) {
            Element unit = xml.add(xml.add(element, "units"), "unit");
            xml.add(unit, "multiplier", "1");
            xml.add(unit, "unit_name", numeric.unit());
        }
    }

    private void matching(Element element, Question question, Body.Matching matching) {
        common(element, "matching", question.text(), question, "html");
        xml.add(element, "shuffleanswers", "1");
        keys(
                matching.pairs().stream().map(Pair::key).toList(),
                Keys.areNumbers(matching.pairs().stream().map(Pair::key).toList()));
        for (Pair pair : matching.pairs()) {
            Element sub = text(element, "subquestion", pair.prompt(), "html");
            xml.add(xml.add(sub, "answer"), "text", pair.answer());
        }
        for (String distractor : matching.distractors()) {
            Element sub = text(element, "subquestion", "", "html");
            xml.add(xml.add(sub, "answer"), "text", distractor);
        }
    }

    private void ordering(Element element, Question question, Body.Ordering ordering) {
        common(element, "ordering", question.text(), question, "html");
        xml.add(element, "layouttype", "VERTICAL");
        xml.add(element, "selecttype", "ALL");
        xml.add(element, "selectcount", "0");
        xml.add(element, "gradingtype", ordering.partial() ? "ABSOLUTE_POSITION" : "ALL_OR_NOTHING");
        xml.add(element, "showgrading", "SHOW");
        keys(
                ordering.items().stream().map(Item::key).toList(),
                Keys.areNumbers(ordering.items().stream().map(Item::key).toList()));
        for (Item item : ordering.items()) {
            text(element, "answer", item.text(), "html").setAttribute("fraction", "1");
        }
    }

    private void cloze(Element element, Question question, Body.Cloze cloze) {
        StringBuilder text = new StringBuilder();
        if (!question.text().isBlank()) {
            text.append(question.text().strip()).append('\n');
            current.add(Wording.text("assessment.exchange.loss.clozeStem"));
        }
        var matcher = Body.Cloze.GAP.matcher(cloze.text());
        while (matcher.find()) {
            int index = Integer.parseInt(matcher.group(1)) - 1;
            String code = index >= 0 && index < cloze.gaps().size()
                    ? ClozeCodes.code(cloze.gaps().get(index), current)
                    : matcher.group();
            matcher.appendReplacement(text, java.util.regex.Matcher.quoteReplacement(code));
        }
        matcher.appendTail(text);
        common(element, "multianswer", text.toString(), question, "html");
    }

    private void essay(Element element, Question question, Body.Essay essay) {
        common(element, "essay", question.text(), question, "html");
        xml.add(element, "responseformat", "editor");
        xml.add(element, "responserequired", "1");
        xml.add(element, "responsefieldlines", "15");
        xml.add(element, "attachments", "0");
        List<String> lines = new ArrayList<>();
        for (Criterion criterion : essay.rubric()) {
            lines.add(criterion.description().replace('\n', ' ') + " — " + Weights.plain(criterion.points()) + " điểm");
        }
        text(element, "graderinfo", String.join("\n", lines), "moodle_auto_format");
    }
}
