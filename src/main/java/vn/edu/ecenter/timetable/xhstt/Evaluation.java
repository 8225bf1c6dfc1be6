package vn.edu.ecenter.timetable.xhstt;

import java.util.List;

/**
 * The cost of a solution as the XHSTT evaluators report it: infeasibility (from required constraints) first, objective
 * (from the others) second, compared in that order; with each constraint's share and the points behind it, so that a
 * message can say which teacher has a gap on which day.
 */
public record Evaluation(long infeasibility, long objective, List<ConstraintCost> constraints) {

    public Evaluation {
        constraints = List.copyOf(constraints);
    }

    /** One constraint's cost and its points of application with a non-zero deviation. */
    public record ConstraintCost(String constraintId, boolean required, long cost, List<Deviation> deviations) {

        public ConstraintCost {
            deviations = List.copyOf(deviations);
        }
    }

    /**
     * How far one point of application (an event, an event group, a resource, an event's resource, a pair of events) is
     * from what the constraint asks, and what that costs after weight and cost function.
     */
    public record Deviation(String point, int amount, long cost) {}
}
