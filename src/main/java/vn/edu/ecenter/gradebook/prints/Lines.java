package vn.edu.ecenter.gradebook.prints;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Copies of the lists the print records hold: unmodifiable, and allowed to hold blanks (a missing score). */
final class Lines {

    private Lines() {}

    /** The cells of a row, padded with blanks to {@code width}; more than {@code width} is a mistake of the caller. */
    static <T> List<@Nullable T> cells(List<? extends @Nullable T> cells, int width, String what) {
        if (cells.size() > width) {
            throw new IllegalArgumentException(what + ": " + cells.size() + " values for " + width + " columns");
        }
        List<@Nullable T> copy = new ArrayList<>(cells);
        while (copy.size() < width) {
            copy.add(null);
        }
        return Collections.unmodifiableList(copy);
    }

    /** The lines in class-list order. */
    static <L> List<L> inClassListOrder(List<L> lines, Function<L, ListedLearner> learner) {
        List<L> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparing(learner, ListedLearner.CLASS_LIST_ORDER));
        return List.copyOf(sorted);
    }
}
