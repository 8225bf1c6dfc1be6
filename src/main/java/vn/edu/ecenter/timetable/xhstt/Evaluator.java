package vn.edu.ecenter.timetable.xhstt;

import java.util.ArrayList;
import java.util.List;

/**
 * Computes the cost of a solution as Kingston's HSEval/KHE does: for every point of application of every constraint a
 * deviation, priced as weight × cost function (deviation); required constraints add to infeasibility, the others to
 * the objective. The semantics of each type are described in {@code docs/timetable/xhstt.md}; agreement with KHE is
 * checked on the benchmark solutions by {@code BenchmarkCostsTests}.
 */
public final class Evaluator {

    private final Instance instance;

    public Evaluator(Instance instance) {
        this.instance = instance;
    }

    public Evaluation evaluate(Solution solution) {
        Timetable timetable = new Timetable(instance, solution);
        EventDeviations events = new EventDeviations(timetable);
        EventGroupDeviations groups = new EventGroupDeviations(timetable);
        ResourceDeviations resources = new ResourceDeviations(timetable);
        List<Evaluation.ConstraintCost> costs = new ArrayList<>();
        long infeasibility = 0;
        long objective = 0;
        for (Constraint constraint : instance.constraints()) {
            Deviations out = new Deviations(constraint);
            switch (constraint) {
                case Constraint.AssignResource c -> events.assignResource(c, out);
                case Constraint.AssignTime c -> events.assignTime(c, out);
                case Constraint.SplitEvents c -> events.splitEvents(c, out);
                case Constraint.DistributeSplitEvents c -> events.distributeSplitEvents(c, out);
                case Constraint.PreferResources c -> events.preferResources(c, out);
                case Constraint.PreferTimes c -> events.preferTimes(c, out);
                case Constraint.AvoidSplitAssignments c -> groups.avoidSplitAssignments(c, out);
                case Constraint.SpreadEvents c -> groups.spreadEvents(c, out);
                case Constraint.LinkEvents c -> groups.linkEvents(c, out);
                case Constraint.OrderEvents c -> groups.orderEvents(c, out);
                case Constraint.AvoidClashes c -> resources.avoidClashes(c, out);
                case Constraint.AvoidUnavailableTimes c -> resources.avoidUnavailableTimes(c, out);
                case Constraint.LimitIdleTimes c -> resources.limitIdleTimes(c, out);
                case Constraint.ClusterBusyTimes c -> resources.clusterBusyTimes(c, out);
                case Constraint.LimitBusyTimes c -> resources.limitBusyTimes(c, out);
                case Constraint.LimitWorkload c -> resources.limitWorkload(c, out);
            }
            Evaluation.ConstraintCost cost = out.result();
            costs.add(cost);
            if (constraint.required()) {
                infeasibility += cost.cost();
            } else {
                objective += cost.cost();
            }
        }
        return new Evaluation(infeasibility, objective, costs);
    }
}
