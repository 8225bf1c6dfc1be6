package vn.edu.ecenter.timetable.xhstt;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Collects the deviations of one constraint's points of application and prices each with the constraint's weight and
 * cost function. The point's name is only built for the points that deviate.
 */
final class Deviations {

    private final Constraint constraint;
    private final List<Evaluation.Deviation> deviations = new ArrayList<>();
    private long cost;

    Deviations(Constraint constraint) {
        this.constraint = constraint;
    }

    /** Records the deviation of the point {@code point} names (by its index). */
    void add(IntFunction<String> names, int point, int amount) {
        if (amount > 0) {
            long pointCost = constraint.costFunction().cost(constraint.weight(), amount);
            deviations.add(new Evaluation.Deviation(names.apply(point), amount, pointCost));
            cost += pointCost;
        }
    }

    Evaluation.ConstraintCost result() {
        return new Evaluation.ConstraintCost(constraint.id(), constraint.required(), cost, deviations);
    }

    /** How far {@code value} lies outside {@code [minimum, maximum]}. */
    static int outside(int value, int minimum, int maximum) {
        if (value < minimum) {
            return minimum - value;
        }
        return value > maximum ? value - maximum : 0;
    }
}
