package vn.edu.ecenter.timetable.xhstt;

import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/** Writes the constraints of an instance, each type with its parameters in the order the format lists them. */
final class ConstraintWriter {

    private final Instance instance;
    private final XmlOut out;

    ConstraintWriter(Instance instance, XmlOut out) {
        this.instance = instance;
        this.out = out;
    }

    void write(Constraint constraint) {
        out.open(constraint.element(), "Id", constraint.id());
        header(constraint.header());
        switch (constraint) {
            case Constraint.AssignResource c -> {
                appliesToEvents(c.events());
                role(c.role());
            }
            case Constraint.AssignTime c -> appliesToEvents(c.events());
            case Constraint.SplitEvents c -> {
                appliesToEvents(c.events());
                out.text("MinimumDuration", c.minimumDuration());
                out.text("MaximumDuration", c.maximumDuration());
                out.text("MinimumAmount", c.minimumAmount());
                out.text("MaximumAmount", c.maximumAmount());
            }
            case Constraint.DistributeSplitEvents c -> {
                appliesToEvents(c.events());
                out.text("Duration", c.duration());
                bounds(c.minimum(), c.maximum());
            }
            case Constraint.PreferResources c -> {
                appliesToEvents(c.events());
                out.references("Resources", "Resource", c.resources().toArray(), this::resourceId);
                role(c.role());
            }
            case Constraint.PreferTimes c -> {
                appliesToEvents(c.events());
                out.references("Times", "Time", c.times().toArray(), this::timeId);
                if (c.duration() != Instance.NONE) {
                    out.text("Duration", c.duration());
                }
            }
            case Constraint.AvoidSplitAssignments c -> {
                appliesToEventGroups(c.eventGroups());
                role(c.role());
            }
            case Constraint.SpreadEvents c -> {
                appliesToEventGroups(c.eventGroups());
                spread(c);
            }
            case Constraint.LinkEvents c -> appliesToEventGroups(c.eventGroups());
            case Constraint.OrderEvents c -> order(c);
            case Constraint.AvoidClashes c -> appliesToResources(c.resources());
            case Constraint.AvoidUnavailableTimes c -> {
                appliesToResources(c.resources());
                out.references("Times", "Time", c.times().toArray(), this::timeId);
            }
            case Constraint.LimitIdleTimes c ->
                timeGroupLimits(c.resources(), c.timeGroups(), c.minimum(), c.maximum());
            case Constraint.ClusterBusyTimes c ->
                timeGroupLimits(c.resources(), c.timeGroups(), c.minimum(), c.maximum());
            case Constraint.LimitBusyTimes c ->
                timeGroupLimits(c.resources(), c.timeGroups(), c.minimum(), c.maximum());
            case Constraint.LimitWorkload c -> {
                appliesToResources(c.resources());
                bounds(c.minimum(), c.maximum());
            }
        }
        out.close();
    }

    private void header(Constraint.Header header) {
        if (header.name() != null) {
            out.text("Name", header.name());
        }
        out.text("Required", header.required());
        out.text("Weight", header.weight());
        out.text("CostFunction", header.costFunction().element());
    }

    private void appliesToEvents(IndexList events) {
        appliesTo("Events", "Event", events, e -> instance.events().get(e).id());
    }

    private void appliesToEventGroups(IndexList groups) {
        appliesTo("EventGroups", "EventGroup", groups, g -> instance.eventGroups()
                .get(g)
                .id());
    }

    private void appliesToResources(IndexList resources) {
        appliesTo("Resources", "Resource", resources, this::resourceId);
    }

    private void appliesTo(String list, String element, IndexList points, IntFunction<String> ids) {
        out.open("AppliesTo");
        out.references(list, element, points.stream().toArray(), ids);
        out.close();
    }

    private void spread(Constraint.SpreadEvents c) {
        out.open("TimeGroups");
        for (Constraint.TimeGroupLimit limit : c.timeGroups()) {
            out.open("TimeGroup", "Reference", timeGroupId(limit.timeGroup()));
            bounds(limit.minimum(), limit.maximum());
            out.close();
        }
        out.close();
    }

    private void order(Constraint.OrderEvents c) {
        out.open("AppliesTo");
        out.open("EventPairs");
        for (Constraint.EventPair pair : c.pairs()) {
            out.open("EventPair");
            out.reference("FirstEvent", instance.events().get(pair.first()).id());
            out.reference("SecondEvent", instance.events().get(pair.second()).id());
            out.text("MinSeparation", pair.minSeparation());
            if (pair.maxSeparation() != Integer.MAX_VALUE) {
                out.text("MaxSeparation", pair.maxSeparation());
            }
            out.close();
        }
        out.close();
        out.close();
    }

    private void timeGroupLimits(IndexList resources, IndexSet timeGroups, int minimum, int maximum) {
        appliesToResources(resources);
        out.references("TimeGroups", "TimeGroup", timeGroups.toArray(), this::timeGroupId);
        bounds(minimum, maximum);
    }

    private void bounds(int minimum, int maximum) {
        out.text("Minimum", minimum);
        out.text("Maximum", maximum);
    }

    private void role(@Nullable String role) {
        if (role != null) {
            out.text("Role", role);
        }
    }

    private String timeId(int time) {
        return instance.times().get(time).id();
    }

    private String timeGroupId(int group) {
        return instance.timeGroups().get(group).id();
    }

    private String resourceId(int resource) {
        return instance.resources().get(resource).id();
    }
}
