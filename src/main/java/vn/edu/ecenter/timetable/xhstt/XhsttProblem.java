package vn.edu.ecenter.timetable.xhstt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import vn.edu.ecenter.timetable.engine.Choice;
import vn.edu.ecenter.timetable.engine.Cost;
import vn.edu.ecenter.timetable.engine.Lesson;
import vn.edu.ecenter.timetable.engine.Monitor;
import vn.edu.ecenter.timetable.engine.Penalty;
import vn.edu.ecenter.timetable.engine.Placement;
import vn.edu.ecenter.timetable.engine.Problem;
import vn.edu.ecenter.timetable.engine.Violation;
import vn.edu.ecenter.timetable.engine.Week;

/**
 * An XHSTT instance translated into the engine's terms, and a placement translated back into an XHSTT solution. Each
 * event is split once, before solving, into the lessons that cost least under its SplitEvents and DistributeSplitEvents
 * constraints (fewest lessons among equals; an event that none concerns, period by period); that cost is the
 * problem's fixed cost. Every other constraint becomes one monitor per point of application, with the constraint's
 * meaning as the {@link Evaluator} computes it, so that the engine's cost of a placement equals the evaluator's cost of
 * the solution written from it. Required AvoidUnavailableTimes (of preassigned resources) and required PreferTimes
 * also narrow the starts a lesson may take.
 *
 * <p>Only the instance is read: nothing here sees the solutions stored in a file.
 */
public final class XhsttProblem {

    private final Instance instance;
    /** For some events, how many lessons more than their cheapest split they are split into (see {@link #loosened}). */
    private final Map<Integer, Integer> extraLessons;
    /** For some events, the durations of their lessons, given (see {@link #withSplits}). */
    private final Map<Integer, int[]> givenSplits;

    private final List<Lesson> lessons = new ArrayList<>();
    private final List<List<Integer>> lessonsOfEvent = new ArrayList<>();
    private final List<Choice> choices = new ArrayList<>();
    /** For each choice, the event resource (position in its event) it chooses for. */
    private final List<Integer> eventResourceOfChoice = new ArrayList<>();
    /** For each event, for each of its event resources, the choices made for it (one per lesson; empty if preassigned). */
    private final List<List<List<Integer>>> choicesOfEventResource = new ArrayList<>();

    private final List<Monitor> monitors = new ArrayList<>();
    private Cost fixed = Cost.ZERO;
    private final Week week;
    private final Problem problem;

    private XhsttProblem(Instance instance, Map<Integer, Integer> extraLessons, Map<Integer, int[]> givenSplits) {
        this.instance = instance;
        this.extraLessons = Map.copyOf(extraLessons);
        this.givenSplits = Map.copyOf(givenSplits);
        this.week = week(instance);
        for (int e = 0; e < instance.events().size(); e++) {
            addLessons(e, split(e));
        }
        for (Constraint constraint : instance.constraints()) {
            addMonitors(constraint);
        }
        this.problem = new Problem(
                instance.id(),
                week,
                instance.resources().stream().map(r -> nameOf(r.id(), r.name())).toList(),
                lessons,
                choices,
                monitors,
                fixed);
    }

    public static XhsttProblem of(Instance instance) {
        return new XhsttProblem(instance, Map.of(), Map.of());
    }

    /**
     * The same instance with these events split into lessons of the given durations, in that order (each summing to
     * its event's duration); the other events split as here.
     */
    public XhsttProblem withSplits(Map<Integer, int[]> splits) {
        Map<Integer, int[]> given = new HashMap<>(givenSplits);
        splits.forEach((event, durations) -> {
            if (Arrays.stream(durations).sum() != instance.events().get(event).duration()) {
                throw new IllegalArgumentException("the split of event " + event + " does not add up to its duration");
            }
            given.put(event, durations.clone());
        });
        return new XhsttProblem(instance, extraLessons, given);
    }

    /** The same instance with every event that is not preassigned a time split into lessons of one time each. */
    public XhsttProblem singles() {
        Map<Integer, int[]> singles = new HashMap<>();
        for (int e = 0; e < instance.events().size(); e++) {
            Event event = instance.events().get(e);
            if (!event.hasPreassignedTime()) {
                int[] ones = new int[event.duration()];
                Arrays.fill(ones, 1);
                singles.put(e, ones);
            }
        }
        return withSplits(singles);
    }

    public Instance instance() {
        return instance;
    }

    /** The lessons of the event, in the order of its split. */
    public List<Integer> lessonsOfEvent(int event) {
        return List.copyOf(lessonsOfEvent.get(event));
    }

    /**
     * The same instance with each of these events split into one lesson more than now (a double period becomes two
     * single ones), each still the cheapest split with that many lessons. The split made before solving is the
     * cheapest, and sometimes no week can hold it: BrazilInstance4's split asks for 125 double periods, while every
     * feasible published solution has at most 110. Loosening the events whose long lessons stay in the way buys
     * feasibility with the soft cost the split constraints put on it.
     */
    public XhsttProblem loosened(Set<Integer> events) {
        Map<Integer, Integer> more = new HashMap<>(extraLessons);
        events.forEach(e -> more.merge(e, 1, Integer::sum));
        return new XhsttProblem(instance, more, givenSplits);
    }

    /**
     * This problem with events split into one lesson more ({@link #loosened}), one event after another, until every
     * resource that must never be double-booked has room for its lessons longer than one time. Such a lesson needs two
     * or more free times in a row on one day, so a run of k free times in a day holds at most k / 2 of them. The event
     * split next is the one with long lessons for the most resources short of room. Stops when every resource has room
     * or when no event of a resource short of room can be split further without more hard cost from its split
     * constraints. BrazilInstance4's cheapest split gives eight classes 11 double periods each, in a week of five days
     * of five periods where at most 10 fit; before, only a stalled search found that out (ADR 0019).
     */
    public XhsttProblem fitted() {
        XhsttProblem fitted = this;
        while (true) {
            boolean[] cramped = fitted.cramped();
            int best = -1;
            int bestCramped = 0;
            for (int event = 0; event < instance.events().size(); event++) {
                int crampedResources = fitted.longLessonResources(event, cramped);
                if (crampedResources > bestCramped && fitted.canLoosen(event)) {
                    best = event;
                    bestCramped = crampedResources;
                }
            }
            if (best < 0) {
                return fitted;
            }
            fitted = fitted.loosened(Set.of(best));
        }
    }

    /** How many lessons this problem has beyond those of every event's cheapest split. */
    public int addedLessons() {
        return extraLessons.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * For each resource with hard clashes: whether its lessons longer than one time are more than the runs of its free
     * times can hold (see {@link #fitted}).
     */
    private boolean[] cramped() {
        int resources = problem.resources().size();
        int times = week.times();
        boolean[] neverDoubleBooked = new boolean[resources];
        BitSet[] unavailable = new BitSet[resources];
        Arrays.setAll(unavailable, r -> new BitSet());
        for (Monitor monitor : monitors) {
            if (monitor instanceof Monitor.Clashes clashes && clashes.penalty().hard()) {
                neverDoubleBooked[clashes.resource()] = true;
            } else if (monitor instanceof Monitor.BusyAt busyAt
                    && busyAt.penalty().hard()) {
                unavailable[busyAt.resource()].or(busyAt.times());
            }
        }
        int[] longLessons = new int[resources];
        for (Lesson lesson : lessons) {
            if (lesson.duration() > 1) {
                for (int r : lesson.resources()) {
                    longLessons[r]++;
                }
            }
        }
        boolean[] cramped = new boolean[resources];
        for (int r = 0; r < resources; r++) {
            if (!neverDoubleBooked[r] || longLessons[r] == 0) {
                continue;
            }
            int room = 0;
            int run = 0;
            for (int t = 0; t <= times; t++) {
                boolean free = t < times && !unavailable[r].get(t);
                boolean sameDay = free && run > 0 && week.day(t) == week.day(t - 1);
                if (free && (run == 0 || sameDay)) {
                    run++;
                } else {
                    room += run / 2;
                    run = free ? 1 : 0;
                }
            }
            cramped[r] = longLessons[r] > room;
        }
        return cramped;
    }

    /** How many of the resources marked in {@code cramped} (short of room) the event's long lessons use. */
    private int longLessonResources(int event, boolean[] cramped) {
        Set<Integer> resources = new TreeSet<>();
        for (int l : lessonsOfEvent.get(event)) {
            Lesson lesson = lessons.get(l);
            if (longAndMovable(lesson)) {
                Arrays.stream(lesson.resources()).filter(r -> cramped[r]).forEach(resources::add);
            }
        }
        return resources.size();
    }

    /**
     * The events that could be split into more lessons and have a lesson longer than one time behind a hard cost of the
     * placement (a clash, an unavailable time, a broken rule that names the lesson); when there are none, such events
     * that share a resource with the lessons behind the hard cost (a teacher's double periods leave its single ones
     * less room). Events with too many lessons on a day (a broken SpreadEvents) are never among them: more lessons
     * would need more days.
     */
    public Set<Integer> loosenable(Placement placement) {
        Set<Integer> behind = new TreeSet<>();
        Set<Integer> resources = new TreeSet<>();
        Set<Integer> crowded = new TreeSet<>();
        for (Violation violation : placement.violations()) {
            if (!violation.hard()) {
                continue;
            }
            boolean spread = violation.monitor() instanceof Monitor.Spread;
            for (int lesson : placement.lessonsBehind(violation.monitor())) {
                Lesson l = lessons.get(lesson);
                if (spread) {
                    crowded.add(l.event());
                } else if (loosenable(l)) {
                    behind.add(l.event());
                }
                Arrays.stream(l.resources()).forEach(resources::add);
            }
        }
        behind.removeAll(crowded);
        if (behind.isEmpty()) {
            for (Lesson l : lessons) {
                if (!crowded.contains(l.event())
                        && loosenable(l)
                        && Arrays.stream(l.resources()).anyMatch(resources::contains)) {
                    behind.add(l.event());
                }
            }
        }
        return behind;
    }

    /** Whether some event has a lesson longer than one time and could be split into more lessons. */
    public boolean canLoosen() {
        return lessons.stream().anyMatch(this::loosenable);
    }

    /** A lesson longer than one time, not pinned, of an event that could be split into one lesson more. */
    private boolean loosenable(Lesson lesson) {
        return longAndMovable(lesson) && canLoosen(lesson.event());
    }

    /** A lesson longer than one time that is not pinned: splitting its event could shorten it. */
    private static boolean longAndMovable(Lesson lesson) {
        return lesson.duration() > 1 && !lesson.pinned();
    }

    /**
     * Whether the event could be split into one lesson more without more hard cost from its split constraints (a
     * required SplitEvents may forbid more lessons).
     */
    private boolean canLoosen(int event) {
        Event e = instance.events().get(event);
        int now = lessonsOfEvent.get(event).size();
        if (e.hasPreassignedTime() || now >= e.duration() || splitFreely(event)) {
            return false;
        }
        int[] durations = lessonsOfEvent.get(event).stream()
                .mapToInt(l -> lessons.get(l).duration())
                .toArray();
        long hardNow = splitCost(event, durations).hard();
        return partitions(e.duration(), e.duration()).stream()
                .anyMatch(p -> p.length == now + 1 && splitCost(event, p).hard() <= hardNow);
    }

    /**
     * A placement of this problem that keeps what {@code placement} of {@code from} (the same instance split otherwise)
     * placed and chose for every event split the same way in both; the lessons of the other events are left to place.
     */
    public Placement carriedOver(XhsttProblem from, Placement placement) {
        Placement carried = new Placement(problem);
        for (int e = 0; e < instance.events().size(); e++) {
            List<Integer> mine = lessonsOfEvent.get(e);
            List<Integer> theirs = from.lessonsOfEvent.get(e);
            boolean same = mine.size() == theirs.size();
            for (int k = 0; same && k < mine.size(); k++) {
                same = lessons.get(mine.get(k)).duration()
                        == from.lessons.get(theirs.get(k)).duration();
            }
            if (!same) {
                continue;
            }
            for (int k = 0; k < mine.size(); k++) {
                carried.move(mine.get(k), placement.start(theirs.get(k)));
            }
            List<List<Integer>> myChoices = choicesOfEventResource.get(e);
            List<List<Integer>> theirChoices = from.choicesOfEventResource.get(e);
            for (int position = 0; position < myChoices.size(); position++) {
                for (int k = 0; k < myChoices.get(position).size(); k++) {
                    carried.choose(
                            myChoices.get(position).get(k),
                            placement.chosen(theirChoices.get(position).get(k)));
                }
            }
        }
        return carried;
    }

    public Problem problem() {
        return problem;
    }

    /** The solution a placement stands for: one solution event per lesson, placed or not, with its chosen resources. */
    public Solution solution(Placement placement) {
        List<SolutionEvent> events = new ArrayList<>();
        for (Lesson lesson : lessons) {
            List<SolutionEvent.Assignment> assigned = new ArrayList<>();
            for (Choice choice : choices) {
                int resource = placement.chosen(choice.index());
                if (choice.lesson() == lesson.index() && resource >= 0) {
                    assigned.add(new SolutionEvent.Assignment(eventResourceOfChoice.get(choice.index()), resource));
                }
            }
            int start = placement.start(lesson.index());
            events.add(
                    new SolutionEvent(lesson.event(), lesson.duration(), start < 0 ? Instance.NONE : start, assigned));
        }
        return new Solution(instance.id(), events);
    }

    // ---- the week and the lessons

    private static Week week(Instance instance) {
        List<Integer> dayGroups = instance.times().stream()
                .map(Time::day)
                .filter(d -> d != Instance.NONE)
                .distinct()
                .toList();
        int[] dayOf = instance.times().stream()
                .mapToInt(t -> t.day() == Instance.NONE ? -1 : dayGroups.indexOf(t.day()))
                .toArray();
        return new Week(
                instance.times().stream().map(t -> nameOf(t.id(), t.name())).toList(), dayOf);
    }

    /**
     * The durations of the lessons the event is split into: the cheapest split under the split constraints that
     * concern it, the fewest lessons among equals. An event no split constraint concerns may be split freely, so it is
     * placed period by period (as the best known solutions of such instances are), which leaves the search the most
     * freedom.
     */
    private int[] split(int event) {
        Event e = instance.events().get(event);
        if (e.hasPreassignedTime()) {
            return new int[] {e.duration()};
        }
        int[] given = givenSplits.get(event);
        if (given != null) {
            fixed = fixed.plus(splitCost(event, given));
            return given;
        }
        if (splitFreely(event)) {
            int[] singles = new int[e.duration()];
            Arrays.fill(singles, 1);
            return singles;
        }
        List<int[]> partitions = partitions(e.duration(), e.duration());
        int[] best = cheapest(event, partitions);
        int extra = extraLessons.getOrDefault(event, 0);
        if (extra > 0) {
            int wanted = Math.min(e.duration(), best.length + extra);
            best = cheapest(
                    event, partitions.stream().filter(p -> p.length == wanted).toList());
        }
        fixed = fixed.plus(splitCost(event, best));
        return best;
    }

    /** Whether no split constraint concerns the event. */
    private boolean splitFreely(int event) {
        return instance.constraints().stream()
                .noneMatch(c -> c instanceof Constraint.SplitEvents split && applies(split.events(), event)
                        || c instanceof Constraint.DistributeSplitEvents distribute
                                && applies(distribute.events(), event));
    }

    /** The cheapest of the splits under the event's split constraints, the fewest lessons among equals. */
    private int[] cheapest(int event, List<int[]> splits) {
        int[] best = null;
        Cost bestCost = null;
        for (int[] parts : splits) {
            Cost cost = splitCost(event, parts);
            if (best == null || cost.compareTo(bestCost) < 0 || (cost.equals(bestCost) && parts.length < best.length)) {
                best = parts;
                bestCost = cost;
            }
        }
        return best;
    }

    /** What splitting the event into lessons of these durations costs under its split constraints. */
    private Cost splitCost(int event, int[] parts) {
        Cost cost = Cost.ZERO;
        for (Constraint constraint : instance.constraints()) {
            int deviation = 0;
            if (constraint instanceof Constraint.SplitEvents c && applies(c.events(), event)) {
                int bad = (int) Arrays.stream(parts)
                        .filter(d -> d < c.minimumDuration() || d > c.maximumDuration())
                        .count();
                deviation = bad + Deviations.outside(parts.length, c.minimumAmount(), c.maximumAmount());
            } else if (constraint instanceof Constraint.DistributeSplitEvents c && applies(c.events(), event)) {
                int lasting = (int)
                        Arrays.stream(parts).filter(d -> d == c.duration()).count();
                deviation = Deviations.outside(lasting, c.minimum(), c.maximum());
            }
            cost = cost.plus(costOf(constraint, deviation));
        }
        return cost;
    }

    private static Cost costOf(Constraint constraint, int deviation) {
        long cost = constraint.costFunction().cost(constraint.weight(), deviation);
        return constraint.required() ? new Cost(cost, 0) : new Cost(0, cost);
    }

    /** The partitions of {@code total} into parts of at most {@code largest}, parts in descending order. */
    private static List<int[]> partitions(int total, int largest) {
        List<int[]> result = new ArrayList<>();
        if (total == 0) {
            result.add(new int[0]);
            return result;
        }
        for (int first = Math.min(total, largest); first >= 1; first--) {
            for (int[] rest : partitions(total - first, first)) {
                int[] parts = new int[rest.length + 1];
                parts[0] = first;
                System.arraycopy(rest, 0, parts, 1, rest.length);
                result.add(parts);
            }
        }
        return result;
    }

    private void addLessons(int event, int[] durations) {
        Event e = instance.events().get(event);
        int[] fixedResources = e.resources().stream()
                .filter(EventResource::isPreassigned)
                .mapToInt(EventResource::preassignedResource)
                .toArray();
        List<Integer> ofEvent = new ArrayList<>();
        List<List<Integer>> ofEventResource = new ArrayList<>();
        e.resources().forEach(r -> ofEventResource.add(new ArrayList<>()));
        for (int duration : durations) {
            int index = lessons.size();
            int fixedStart = e.hasPreassignedTime() ? e.preassignedTime() : -1;
            lessons.add(new Lesson(
                    index,
                    nameOf(e.id(), e.name()),
                    event,
                    duration,
                    fixedResources,
                    starts(event, duration, fixedResources, fixedStart),
                    fixedStart,
                    e.workload()));
            ofEvent.add(index);
            for (int position = 0; position < e.resources().size(); position++) {
                EventResource resource = e.resources().get(position);
                if (!resource.isPreassigned()) {
                    int choice = choices.size();
                    choices.add(new Choice(
                            choice,
                            index,
                            resource.role() == null ? "" : resource.role(),
                            candidates(event, resource)));
                    eventResourceOfChoice.add(position);
                    ofEventResource.get(position).add(choice);
                }
            }
        }
        lessonsOfEvent.add(ofEvent);
        choicesOfEventResource.add(ofEventResource);
    }

    /**
     * Where a lesson may start: within one day, not at a time a required constraint forbids for it or for one of its
     * preassigned resources. If that leaves nothing, everywhere it fits (the monitors then show what is broken).
     */
    private int[] starts(int event, int duration, int[] resources, int fixedStart) {
        BitSet forbidden = new BitSet();
        for (Constraint constraint : instance.constraints()) {
            if (!constraint.required() || constraint.weight() == 0) {
                continue;
            }
            if (constraint instanceof Constraint.AvoidUnavailableTimes c
                    && Arrays.stream(resources).anyMatch(r -> applies(c.resources(), r))) {
                c.times().stream().forEach(t -> forbidden.set(Math.max(0, t - duration + 1), t + 1));
            } else if (constraint instanceof Constraint.PreferTimes c
                    && applies(c.events(), event)
                    && (c.duration() == Instance.NONE || c.duration() == duration)) {
                BitSet outside = new BitSet();
                outside.set(0, week.times());
                c.times().stream().forEach(outside::clear);
                forbidden.or(outside);
            }
        }
        int[] fitting = IntStream.range(0, week.times())
                .filter(t -> week.fits(t, duration))
                .toArray();
        int[] allowed = Arrays.stream(fitting)
                .filter(t -> !forbidden.get(t) || t == fixedStart)
                .toArray();
        return allowed.length > 0 ? allowed : fitting;
    }

    /** The resources of the event resource's type, narrowed to the preferred ones if a required constraint says so. */
    private int[] candidates(int event, EventResource resource) {
        BitSet candidates = new BitSet();
        for (int r = 0; r < instance.resources().size(); r++) {
            if (instance.resources().get(r).resourceType() == resource.resourceType()) {
                candidates.set(r);
            }
        }
        for (Constraint constraint : instance.constraints()) {
            if (constraint instanceof Constraint.PreferResources c
                    && c.required()
                    && c.weight() > 0
                    && applies(c.events(), event)
                    && (c.role() == null || c.role().equals(resource.role()))) {
                BitSet preferred = new BitSet();
                c.resources().stream().forEach(preferred::set);
                preferred.and(candidates);
                if (!preferred.isEmpty()) {
                    candidates = preferred;
                }
            }
        }
        return candidates.stream().toArray();
    }

    // ---- the monitors

    private void addMonitors(Constraint constraint) {
        Penalty penalty = new Penalty(constraint.required(), constraint.weight(), engineFunction(constraint));
        String label = nameOf(constraint.id(), constraint.header().name());
        switch (constraint) {
            case Constraint.SplitEvents c -> {} // priced by the split, in the fixed cost
            case Constraint.DistributeSplitEvents c -> {} // likewise
            case Constraint.AssignTime c ->
                c.events().stream()
                        .forEach(e ->
                                monitors.add(new Monitor.Unplaced(at(label, eventName(e)), penalty, lessonsOf(e))));
            case Constraint.PreferTimes c -> {
                BitSet times = bits(c.times());
                c.events().stream()
                        .forEach(e -> monitors.add(new Monitor.PreferredStarts(
                                at(label, eventName(e)), penalty, lessonsOf(e), times, c.duration())));
            }
            case Constraint.AssignResource c ->
                eventResources(c.events(), c.role(), (e, position, chosen) -> {
                    if (chosen.length > 0) {
                        monitors.add(new Monitor.Unchosen(at(label, eventName(e)), penalty, chosen));
                    }
                });
            case Constraint.PreferResources c -> {
                BitSet preferred = bits(c.resources());
                eventResources(c.events(), c.role(), (e, position, chosen) -> {
                    EventResource resource =
                            instance.events().get(e).resources().get(position);
                    if (resource.isPreassigned()) {
                        if (!preferred.get(resource.preassignedResource())) {
                            fixedCost(constraint, instance.events().get(e).duration());
                        }
                    } else {
                        monitors.add(
                                new Monitor.PreferredResources(at(label, eventName(e)), penalty, chosen, preferred));
                    }
                });
            }
            case Constraint.AvoidSplitAssignments c ->
                c.eventGroups().stream().forEach(g -> {
                    List<Integer> chosen = new ArrayList<>();
                    BitSet preassigned = new BitSet();
                    eventsOf(g).forEach(e -> {
                        List<EventResource> resources = instance.events().get(e).resources();
                        for (int position = 0; position < resources.size(); position++) {
                            EventResource resource = resources.get(position);
                            if (c.role().equals(resource.role())) {
                                if (resource.isPreassigned()) {
                                    preassigned.set(resource.preassignedResource());
                                } else {
                                    chosen.addAll(choicesOfEventResource.get(e).get(position));
                                }
                            }
                        }
                    });
                    monitors.add(new Monitor.SameResource(at(label, groupName(g)), penalty, ints(chosen), preassigned));
                });
            case Constraint.SpreadEvents c -> {
                BitSet[] groups = c.timeGroups().stream()
                        .map(l -> bits(instance.timeGroups().get(l.timeGroup()).times()))
                        .toArray(BitSet[]::new);
                int[] minimum = c.timeGroups().stream()
                        .mapToInt(Constraint.TimeGroupLimit::minimum)
                        .toArray();
                int[] maximum = c.timeGroups().stream()
                        .mapToInt(Constraint.TimeGroupLimit::maximum)
                        .toArray();
                c.eventGroups().stream()
                        .forEach(g -> monitors.add(new Monitor.Spread(
                                at(label, groupName(g)),
                                penalty,
                                eventsOf(g)
                                        .flatMap(e -> Arrays.stream(lessonsOf(e)))
                                        .toArray(),
                                groups,
                                minimum,
                                maximum)));
            }
            case Constraint.LinkEvents c ->
                c.eventGroups().stream()
                        .forEach(g -> monitors.add(new Monitor.Linked(
                                at(label, groupName(g)),
                                penalty,
                                eventsOf(g).mapToObj(this::lessonsOf).toArray(int[][]::new))));
            case Constraint.OrderEvents c ->
                c.pairs()
                        .forEach(p -> monitors.add(new Monitor.Ordered(
                                at(label, eventName(p.first()) + " → " + eventName(p.second())),
                                penalty,
                                lessonsOf(p.first()),
                                lessonsOf(p.second()),
                                p.minSeparation(),
                                p.maxSeparation())));
            case Constraint.AvoidClashes c ->
                c.resources().stream()
                        .forEach(r -> monitors.add(new Monitor.Clashes(at(label, resourceName(r)), penalty, r)));
            case Constraint.AvoidUnavailableTimes c -> {
                BitSet times = bits(c.times());
                c.resources().stream()
                        .forEach(r -> monitors.add(new Monitor.BusyAt(at(label, resourceName(r)), penalty, r, times)));
            }
            case Constraint.LimitIdleTimes c ->
                c.resources().stream()
                        .forEach(r -> monitors.add(new Monitor.IdleTimes(
                                at(label, resourceName(r)),
                                penalty,
                                r,
                                groups(c.timeGroups()),
                                c.minimum(),
                                c.maximum())));
            case Constraint.ClusterBusyTimes c ->
                c.resources().stream()
                        .forEach(r -> monitors.add(new Monitor.BusyGroups(
                                at(label, resourceName(r)),
                                penalty,
                                r,
                                groups(c.timeGroups()),
                                c.minimum(),
                                c.maximum())));
            case Constraint.LimitBusyTimes c ->
                c.resources().stream()
                        .forEach(r -> monitors.add(new Monitor.BusyPerGroup(
                                at(label, resourceName(r)),
                                penalty,
                                r,
                                groups(c.timeGroups()),
                                c.minimum(),
                                c.maximum(),
                                false)));
            case Constraint.LimitWorkload c -> c.resources().stream().forEach(r -> addWorkload(c, label, penalty, r));
        }
    }

    private void addWorkload(Constraint.LimitWorkload c, String label, Penalty penalty, int resource) {
        double base = 0;
        List<Integer> chosen = new ArrayList<>();
        List<Double> amounts = new ArrayList<>();
        for (int e = 0; e < instance.events().size(); e++) {
            Event event = instance.events().get(e);
            for (int position = 0; position < event.resources().size(); position++) {
                EventResource er = event.resources().get(position);
                if (er.isPreassigned() && er.preassignedResource() == resource) {
                    base += er.workload();
                } else if (!er.isPreassigned()) {
                    for (int choice : choicesOfEventResource.get(e).get(position)) {
                        int lesson = choices.get(choice).lesson();
                        chosen.add(choice);
                        amounts.add((double) er.workload() * lessons.get(lesson).duration() / event.duration());
                    }
                }
            }
        }
        monitors.add(new Monitor.Workload(
                at(label, resourceName(resource)),
                penalty,
                resource,
                base,
                ints(chosen),
                amounts.stream().mapToDouble(Double::doubleValue).toArray(),
                c.minimum(),
                c.maximum()));
    }

    private void fixedCost(Constraint constraint, int deviation) {
        fixed = fixed.plus(costOf(constraint, deviation));
    }

    @FunctionalInterface
    private interface EventResourceVisit {
        void visit(int event, int position, int[] choices);
    }

    private void eventResources(IndexList events, @Nullable String role, EventResourceVisit visit) {
        events.stream().forEach(e -> {
            List<EventResource> resources = instance.events().get(e).resources();
            for (int position = 0; position < resources.size(); position++) {
                if (role == null || role.equals(resources.get(position).role())) {
                    visit.visit(e, position, ints(choicesOfEventResource.get(e).get(position)));
                }
            }
        });
    }

    private static vn.edu.ecenter.timetable.engine.CostFunction engineFunction(Constraint constraint) {
        return switch (constraint.costFunction()) {
            case LINEAR -> vn.edu.ecenter.timetable.engine.CostFunction.LINEAR;
            case QUADRATIC -> vn.edu.ecenter.timetable.engine.CostFunction.QUADRATIC;
            case STEP -> vn.edu.ecenter.timetable.engine.CostFunction.STEP;
        };
    }

    private int[] lessonsOf(int event) {
        return ints(lessonsOfEvent.get(event));
    }

    private IntStream eventsOf(int group) {
        return instance.eventGroups().get(group).events().stream();
    }

    private int[][] groups(IndexSet timeGroups) {
        return timeGroups.stream()
                .mapToObj(g -> instance.timeGroups().get(g).times().toArray())
                .toArray(int[][]::new);
    }

    private static boolean applies(IndexList list, int index) {
        return list.stream().anyMatch(i -> i == index);
    }

    private static BitSet bits(IndexSet set) {
        BitSet bits = new BitSet();
        set.stream().forEach(bits::set);
        return bits;
    }

    private static int[] ints(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }

    private String eventName(int event) {
        return instance.events().get(event).id();
    }

    private String groupName(int group) {
        return instance.eventGroups().get(group).id();
    }

    private String resourceName(int resource) {
        return instance.resources().get(resource).id();
    }

    private static String at(String constraint, String point) {
        return constraint + " — " + point;
    }

    private static String nameOf(String id, @Nullable String name) {
        return name == null || name.isBlank() ? id : name;
    }
}
