package vn.edu.ecenter.assessment.questions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A test's blueprint (ma trận đề): rows of how many questions of a topic, a cognitive level and a kind (each left open
 * when null). Drawing gives each learner their own questions that satisfy every row, each question at most once; a
 * question that fits several rows counts for one only. Whether a bank can satisfy a blueprint, and a draw, are found
 * exactly — by matching rows' places to questions (augmenting paths) in a random order — so that a draw never fails
 * when some choice of questions exists, and every such choice can come out.
 */
public record Blueprint(List<Row> rows) {

    /** Count questions of the topic, level and kind, where null means any. Levels compare on the three-level scale. */
    public record Row(
            @Nullable String topic,
            @Nullable CognitiveLevel level,
            @Nullable QuestionType type,
            int count) {
        public Row {
            if (count < 1) {
                throw new IllegalArgumentException("A blueprint row asks for at least one question, not " + count);
            }
        }

        public boolean fits(Candidate candidate) {
            return (topic == null || topic.equalsIgnoreCase(Objects.requireNonNullElse(candidate.topic(), "")))
                    && (level == null
                            || (candidate.level() != null
                                    && candidate.level().onThreeLevelScale() == level.onThreeLevelScale()))
                    && (type == null || type == candidate.type());
        }
    }

    /** A question that may be drawn. */
    public record Candidate(
            UUID id, @Nullable String topic, @Nullable CognitiveLevel level, QuestionType type) {}

    /** The row that cannot be filled: how many questions it asks for and how many the bank has for it at most. */
    public record Shortage(int row, Row wanted, int available) {}

    public Blueprint {
        rows = List.copyOf(rows);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("A blueprint has at least one row");
        }
    }

    public int size() {
        return rows.stream().mapToInt(Row::count).sum();
    }

    /**
     * The first row that no choice of questions can fill, given what the other rows before it take; empty when the
     * candidates satisfy the whole blueprint.
     */
    public @Nullable Shortage shortage(List<Candidate> candidates) {
        int[] taken = match(candidates);
        int[] filled = new int[rows.size()];
        for (int row : taken) {
            if (row >= 0) {
                filled[row]++;
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            if (filled[r] < rows.get(r).count()) {
                return new Shortage(r, rows.get(r), filled[r]);
            }
        }
        return null;
    }

    /**
     * A random draw satisfying the blueprint, in blueprint order (row by row); the caller shuffles further if wanted.
     *
     * @throws IllegalStateException when the candidates cannot satisfy it ({@link #shortage} says why)
     */
    public List<Candidate> draw(List<Candidate> candidates, Random random) {
        List<Candidate> order = new ArrayList<>(candidates);
        Collections.shuffle(order, random);
        int[] taken = match(order);
        List<List<Candidate>> byRow = new ArrayList<>();
        rows.forEach(r -> byRow.add(new ArrayList<>()));
        for (int q = 0; q < order.size(); q++) {
            if (taken[q] >= 0) {
                byRow.get(taken[q]).add(order.get(q));
            }
        }
        List<Candidate> drawn = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            if (byRow.get(r).size() < rows.get(r).count()) {
                throw new IllegalStateException("The candidates cannot satisfy row " + r);
            }
            drawn.addAll(byRow.get(r));
        }
        return drawn;
    }

    /**
     * For each candidate, the row it fills or −1: a maximum matching of the rows' places to candidates. Places are
     * filled greedily first (enough for most blueprints), then by augmenting paths.
     */
    private int[] match(List<Candidate> candidates) {
        int n = candidates.size();
        boolean[][] fits = new boolean[rows.size()][n];
        for (int r = 0; r < rows.size(); r++) {
            for (int q = 0; q < n; q++) {
                fits[r][q] = rows.get(r).fits(candidates.get(q));
            }
        }
        int[] rowOf = new int[n];
        Arrays.fill(rowOf, -1);
        int[] filled = new int[rows.size()];
        // The most particular rows first, so that the greedy pass rarely needs mending.
        List<Integer> rowOrder = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            rowOrder.add(r);
        }
        rowOrder.sort((a, b) -> Integer.compare(openness(rows.get(a)), openness(rows.get(b))));
        for (int r : rowOrder) {
            for (int q = 0; q < n && filled[r] < rows.get(r).count(); q++) {
                if (fits[r][q] && rowOf[q] < 0) {
                    rowOf[q] = r;
                    filled[r]++;
                }
            }
        }
        for (int r : rowOrder) {
            while (filled[r] < rows.get(r).count()) {
                if (!augment(r, fits, rowOf, new boolean[n])) {
                    break;
                }
                filled[r]++;
            }
        }
        return rowOf;
    }

    /** Finds a free candidate for a place of row r, moving other rows' candidates along an alternating path. */
    private static boolean augment(int r, boolean[][] fits, int[] rowOf, boolean[] seen) {
        for (int q = 0; q < rowOf.length; q++) {
            if (!fits[r][q] || seen[q]) {
                continue;
            }
            seen[q] = true;
            if (rowOf[q] < 0 || augment(rowOf[q], fits, rowOf, seen)) {
                rowOf[q] = r;
                return true;
            }
        }
        return false;
    }

    private static int openness(Row row) {
        return (row.topic() == null ? 1 : 0) + (row.level() == null ? 1 : 0) + (row.type() == null ? 1 : 0);
    }
}
