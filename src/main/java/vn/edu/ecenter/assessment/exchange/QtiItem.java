package vn.edu.ecenter.assessment.exchange;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;
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
import vn.edu.ecenter.shared.VietnameseText;

/**
 * One QTI 2.1 {@code assessmentItem} read into a question: the interaction decides the kind (choice, textEntry of a
 * string or a number, order, match, associate, extendedText; inline interactions in a text make a cloze), the response
 * declaration the right answers and their weights, the rest of the item body the stem.
 */
final class QtiItem {

    private static final Set<String> SUPPORTED = Set.of(
            "choiceInteraction",
            "textEntryInteraction",
            "inlineChoiceInteraction",
            "orderInteraction",
            "matchInteraction",
            "associateInteraction",
            "extendedTextInteraction");

    private final Element root;
    private final Map<String, Element> declarations = new HashMap<>();
    private final List<String> notes = new ArrayList<>();
    private final QtiHtml html;

    QtiItem(Element root, String folder, Map<String, byte[]> files) {
        this.root = root;
        this.html = new QtiHtml(folder, files, this::note);
        SafeXml.children(root, "responseDeclaration").forEach(d -> declarations.put(d.getAttribute("identifier"), d));
    }

    private void note(String note) {
        if (!notes.contains(note)) {
            notes.add(note);
        }
    }

    Entry entry(List<String> keywords) {
        String identifier = root.getAttribute("identifier");
        String title = root.getAttribute("title").strip();
        String item = title.isEmpty() ? identifier : Wording.text("assessment.exchange.item.qti", identifier, title);
        try {
            Question question = question();
            return ImportResult.checked(item, question, Tags.metadata(title, null, keywords), notes, html.picture());
        } catch (QuestionProblem e) {
            return new ImportResult.Rejected(item, e.getMessage());
        }
    }

    private Question question() {
        Element body = SafeXml.child(root, "itemBody");
        if (body == null) {
            throw QuestionProblem.of("assessment.exchange.qti.noInteraction");
        }
        List<Element> interactions = new ArrayList<>();
        for (Element e : SafeXml.descendants(body, "*")) {
            if (SafeXml.name(e).endsWith("Interaction")) {
                interactions.add(e);
            }
        }
        List<String> unsupported = interactions.stream()
                .map(SafeXml::name)
                .filter(n -> !SUPPORTED.contains(n))
                .distinct()
                .toList();
        if (!unsupported.isEmpty()) {
            throw QuestionProblem.of("assessment.exchange.qti.interaction", String.join(", ", unsupported));
        }
        if (interactions.isEmpty()) {
            throw QuestionProblem.of("assessment.exchange.qti.noInteraction");
        }
        String feedback = feedback();
        Element clozeText = SafeXml.descendants(body, "div").stream()
                .filter(d -> QtiHtml.hasClass(d, Qti.CLOZE_CLASS))
                .findFirst()
                .orElse(null);
        boolean cloze = clozeText != null
                || interactions.size() > 1
                || SafeXml.name(interactions.getFirst()).equals("inlineChoiceInteraction");
        if (cloze) {
            List<String> blocks = interactions.stream()
                    .map(SafeXml::name)
                    .filter(n -> !Qti.INLINE.contains(n))
                    .distinct()
                    .toList();
            if (!blocks.isEmpty()) {
                throw QuestionProblem.of("assessment.exchange.qti.several", String.join(", ", blocks));
            }
            Element container = clozeText != null ? clozeText : body;
            List<Body.Gap> gaps = new ArrayList<>();
            String text = clozeText(container, gaps);
            String stem = container == body ? "" : html.stem(body, Set.of(container));
            return new Question(stem, new Body.Cloze(text, gaps), feedback);
        }
        Element interaction = interactions.getFirst();
        String stem = html.stem(body, Set.of());
        Element prompt = SafeXml.child(interaction, "prompt");
        if (prompt != null && !prompt.getTextContent().isBlank()) {
            String promptText = html.text(prompt, true);
            stem = stem.isEmpty() ? promptText : stem + "\n" + promptText;
        }
        Body answer =
                switch (SafeXml.name(interaction)) {
                    case "choiceInteraction" -> choice(interaction, "simpleChoice");
                    case "textEntryInteraction" -> textEntry(interaction, body);
                    case "orderInteraction" -> ordering(interaction);
                    case "matchInteraction" -> match(interaction);
                    case "associateInteraction" -> associate(interaction);
                    default -> essay(body);
                };
        return new Question(stem, answer, feedback);
    }

    private @Nullable String feedback() {
        List<String> texts = new ArrayList<>();
        for (Element feedback : SafeXml.children(root, "modalFeedback")) {
            String text = html.text(feedback, false);
            if (!text.isEmpty()) {
                texts.add(text);
            }
        }
        return texts.isEmpty() ? null : String.join("\n", texts);
    }

    private Element declaration(Element interaction) {
        Element declaration = declarations.get(interaction.getAttribute("responseIdentifier"));
        if (declaration == null) {
            throw QuestionProblem.of(
                    "assessment.exchange.qti.noDeclaration", interaction.getAttribute("responseIdentifier"));
        }
        return declaration;
    }

    private static List<String> correct(Element declaration) {
        Element correct = SafeXml.child(declaration, "correctResponse");
        return correct == null
                ? List.of()
                : SafeXml.children(correct, "value").stream()
                        .map(v -> v.getTextContent().strip())
                        .toList();
    }

    /** The mapping's values by key, in the mapping's order, or empty when the declaration has no mapping. */
    private static Map<String, BigDecimal> mapping(Element declaration) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        Element mapping = SafeXml.child(declaration, "mapping");
        if (mapping != null) {
            for (Element entry : SafeXml.children(mapping, "mapEntry")) {
                BigDecimal value = Weights.number(entry.getAttribute("mappedValue"));
                if (value == null) {
                    throw QuestionProblem.of("assessment.exchange.weight", entry.getAttribute("mappedValue"));
                }
                values.put(entry.getAttribute("mapKey"), value);
            }
        }
        return values;
    }

    /** Shares brought back to at most 1: divided by the largest (single) or by the sum of the positive ones. */
    private List<BigDecimal> scaled(List<BigDecimal> values, boolean sum) {
        BigDecimal whole = sum
                ? values.stream().filter(v -> v.signum() > 0).reduce(BigDecimal.ZERO, BigDecimal::add)
                : values.stream().max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
        if (whole.compareTo(BigDecimal.ONE) <= 0 || whole.signum() <= 0) {
            return values.stream().map(Weights::canonical).toList();
        }
        note(Wording.text("assessment.exchange.note.scaled"));
        List<BigDecimal> shares = new ArrayList<>();
        for (BigDecimal v : values) {
            BigDecimal share = v.divide(whole, 6, RoundingMode.HALF_UP);
            if (share.compareTo(BigDecimal.ONE.negate()) < 0) {
                throw QuestionProblem.of("assessment.exchange.weight", v.toPlainString());
            }
            shares.add(Weights.canonical(share));
        }
        return shares;
    }

    private Body.Choice choice(Element interaction, String choiceName) {
        Element declaration = declaration(interaction);
        boolean multiple = !declaration.getAttribute("cardinality").equals("single");
        boolean shuffle = interaction.getAttribute("shuffle").equals("true");
        List<String> keys = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (Element choice : SafeXml.children(interaction, choiceName)) {
            keys.add(choice.getAttribute("identifier"));
            texts.add(html.text(choice, false));
        }
        Map<String, BigDecimal> mapping = mapping(declaration);
        List<String> correct = correct(declaration);
        List<BigDecimal> weights;
        if (!mapping.isEmpty()) {
            weights = scaled(
                    keys.stream()
                            .map(k -> mapping.getOrDefault(k, BigDecimal.ZERO))
                            .toList(),
                    multiple);
        } else if (multiple) {
            note(Wording.text("assessment.exchange.note.allOrNothing"));
            Body.Choice shares = Body.Choice.multiple(
                    keys, texts, keys.stream().map(correct::contains).toList());
            weights = shares.options().stream()
                    .map(o -> Weights.canonical(o.weight()))
                    .toList();
        } else {
            weights = keys.stream()
                    .map(k -> correct.contains(k) ? BigDecimal.ONE : BigDecimal.ZERO)
                    .toList();
        }
        List<Option> options = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            BigDecimal weight = weights.get(i);
            if (weight.abs().compareTo(BigDecimal.ONE) > 0) {
                throw QuestionProblem.of("assessment.exchange.weight", weight.toPlainString());
            }
            options.add(new Option(Qti.key(keys.get(i)), texts.get(i), weight));
        }
        return new Body.Choice(multiple, options, shuffle);
    }

    private Body textEntry(Element interaction, @Nullable Element body) {
        Element declaration = declaration(interaction);
        String type = declaration.getAttribute("baseType");
        if (type.equals("float") || type.equals("integer")) {
            String unit = null;
            if (body != null) {
                unit = SafeXml.descendants(body, "span").stream()
                        .filter(s -> QtiHtml.hasClass(s, Qti.UNIT_CLASS))
                        .map(s -> s.getTextContent().strip())
                        .findFirst()
                        .orElse(null);
            }
            return new Body.Numeric(numbers(declaration), unit);
        }
        Map<String, BigDecimal> mapping = mapping(declaration);
        List<Accepted> accepted = new ArrayList<>();
        boolean caseSensitive;
        if (!mapping.isEmpty()) {
            List<String> texts = List.copyOf(mapping.keySet());
            List<BigDecimal> weights = scaled(List.copyOf(mapping.values()), false);
            for (int i = 0; i < texts.size(); i++) {
                if (weights.get(i).signum() < 0) {
                    throw QuestionProblem.of(
                            "assessment.exchange.weight", weights.get(i).toPlainString());
                }
                accepted.add(new Accepted(texts.get(i), weights.get(i)));
            }
            Element map = SafeXml.child(declaration, "mapping");
            caseSensitive = map != null
                    && SafeXml.children(map, "mapEntry").stream()
                            .anyMatch(e -> !e.getAttribute("caseSensitive").equals("false"));
        } else {
            correct(declaration).forEach(v -> accepted.add(Accepted.full(v)));
            caseSensitive = true;
        }
        return new Body.ShortAnswer(accepted, caseSensitive);
    }

    /** The accepted numbers: from the tolerance tests of the response processing, else the correct response. */
    private List<NumericAnswer> numbers(Element declaration) {
        String identifier = declaration.getAttribute("identifier");
        List<NumericAnswer> accepted = new ArrayList<>();
        Element processing = SafeXml.child(root, "responseProcessing");
        if (processing != null) {
            for (Element equal : SafeXml.descendants(processing, "equal")) {
                Element variable = SafeXml.child(equal, "variable");
                Element value = SafeXml.child(equal, "baseValue");
                if (variable == null
                        || value == null
                        || !variable.getAttribute("identifier").equals(identifier)) {
                    continue;
                }
                BigDecimal number = Weights.number(value.getTextContent());
                String[] tolerance = equal.getAttribute("tolerance").strip().split("\\s+");
                BigDecimal within = equal.getAttribute("toleranceMode").equals("absolute")
                        ? Weights.number(tolerance[0])
                        : BigDecimal.ZERO;
                if (equal.getAttribute("toleranceMode").equals("relative")) {
                    note(Wording.text("assessment.exchange.note.relativeTolerance"));
                }
                if (number == null || within == null) {
                    throw QuestionProblem.of("assessment.exchange.gift.number", value.getTextContent());
                }
                accepted.add(
                        new NumericAnswer(Weights.canonical(number), Weights.canonical(within.abs()), outcome(equal)));
            }
        }
        if (accepted.isEmpty()) {
            for (String value : correct(declaration)) {
                BigDecimal number = Weights.number(value);
                if (number == null) {
                    throw QuestionProblem.of("assessment.exchange.gift.number", value);
                }
                accepted.add(new NumericAnswer(Weights.canonical(number), BigDecimal.ZERO, BigDecimal.ONE));
            }
        }
        return accepted;
    }

    /** The share set (or added) in the branch of a tolerance test, 1 when it cannot be told. */
    private static BigDecimal outcome(Element equal) {
        Node branch = equal.getParentNode();
        if (branch instanceof Element element) {
            for (Element set : SafeXml.children(element, "setOutcomeValue")) {
                List<Element> values = SafeXml.descendants(set, "baseValue");
                if (!values.isEmpty()) {
                    BigDecimal share = Weights.number(values.getLast().getTextContent());
                    if (share != null && share.signum() >= 0 && share.compareTo(BigDecimal.ONE) <= 0) {
                        return Weights.canonical(share);
                    }
                }
            }
        }
        return BigDecimal.ONE;
    }

    private Body ordering(Element interaction) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Element choice : SafeXml.children(interaction, "simpleChoice")) {
            texts.put(choice.getAttribute("identifier"), html.text(choice, false));
        }
        List<String> order = correct(declaration(interaction));
        if (order.isEmpty() || !texts.keySet().containsAll(order)) {
            throw QuestionProblem.of("assessment.exchange.qti.noCorrect");
        }
        List<Item> items =
                order.stream().map(k -> new Item(Qti.key(k), texts.get(k))).toList();
        return new Body.Ordering(items, QtiHtml.hasClass(interaction, Qti.PARTIAL_CLASS));
    }

    private Body match(Element interaction) {
        List<Element> sets = SafeXml.children(interaction, "simpleMatchSet");
        if (sets.size() != 2) {
            throw QuestionProblem.of("assessment.exchange.qti.noCorrect");
        }
        Map<String, String> left = choices(sets.get(0));
        Map<String, String> right = choices(sets.get(1));
        Map<String, List<String>> pairs = pairs(correct(declaration(interaction)));
        boolean statements = QtiHtml.hasClass(interaction, Qti.STATEMENTS_CLASS)
                || (right.size() == 2
                        && right.values().stream()
                                .map(VietnameseText::fold)
                                .toList()
                                .equals(List.of("dung", "sai")));
        if (statements) {
            List<Statement> list = new ArrayList<>();
            for (var prompt : left.entrySet()) {
                List<String> answers = pairs.getOrDefault(prompt.getKey(), List.of());
                if (answers.size() != 1) {
                    throw QuestionProblem.of("assessment.exchange.qti.promptNoAnswer", prompt.getValue());
                }
                boolean isTrue =
                        VietnameseText.fold(right.get(answers.getFirst())).equals("dung");
                list.add(new Statement(Qti.key(prompt.getKey()), prompt.getValue(), isTrue));
            }
            return new Body.Statements(list);
        }
        return matching(left, right, pairs);
    }

    private Body associate(Element interaction) {
        Map<String, String> choices = choices(interaction);
        note(Wording.text("assessment.exchange.note.associate"));
        Map<String, List<String>> pairs = pairs(correct(declaration(interaction)));
        Map<String, String> left = new LinkedHashMap<>();
        Map<String, String> right = new LinkedHashMap<>();
        choices.forEach((k, v) -> (pairs.containsKey(k) ? left : right).put(k, v));
        return matching(left, right, pairs);
    }

    private Body matching(Map<String, String> left, Map<String, String> right, Map<String, List<String>> pairs) {
        List<Pair> list = new ArrayList<>();
        Set<String> used = new java.util.HashSet<>();
        for (var prompt : left.entrySet()) {
            List<String> answers = pairs.getOrDefault(prompt.getKey(), List.of());
            if (answers.isEmpty()) {
                throw QuestionProblem.of("assessment.exchange.qti.promptNoAnswer", prompt.getValue());
            }
            if (answers.size() > 1) {
                note(Wording.text("assessment.exchange.note.severalAnswers", prompt.getValue()));
            }
            String answer = right.get(answers.getFirst());
            if (answer == null) {
                throw QuestionProblem.of("assessment.exchange.qti.promptNoAnswer", prompt.getValue());
            }
            used.add(answers.getFirst());
            list.add(new Pair(Qti.key(prompt.getKey()), prompt.getValue(), answer));
        }
        List<String> distractors = right.entrySet().stream()
                .filter(e -> !used.contains(e.getKey()))
                .map(Map.Entry::getValue)
                .toList();
        return new Body.Matching(list, distractors);
    }

    private Map<String, String> choices(Element set) {
        Map<String, String> choices = new LinkedHashMap<>();
        for (Element choice : SafeXml.children(set, "simpleAssociableChoice")) {
            choices.put(choice.getAttribute("identifier"), html.text(choice, false));
        }
        return choices;
    }

    /** The correct pairs "A B" by their first end. */
    private static Map<String, List<String>> pairs(List<String> values) {
        Map<String, List<String>> pairs = new LinkedHashMap<>();
        for (String value : values) {
            String[] ends = value.strip().split("\\s+");
            if (ends.length == 2) {
                pairs.computeIfAbsent(ends[0], k -> new ArrayList<>()).add(ends[1]);
            }
        }
        return pairs;
    }

    private Body essay(Element body) {
        List<Criterion> rubric = new ArrayList<>();
        boolean dropped = false;
        for (Element block : SafeXml.descendants(body, "rubricBlock")) {
            if (!block.getAttribute("view").contains("scorer")) {
                continue;
            }
            for (Element line : SafeXml.children(block)) {
                Criterion criterion = MoodleXmlReader.criterion(line.getTextContent());
                if (criterion == null) {
                    dropped |= !line.getTextContent().isBlank();
                } else {
                    rubric.add(criterion);
                }
            }
        }
        if (dropped) {
            note(Wording.text("assessment.exchange.note.graderInfo"));
        }
        return new Body.Essay(rubric);
    }

    /** The text of a cloze: its text as written, each inline interaction a gap marker [[1]], [[2]] …. */
    private String clozeText(Element container, List<Body.Gap> gaps) {
        StringBuilder text = new StringBuilder();
        boolean plain = SafeXml.children(container).stream().allMatch(e -> Qti.INLINE.contains(SafeXml.name(e)));
        clozeNodes(container, gaps, text, plain);
        return plain ? text.toString().strip() : html.plain(text.toString());
    }

    private void clozeNodes(Element parent, List<Body.Gap> gaps, StringBuilder text, boolean plain) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Text t) {
                text.append(plain ? t.getData() : QtiHtml.escape(t.getData()));
            } else if (n instanceof Element e && Qti.INLINE.contains(SafeXml.name(e))) {
                Body gap = SafeXml.name(e).equals("inlineChoiceInteraction")
                        ? choice(e, "inlineChoice")
                        : textEntry(e, null);
                gaps.add(new Body.Gap(gap, weight(e)));
                text.append("[[").append(gaps.size()).append("]]");
            } else if (n instanceof Element e && !SafeXml.name(e).equals("rubricBlock")) {
                text.append(html.open(e));
                clozeNodes(e, gaps, text, plain);
                text.append("</").append(SafeXml.name(e)).append('>');
            }
        }
    }

    private static int weight(Element interaction) {
        for (String name : interaction.getAttribute("class").split("\\s+")) {
            if (name.startsWith(Qti.WEIGHT_CLASS)
                    && name.substring(Qti.WEIGHT_CLASS.length()).matches("\\d{1,3}")) {
                return Math.max(1, Integer.parseInt(name.substring(Qti.WEIGHT_CLASS.length())));
            }
        }
        return 1;
    }
}
