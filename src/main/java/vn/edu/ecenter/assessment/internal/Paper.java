package vn.edu.ecenter.assessment.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.UnaryOperator;
import vn.edu.ecenter.assessment.AttemptPaper.PaperQuestion;
import vn.edu.ecenter.assessment.AttemptPaper.Shown;
import vn.edu.ecenter.assessment.questions.Body;
import vn.edu.ecenter.assessment.questions.InvalidAnswer;
import vn.edu.ecenter.assessment.questions.Item;
import vn.edu.ecenter.assessment.questions.Option;
import vn.edu.ecenter.assessment.questions.Question;
import vn.edu.ecenter.assessment.questions.Response;
import vn.edu.ecenter.assessment.questions.Statement;

/**
 * One learner's paper: for each question drawn, its version, its points and the order its options, items, matching
 * answers and gap options are shown in. The learner sees ids of the paper — A, B, C … for options, 1, 2, 3 … for items —
 * never the bank's keys, which could tell the right option (an import often lists it first); answers are translated
 * to the bank's keys before they are stored, and back when the paper is shown again.
 */
final class Paper {

    /**
     * A question of the paper.
     *
     * @param order the bank's keys of the options (or items) in the order shown
     * @param answers a matching question's answers in the order shown
     * @param gapOrders for each gap of a cloze text, its options' keys in the order shown (empty for a typed gap)
     */
    record Entry(
            UUID question,
            int version,
            BigDecimal points,
            List<String> order,
            List<String> answers,
            List<List<String>> gapOrders) {}

    private Paper() {}

    static Entry draw(UUID id, int version, Question question, BigDecimal points, boolean shuffle, Random random) {
        List<String> order = List.of();
        List<String> answers = List.of();
        List<List<String>> gaps = List.of();
        switch (question.body()) {
            case Body.Choice choice ->
                order = arranged(
                        choice.options().stream().map(Option::key).toList(), shuffle && choice.shuffle(), random);
            case Body.Ordering ordering -> {
                List<String> keys = ordering.items().stream().map(Item::key).toList();
                order = arranged(keys, true, random);
                while (order.equals(keys) && keys.size() > 1) {
                    order = arranged(keys, true, random);
                }
            }
            case Body.Matching matching -> answers = arranged(matching.answers(), true, random);
            case Body.Cloze cloze -> {
                List<List<String>> orders = new ArrayList<>();
                for (Body.Gap gap : cloze.gaps()) {
                    orders.add(
                            gap.body() instanceof Body.Choice choice
                                    ? arranged(
                                            choice.options().stream()
                                                    .map(Option::key)
                                                    .toList(),
                                            shuffle,
                                            random)
                                    : List.of());
                }
                gaps = orders;
            }
            default -> {}
        }
        return new Entry(id, version, points, order, answers, gaps);
    }

    /** The question as the learner sees it: no weights, no accepted answers, no right order. */
    static PaperQuestion shown(Entry entry, int number, Question question) {
        List<Shown> options = List.of();
        List<String> statements = List.of();
        List<Shown> prompts = List.of();
        List<List<Shown>> gaps = List.of();
        String unit = null;
        switch (question.body()) {
            case Body.Choice choice -> options = shownOptions(entry.order(), choice);
            case Body.Ordering ordering -> {
                List<Shown> items = new ArrayList<>();
                for (int i = 0; i < entry.order().size(); i++) {
                    String key = entry.order().get(i);
                    String text = ordering.items().stream()
                            .filter(item -> item.key().equals(key))
                            .findFirst()
                            .orElseThrow()
                            .text();
                    items.add(new Shown(String.valueOf(i + 1), text));
                }
                options = items;
            }
            case Body.Statements s ->
                statements = s.statements().stream().map(Statement::text).toList();
            case Body.Matching matching ->
                prompts = matching.pairs().stream()
                        .map(p -> new Shown(p.key(), p.prompt()))
                        .toList();
            case Body.Cloze cloze -> {
                List<List<Shown>> shown = new ArrayList<>();
                for (int g = 0; g < cloze.gaps().size(); g++) {
                    shown.add(
                            cloze.gaps().get(g).body() instanceof Body.Choice choice
                                    ? shownOptions(entry.gapOrders().get(g), choice)
                                    : List.of());
                }
                gaps = shown;
            }
            case Body.Numeric numeric -> unit = numeric.unit();
            default -> {}
        }
        String text =
                question.body() instanceof Body.Cloze cloze && question.text().isBlank()
                        ? cloze.text()
                        : question.body() instanceof Body.Cloze cloze
                                ? question.text() + "\n\n" + cloze.text()
                                : question.text();
        return new PaperQuestion(
                entry.question(),
                number,
                question.type(),
                text,
                entry.points(),
                options,
                statements,
                prompts,
                entry.answers(),
                gaps,
                unit,
                question.image());
    }

    /**
     * The learner's answer in the bank's keys.
     *
     * @throws InvalidAnswer for an id the paper does not show
     */
    static Response toKeys(Entry entry, Question question, Response shown) {
        Body body = question.body();
        if (body instanceof Body.Choice && shown instanceof Response.Selected selected) {
            return new Response.Selected(selected.keys().stream()
                    .map(id -> key(entry.order(), id, letters()))
                    .toList());
        }
        if (body instanceof Body.Ordering && shown instanceof Response.Order order) {
            return new Response.Order(order.keys().stream()
                    .map(id -> key(entry.order(), id, numbers()))
                    .toList());
        }
        if (body instanceof Body.Cloze && shown instanceof Response.Gaps gaps) {
            return new Response.Gaps(mapGaps(entry, gaps, (order, value) -> key(order, value, letters())));
        }
        return shown;
    }

    /** A stored answer in the paper's ids, to show it again. */
    static Response toShown(Entry entry, Question question, Response stored) {
        Body body = question.body();
        if (body instanceof Body.Choice && stored instanceof Response.Selected selected) {
            return new Response.Selected(selected.keys().stream()
                    .map(k -> id(entry.order(), k, letters()))
                    .toList());
        }
        if (body instanceof Body.Ordering && stored instanceof Response.Order order) {
            return new Response.Order(order.keys().stream()
                    .map(k -> id(entry.order(), k, numbers()))
                    .toList());
        }
        if (body instanceof Body.Cloze && stored instanceof Response.Gaps gaps) {
            return new Response.Gaps(mapGaps(entry, gaps, (order, value) -> id(order, value, letters())));
        }
        return stored;
    }

    private static List<String> mapGaps(
            Entry entry, Response.Gaps gaps, java.util.function.BiFunction<List<String>, String, String> map) {
        List<String> values = new ArrayList<>();
        for (int g = 0; g < gaps.values().size(); g++) {
            String value = gaps.values().get(g);
            boolean choice =
                    g < entry.gapOrders().size() && !entry.gapOrders().get(g).isEmpty();
            values.add(choice && !value.isBlank() ? map.apply(entry.gapOrders().get(g), value) : value);
        }
        return values;
    }

    private static List<Shown> shownOptions(List<String> order, Body.Choice choice) {
        Map<String, String> texts = new java.util.HashMap<>();
        choice.options().forEach(o -> texts.put(o.key(), o.text()));
        List<Shown> shown = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            shown.add(new Shown(letters().apply(String.valueOf(i)), texts.get(order.get(i))));
        }
        return shown;
    }

    private static String key(List<String> order, String id, UnaryOperator<String> label) {
        for (int i = 0; i < order.size(); i++) {
            if (label.apply(String.valueOf(i)).equals(id)) {
                return order.get(i);
            }
        }
        throw new InvalidAnswer(InvalidAnswer.Problem.UNKNOWN_OPTION, id);
    }

    private static String id(List<String> order, String key, UnaryOperator<String> label) {
        int position = order.indexOf(key);
        return position < 0 ? key : label.apply(String.valueOf(position));
    }

    /** Position 0 → "A", 25 → "Z", beyond → "27", "28" …. */
    private static UnaryOperator<String> letters() {
        return position -> {
            int p = Integer.parseInt(position);
            return p < 26 ? String.valueOf((char) ('A' + p)) : String.valueOf(p + 1);
        };
    }

    private static UnaryOperator<String> numbers() {
        return position -> String.valueOf(Integer.parseInt(position) + 1);
    }

    private static List<String> arranged(List<String> keys, boolean shuffle, Random random) {
        List<String> order = new ArrayList<>(keys);
        if (shuffle) {
            Collections.shuffle(order, random);
        }
        return List.copyOf(order);
    }

    static boolean holds(List<Entry> paper, UUID questionId) {
        return paper.stream().anyMatch(e -> e.question().equals(questionId));
    }
}
