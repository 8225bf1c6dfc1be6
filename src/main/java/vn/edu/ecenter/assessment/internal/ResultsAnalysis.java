package vn.edu.ecenter.assessment.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.edu.ecenter.assessment.TestResultsView.OptionCount;
import vn.edu.ecenter.assessment.TestResultsView.QuestionStats;
import vn.edu.ecenter.assessment.TestResultsView.Summary;
import vn.edu.ecenter.assessment.internal.ResultStore.Answered;
import vn.edu.ecenter.assessment.internal.ResultStore.Submitted;
import vn.edu.ecenter.assessment.questions.Body;
import vn.edu.ecenter.assessment.questions.Option;
import vn.edu.ecenter.assessment.questions.Question;
import vn.edu.ecenter.assessment.questions.Response;

/**
 * Works out a test's statistics from its submitted attempts: which attempt counts for each learner, the class's
 * summary and each question's analysis (see {@link ScoreStatistics} for the formulas).
 */
final class ResultsAnalysis {

    private ResultsAnalysis() {}

    /**
     * The attempt that counts for each learner who has one: the best on the 10-point scale (the first of equals), and
     * none while an attempt of theirs waits for essay marking — a later mark could make it the best.
     */
    static Map<UUID, Submitted> counted(List<Submitted> attempts) {
        Map<UUID, List<Submitted>> byLearner = attempts.stream()
                .collect(Collectors.groupingBy(Submitted::learnerId, LinkedHashMap::new, Collectors.toList()));
        Map<UUID, Submitted> counted = new LinkedHashMap<>();
        byLearner.forEach((learner, own) -> best(own).ifPresent(best -> counted.put(learner, best)));
        return counted;
    }

    static Optional<Submitted> best(List<Submitted> own) {
        if (own.isEmpty() || own.stream().anyMatch(Submitted::awaitingMarking)) {
            return Optional.empty();
        }
        return own.stream()
                .sorted(Comparator.comparingInt(Submitted::number))
                .reduce((best, next) -> onTen(next).compareTo(onTen(best)) > 0 ? next : best);
    }

    static BigDecimal onTen(Submitted attempt) {
        return ScoreStatistics.onTen(attempt.score(), attempt.maxScore());
    }

    static Summary summary(int attempts, List<Submitted> counted) {
        List<BigDecimal> scores = counted.stream().map(ResultsAnalysis::onTen).toList();
        return new Summary(
                attempts,
                scores.size(),
                ScoreStatistics.mean(scores),
                ScoreStatistics.median(scores),
                scores.stream().min(Comparator.naturalOrder()).orElse(null),
                scores.stream().max(Comparator.naturalOrder()).orElse(null),
                ScoreStatistics.bands(scores));
    }

    /** One question (one version of it) over the papers that had it. */
    private static final class Tally {
        final Paper.Entry entry;
        final Question question;
        int answered;
        final List<BigDecimal> shares = new ArrayList<>();
        final List<BigDecimal> rest = new ArrayList<>();
        final Map<String, Integer> chosen = new LinkedHashMap<>();

        Tally(Paper.Entry entry, Question question) {
            this.entry = entry;
            this.question = question;
        }
    }

    /** Each question of the counted attempts, ordered by kind and then text, numbered from 1. */
    static List<QuestionStats> questions(
            List<Submitted> counted,
            Map<UUID, Map<UUID, Answered>> answers,
            Function<Paper.Entry, Question> questions) {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        for (Submitted attempt : counted) {
            Map<UUID, Answered> given = answers.getOrDefault(attempt.id(), Map.of());
            for (Paper.Entry entry : attempt.paper()) {
                Tally tally = tallies.computeIfAbsent(
                        entry.question() + ":" + entry.version(), k -> new Tally(entry, questions.apply(entry)));
                Answered answer = given.get(entry.question());
                BigDecimal share = answer == null || answer.share() == null ? BigDecimal.ZERO : answer.share();
                BigDecimal earned = answer == null || answer.points() == null ? BigDecimal.ZERO : answer.points();
                tally.shares.add(share);
                tally.rest.add(attempt.score().subtract(earned));
                if (answer != null) {
                    tally.answered++;
                    if (answer.response() instanceof Response.Selected selected) {
                        selected.keys().forEach(key -> tally.chosen.merge(key, 1, Integer::sum));
                    }
                }
            }
        }
        List<Tally> ordered = new ArrayList<>(tallies.values());
        ordered.sort(Comparator.comparing((Tally t) -> t.question.type())
                .thenComparing(t -> t.question.text())
                .thenComparingInt(t -> t.entry.version()));
        List<QuestionStats> stats = new ArrayList<>();
        for (Tally tally : ordered) {
            stats.add(new QuestionStats(
                    stats.size() + 1,
                    tally.entry.question(),
                    tally.entry.version(),
                    tally.question.type(),
                    tally.question.text(),
                    tally.shares.size(),
                    tally.answered,
                    ScoreStatistics.difficulty(tally.shares),
                    ScoreStatistics.discrimination(tally.shares, tally.rest),
                    options(tally.question.body(), tally.chosen)));
        }
        return stats;
    }

    private static List<OptionCount> options(Body body, Map<String, Integer> chosen) {
        if (!(body instanceof Body.Choice choice)) {
            return List.of();
        }
        List<OptionCount> options = new ArrayList<>();
        List<Option> all = choice.options();
        for (int i = 0; i < all.size(); i++) {
            Option option = all.get(i);
            options.add(new OptionCount(label(i), option.text(), option.right(), chosen.getOrDefault(option.key(), 0)));
        }
        return options;
    }

    /** A, B, C … in the bank's order (the learners saw them shuffled under their own letters). */
    static String label(int index) {
        return String.valueOf((char) ('A' + index));
    }

    /** Whether the paper holds an essay question. */
    static boolean hasEssay(List<Paper.Entry> paper, Function<Paper.Entry, Question> questions) {
        return paper.stream().anyMatch(entry -> questions.apply(entry).body() instanceof Body.Essay);
    }
}
