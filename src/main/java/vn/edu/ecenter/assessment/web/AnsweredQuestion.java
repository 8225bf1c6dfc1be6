package vn.edu.ecenter.assessment.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.edu.ecenter.assessment.AttemptPaper;
import vn.edu.ecenter.assessment.AttemptPaper.PaperQuestion;
import vn.edu.ecenter.assessment.questions.Response;

/**
 * A question of the learner's paper with their saved answer spread out as the form shows it: which options are
 * chosen, each statement's truth, the typed text, the order, the matches, the gaps. Also reads the answers back from a
 * form posted without JavaScript.
 */
public record AnsweredQuestion(
        PaperQuestion question,
        boolean answered,
        Set<String> selected,
        List<@Nullable Boolean> truths,
        String text,
        List<String> order,
        Map<String, String> matches,
        List<String> gaps) {

    static List<AnsweredQuestion> of(AttemptPaper paper) {
        List<AnsweredQuestion> shown = new ArrayList<>();
        for (PaperQuestion question : paper.questions()) {
            shown.add(of(question, paper.answers().get(question.questionId())));
        }
        return shown;
    }

    private static AnsweredQuestion of(PaperQuestion question, @Nullable Response response) {
        Set<String> selected = new HashSet<>();
        List<@Nullable Boolean> truths =
                new ArrayList<>(Collections.nCopies(question.statements().size(), null));
        String text = "";
        List<String> order =
                new ArrayList<>(Collections.nCopies(question.options().size(), ""));
        Map<String, String> matches = new HashMap<>();
        List<String> gaps = new ArrayList<>(Collections.nCopies(question.gaps().size(), ""));
        switch (response) {
            case null -> {}
            case Response.Selected s -> selected.addAll(s.keys());
            case Response.Truths t -> {
                for (int i = 0; i < Math.min(t.values().size(), truths.size()); i++) {
                    truths.set(i, t.values().get(i));
                }
            }
            case Response.Text t -> text = t.text();
            case Response.Order o -> order = new ArrayList<>(o.keys());
            case Response.Matches m -> matches.putAll(m.answers());
            case Response.Gaps g -> gaps = new ArrayList<>(g.values());
        }
        return new AnsweredQuestion(question, response != null, selected, truths, text, order, matches, gaps);
    }

    /** Whether statement {@code i} is judged {@code value}, for the radio buttons. */
    public boolean judged(int i, boolean value) {
        Boolean truth = i < truths.size() ? truths.get(i) : null;
        return truth != null && truth == value;
    }

    public String orderAt(int position) {
        return position < order.size() ? order.get(position) : "";
    }

    public String gap(int i) {
        return i < gaps.size() ? gaps.get(i) : "";
    }

    /**
     * The answer the form holds for this question (fields {@code q.<id>}, {@code q.<id>.<i>}), or null when it holds
     * none; answers left as they were are not sent again.
     */
    static @Nullable Response fromForm(PaperQuestion question, Map<String, List<String>> form) {
        String name = "q." + question.questionId();
        List<String> values = form.getOrDefault(name, List.of());
        return switch (question.type()) {
            case SINGLE_CHOICE, MULTIPLE_RESPONSE -> values.isEmpty() ? null : new Response.Selected(values);
            case SHORT_ANSWER, NUMERIC, ESSAY ->
                values.isEmpty() || values.getFirst().isBlank() ? null : new Response.Text(values.getFirst());
            case TRUE_FALSE_STATEMENTS -> {
                List<@Nullable Boolean> truths = new ArrayList<>();
                boolean any = false;
                for (int i = 0; i < question.statements().size(); i++) {
                    String value = first(form, name + "." + i);
                    truths.add(value.isEmpty() ? null : Boolean.valueOf(value));
                    any |= !value.isEmpty();
                }
                yield any ? new Response.Truths(truths) : null;
            }
            case ORDERING -> {
                List<String> order = new ArrayList<>();
                for (int i = 0; i < question.options().size(); i++) {
                    order.add(first(form, name + "." + i));
                }
                yield order.contains("") ? null : new Response.Order(order);
            }
            case MATCHING -> {
                Map<String, String> matches = new HashMap<>();
                question.prompts().forEach(p -> {
                    String value = first(form, name + "." + p.id());
                    if (!value.isEmpty()) {
                        matches.put(p.id(), value);
                    }
                });
                yield matches.isEmpty() ? null : new Response.Matches(matches);
            }
            case CLOZE -> {
                List<String> gaps = new ArrayList<>();
                for (int i = 0; i < question.gaps().size(); i++) {
                    gaps.add(first(form, name + "." + i));
                }
                yield gaps.stream().allMatch(String::isBlank) ? null : new Response.Gaps(gaps);
            }
        };
    }

    private static String first(Map<String, List<String>> form, String name) {
        List<String> values = form.getOrDefault(name, List.of());
        return values.isEmpty() ? "" : values.getFirst().strip();
    }
}
