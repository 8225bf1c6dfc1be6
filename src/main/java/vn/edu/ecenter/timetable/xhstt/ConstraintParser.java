package vn.edu.ecenter.timetable.xhstt;

import static java.util.Map.entry;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;
import vn.edu.ecenter.timetable.xhstt.Constraint.Header;

/**
 * Reads the constraints of an instance. All sixteen types share one vocabulary of child elements, so each constraint is
 * first read into {@link Fields} and then built into its type, which checks that its parameters are there.
 */
final class ConstraintParser {

    private static final Set<String> NUMBERS = Set.of(
            "Minimum", "Maximum", "MinimumDuration", "MaximumDuration", "MinimumAmount", "MaximumAmount", "Duration");

    private static final Map<String, Function<Fields, Constraint>> TYPES = Map.ofEntries(
            entry("AssignResourceConstraint", f -> new Constraint.AssignResource(f.header(), f.events(), f.role)),
            entry("AssignTimeConstraint", f -> new Constraint.AssignTime(f.header(), f.events())),
            entry(
                    "SplitEventsConstraint",
                    f -> new Constraint.SplitEvents(
                            f.header(),
                            f.events(),
                            f.number("MinimumDuration"),
                            f.number("MaximumDuration"),
                            f.number("MinimumAmount"),
                            f.number("MaximumAmount"))),
            entry(
                    "DistributeSplitEventsConstraint",
                    f -> new Constraint.DistributeSplitEvents(
                            f.header(), f.events(), f.number("Duration"), f.number("Minimum"), f.number("Maximum"))),
            entry(
                    "PreferResourcesConstraint",
                    f -> new Constraint.PreferResources(
                            f.header(), f.events(), f.role, IndexSet.of(f.preferredResources))),
            entry(
                    "PreferTimesConstraint",
                    f -> new Constraint.PreferTimes(
                            f.header(), f.events(), f.times(), f.numbers.getOrDefault("Duration", Instance.NONE))),
            entry(
                    "AvoidSplitAssignmentsConstraint",
                    f -> new Constraint.AvoidSplitAssignments(f.header(), f.eventGroups(), f.role())),
            entry("SpreadEventsConstraint", f -> new Constraint.SpreadEvents(f.header(), f.eventGroups(), f.spread())),
            entry("LinkEventsConstraint", f -> new Constraint.LinkEvents(f.header(), f.eventGroups())),
            entry("OrderEventsConstraint", f -> new Constraint.OrderEvents(f.header(), f.pairs)),
            entry("AvoidClashesConstraint", f -> new Constraint.AvoidClashes(f.header(), f.resources())),
            entry(
                    "AvoidUnavailableTimesConstraint",
                    f -> new Constraint.AvoidUnavailableTimes(f.header(), f.resources(), f.times())),
            entry(
                    "LimitIdleTimesConstraint",
                    f -> new Constraint.LimitIdleTimes(
                            f.header(), f.resources(), f.timeGroupSet(), f.number("Minimum"), f.number("Maximum"))),
            entry(
                    "ClusterBusyTimesConstraint",
                    f -> new Constraint.ClusterBusyTimes(
                            f.header(), f.resources(), f.timeGroupSet(), f.number("Minimum"), f.number("Maximum"))),
            entry(
                    "LimitBusyTimesConstraint",
                    f -> new Constraint.LimitBusyTimes(
                            f.header(), f.resources(), f.timeGroupSet(), f.number("Minimum"), f.number("Maximum"))),
            entry(
                    "LimitWorkloadConstraint",
                    f -> new Constraint.LimitWorkload(
                            f.header(), f.resources(), f.number("Minimum"), f.number("Maximum"))));

    private final XmlCursor cursor;
    private final References ids;
    private final Ids constraintIds = new Ids("ràng buộc");
    private final List<BitSet> timeGroupMembers;
    private final List<InstanceParser.Group> resourceGroups;
    private final List<InstanceParser.Group> eventGroups;

    ConstraintParser(
            XmlCursor cursor,
            References ids,
            List<BitSet> timeGroupMembers,
            List<InstanceParser.Group> resourceGroups,
            List<InstanceParser.Group> eventGroups) {
        this.cursor = cursor;
        this.ids = ids;
        this.timeGroupMembers = timeGroupMembers;
        this.resourceGroups = resourceGroups;
        this.eventGroups = eventGroups;
    }

    /** Reads the constraint element the cursor is on. */
    Constraint parse() {
        String element = cursor.name();
        Function<Fields, Constraint> type = TYPES.get(element);
        if (type == null) {
            throw cursor.error("Loại ràng buộc không xác định <" + element + ">");
        }
        constraintIds.declare(cursor);
        Fields fields = new Fields(cursor.requiredAttribute("Id"), cursor.line(), timeGroupMembers);
        while (cursor.nextChild()) {
            read(fields);
        }
        return type.apply(fields);
    }

    private void read(Fields fields) {
        String element = cursor.name();
        switch (element) {
            case "Name" -> fields.name = cursor.text();
            case "Required" -> fields.required = cursor.bool("<Required> của " + fields.owner());
            case "Weight" -> fields.weight = nonNegative(fields, "<Weight>");
            case "CostFunction" -> fields.costFunction = costFunction(fields);
            case "AppliesTo" -> {
                while (cursor.nextChild()) {
                    appliesTo(fields);
                }
            }
            case "TimeGroups" -> {
                while (cursor.nextChild()) {
                    cursor.expect("TimeGroup", fields.owner());
                    fields.timeGroups.add(limitedTimeGroup(fields));
                }
            }
            case "Times" -> references("Time", ids.times, fields, fields.times::set);
            case "Resources" -> references("Resource", ids.resources, fields, fields.preferredResources::set);
            case "ResourceGroups" ->
                references(
                        "ResourceGroup",
                        ids.resourceGroups,
                        fields,
                        group -> fields.preferredResources.or(resourceGroups.get(group).members));
            case "Role" -> fields.role = cursor.text();
            default -> {
                if (!NUMBERS.contains(element)) {
                    throw cursor.unexpected(fields.owner());
                }
                fields.numbers.put(element, nonNegative(fields, "<" + element + ">"));
            }
        }
    }

    private void appliesTo(Fields fields) {
        switch (cursor.name()) {
            case "Events" -> references("Event", ids.events, fields, fields.events::add);
            case "EventGroups" ->
                references("EventGroup", ids.eventGroups, fields, group -> {
                    fields.eventGroups.add(group);
                    eventGroups.get(group).members.stream().forEach(fields.events::add);
                });
            case "Resources" -> references("Resource", ids.resources, fields, fields.resources::add);
            case "ResourceGroups" ->
                references(
                        "ResourceGroup", ids.resourceGroups, fields, group -> resourceGroups.get(group).members.stream()
                                .forEach(fields.resources::add));
            case "EventPairs" -> {
                while (cursor.nextChild()) {
                    cursor.expect("EventPair", fields.owner());
                    fields.pairs.add(eventPair(fields));
                }
            }
            default -> throw cursor.unexpected("<AppliesTo> của " + fields.owner());
        }
    }

    private Constraint.EventPair eventPair(Fields fields) {
        int first = Instance.NONE;
        int second = Instance.NONE;
        int minSeparation = 0;
        int maxSeparation = Integer.MAX_VALUE;
        while (cursor.nextChild()) {
            switch (cursor.name()) {
                case "FirstEvent" -> first = ids.events.reference(cursor, capitalised(fields.owner()));
                case "SecondEvent" -> second = ids.events.reference(cursor, capitalised(fields.owner()));
                case "MinSeparation" -> minSeparation = nonNegative(fields, "<MinSeparation>");
                case "MaxSeparation" -> maxSeparation = nonNegative(fields, "<MaxSeparation>");
                default -> throw cursor.unexpected("<EventPair> của " + fields.owner());
            }
        }
        if (first == Instance.NONE || second == Instance.NONE) {
            throw cursor.error("<EventPair> của " + fields.owner() + " cần cả <FirstEvent> và <SecondEvent>");
        }
        return new Constraint.EventPair(first, second, minSeparation, maxSeparation);
    }

    private Constraint.TimeGroupLimit limitedTimeGroup(Fields fields) {
        int group = ids.timeGroups.resolve(cursor, capitalised(fields.owner()));
        int minimum = Instance.NONE;
        int maximum = Instance.NONE;
        while (cursor.nextChild()) {
            switch (cursor.name()) {
                case "Minimum" -> minimum = nonNegative(fields, "<Minimum>");
                case "Maximum" -> maximum = nonNegative(fields, "<Maximum>");
                default -> throw cursor.unexpected("<TimeGroup> của " + fields.owner());
            }
        }
        return new Constraint.TimeGroupLimit(group, minimum, maximum);
    }

    private CostFunction costFunction(Fields fields) {
        int line = cursor.line();
        String text = cursor.text();
        for (CostFunction function : CostFunction.values()) {
            if (function.element().equals(text)) {
                return function;
            }
        }
        throw new XhsttFormatException(
                "Hàm chi phí \"" + text + "\" của " + fields.owner() + " không phải Linear, Quadratic hay Step", line);
    }

    /** Reads a list of references, handing each resolved index to {@code into}. */
    private void references(String element, Ids table, Fields fields, IntConsumer into) {
        while (cursor.nextChild()) {
            cursor.expect(element, fields.owner());
            into.accept(table.reference(cursor, capitalised(fields.owner())));
        }
    }

    private int nonNegative(Fields fields, String what) {
        int value = cursor.integer(what + " của " + fields.owner());
        if (value < 0) {
            throw cursor.error(what + " của " + fields.owner() + " không được âm: " + value);
        }
        return value;
    }

    private static String capitalised(String owner) {
        return Character.toUpperCase(owner.charAt(0)) + owner.substring(1);
    }

    /** What one constraint element said, before it is known which of it its type uses. */
    private static final class Fields {
        final String id;
        final int line;
        final List<BitSet> timeGroupMembers;
        final List<Integer> events = new ArrayList<>();
        final List<Integer> eventGroups = new ArrayList<>();
        final List<Integer> resources = new ArrayList<>();
        final BitSet preferredResources = new BitSet();
        final BitSet times = new BitSet();
        final List<Constraint.TimeGroupLimit> timeGroups = new ArrayList<>();
        final List<Constraint.EventPair> pairs = new ArrayList<>();
        final Map<String, Integer> numbers = new HashMap<>();

        @Nullable
        String name;

        @Nullable
        Boolean required;

        @Nullable
        Integer weight;

        @Nullable
        CostFunction costFunction;

        @Nullable
        String role;

        Fields(String id, int line, List<BitSet> timeGroupMembers) {
            this.id = id;
            this.line = line;
            this.timeGroupMembers = timeGroupMembers;
        }

        String owner() {
            return "ràng buộc \"" + id + "\"";
        }

        Header header() {
            if (required == null || weight == null || costFunction == null) {
                throw missing("<Required>, <Weight> và <CostFunction>");
            }
            return new Header(id, name, required, weight, costFunction);
        }

        int number(String element) {
            Integer value = numbers.get(element);
            if (value == null) {
                throw missing("<" + element + ">");
            }
            return value;
        }

        String role() {
            if (role == null) {
                throw missing("<Role>");
            }
            return role;
        }

        IndexList events() {
            return IndexList.of(events);
        }

        IndexList eventGroups() {
            return IndexList.of(eventGroups);
        }

        IndexList resources() {
            return IndexList.of(resources);
        }

        /** The times listed plus those of the time groups listed. */
        IndexSet times() {
            BitSet all = (BitSet) times.clone();
            timeGroups.forEach(limit -> all.or(timeGroupMembers.get(limit.timeGroup())));
            return IndexSet.of(all);
        }

        IndexSet timeGroupSet() {
            return IndexSet.of(timeGroups.stream()
                    .mapToInt(Constraint.TimeGroupLimit::timeGroup)
                    .toArray());
        }

        List<Constraint.TimeGroupLimit> spread() {
            for (Constraint.TimeGroupLimit limit : timeGroups) {
                if (limit.minimum() == Instance.NONE || limit.maximum() == Instance.NONE) {
                    throw missing("<Minimum> và <Maximum> cho mỗi nhóm thời gian");
                }
            }
            return timeGroups;
        }

        private XhsttFormatException missing(String what) {
            return new XhsttFormatException(capitalised(owner()) + " thiếu " + what, line);
        }
    }
}
