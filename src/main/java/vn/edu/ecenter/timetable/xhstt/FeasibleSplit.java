package vn.edu.ecenter.timetable.xhstt;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.sat4j.core.VecInt;
import org.sat4j.minisat.SolverFactory;
import org.sat4j.specs.ContradictionException;
import org.sat4j.specs.ISolver;
import org.sat4j.specs.TimeoutException;
import vn.edu.ecenter.timetable.engine.Cost;
import vn.edu.ecenter.timetable.engine.Lesson;
import vn.edu.ecenter.timetable.engine.Monitor;
import vn.edu.ecenter.timetable.engine.Placement;
import vn.edu.ecenter.timetable.engine.Problem;
import vn.edu.ecenter.timetable.engine.Week;

/**
 * Looks for a split of the events into lessons together with a placement of them that breaks no hard rule, with a SAT
 * solver (ADR 0021). The local search cannot change how events are split; when the split it was given cannot be held
 * by any week, it stalls with hard cost however long it runs (BrazilInstance4: one clash left after 600 s).
 *
 * <p>The formula is built on the instance split into lessons of one time each ({@link XhsttProblem#singles}). The
 * times an event takes in a row on one day are read as one lesson, so the solver chooses the split while it places:
 * SpreadEvents, the amounts of SplitEvents and PreferTimes with a Duration count those runs, and no run is longer than
 * SplitEvents allows. Every other required rule is a rule about the times (a class busy twice, a teacher's gaps, busy
 * days), the same for a run as for its times one by one. Every lesson is placed, as the engine's own construction
 * places every lesson. An instance with a required rule the formula does not express, or with resources to choose, is
 * not tried.
 *
 * <p>What the solver answers is checked against the real problem, split as the answer says: a placement is returned
 * only when its hard cost is what its split costs anyway. After a first answer, the solver is asked again for fewer
 * runs (longer lessons, which split rules such as DistributeSplitEvents usually prefer) while time is left, and the
 * answer whose placement costs least is returned.
 */
final class FeasibleSplit {

    /** A placement without hard cost beyond its split's, of the instance split as {@code problem} is. */
    record Found(XhsttProblem problem, Placement placement) {}

    private final XhsttProblem base;
    private final Problem singles;
    private final List<Lesson> lessons;
    private final Week week;
    private final int times;
    private final ISolver solver = SolverFactory.newDefault();
    private int variables;
    /** For each lesson and start, its variable (0 where it may not start). */
    private final int[][] startsAt;
    /** For each resource and time, whether it is busy (0 until first needed). */
    private final int[][] busy;
    /** For each event and time, whether one of its lessons runs then (0 until first needed). */
    private final int[][] running;
    /** For each event and time, whether a run of the event begins then (0 until first needed). */
    private final int[][] begins;

    /** For each event, its lessons in {@link #singles}. */
    private final List<List<Integer>> lessonsOfEvent = new ArrayList<>();

    private FeasibleSplit(XhsttProblem base) {
        this.base = base;
        XhsttProblem split = base.singles();
        this.singles = split.problem();
        this.lessons = singles.lessons();
        this.week = singles.week();
        this.times = week.times();
        startsAt = new int[lessons.size()][times];
        busy = new int[singles.resources().size()][times];
        int events = base.instance().events().size();
        running = new int[events][times];
        begins = new int[events][times];
        for (int e = 0; e < events; e++) {
            lessonsOfEvent.add(split.lessonsOfEvent(e));
        }
        for (Lesson lesson : lessons) {
            for (int start : lesson.starts()) {
                if (!lesson.pinned() || lesson.fixedStart() == start) {
                    startsAt[lesson.index()][start] = ++variables;
                }
            }
        }
    }

    /**
     * A split and placement without hard cost beyond the split's, found within {@code budget}, or empty: when the
     * instance is not one the formula expresses, when no such placement exists, or when the time runs out first.
     */
    static Optional<Found> find(XhsttProblem problem, Duration budget) {
        long deadline = System.nanoTime() + budget.toNanos();
        if (!problem.problem().choices().isEmpty()) {
            return Optional.empty();
        }
        FeasibleSplit split = new FeasibleSplit(problem);
        try {
            if (!split.encode()) {
                return Optional.empty();
            }
            return split.solve(deadline);
        } catch (ContradictionException e) {
            return Optional.empty();
        }
    }

    /** Adds the clauses of every required rule; false when one of them cannot be expressed. */
    private boolean encode() throws ContradictionException {
        solver.newVar(variables);
        for (Lesson lesson : lessons) {
            int[] any =
                    Arrays.stream(startsAt[lesson.index()]).filter(v -> v != 0).toArray();
            solver.addClause(new VecInt(any));
            atMost(any, 1);
        }
        for (Monitor monitor : singles.monitors()) {
            if (monitor.penalty().hard() && monitor.penalty().weight() > 0 && !encode(monitor)) {
                return false;
            }
        }
        for (Constraint constraint : base.instance().constraints()) {
            if (constraint.required() && constraint.weight() > 0 && !encodeSplit(constraint)) {
                return false;
            }
        }
        for (List<Integer> ofEvent : lessonsOfEvent) {
            orderAlike(ofEvent);
            for (int t = 0; t < times; t++) {
                atMost(coveringOf(ofEvent, t), 1);
            }
        }
        return true;
    }

    private boolean encode(Monitor monitor) throws ContradictionException {
        switch (monitor) {
            case Monitor.Unplaced unplaced -> {
                // Every lesson is placed anyway (encode()), as the engine's own construction places every lesson.
            }
            case Monitor.Clashes clashes -> {
                int need = 0;
                List<Integer> busyTimes = new ArrayList<>();
                for (int t = 0; t < times; t++) {
                    int[] there = covering(clashes.resource(), t);
                    atMost(there, 1);
                    if (there.length > 0) {
                        busyTimes.add(busy(clashes.resource(), t));
                    }
                }
                for (Lesson lesson : lessons) {
                    need += Arrays.stream(lesson.resources()).anyMatch(r -> r == clashes.resource())
                            ? lesson.duration()
                            : 0;
                }
                // Implied, not required: a resource that is never busy twice is busy as many times as its lessons
                // last. Stating it lets the solver see a full class early (HungYen-secondary: from no answer in
                // 120 s to one in 18 s).
                atLeast(ints(busyTimes), need);
            }
            case Monitor.BusyAt busyAt -> {
                for (int t = busyAt.times().nextSetBit(0);
                        t >= 0;
                        t = busyAt.times().nextSetBit(t + 1)) {
                    for (int v : covering(busyAt.resource(), t)) {
                        solver.addClause(new VecInt(new int[] {-v}));
                    }
                }
            }
            case Monitor.PreferredStarts preferred -> encodePreferred(preferred);
            case Monitor.IdleTimes idle -> {
                List<Integer> idleTimes = new ArrayList<>();
                for (int[] group : idle.groups()) {
                    idleTimes.addAll(idleTimes(idle.resource(), group));
                }
                bound(ints(idleTimes), idle.minimum(), idle.maximum());
            }
            case Monitor.BusyGroups groups -> {
                int[] busyGroups = new int[groups.groups().length];
                for (int g = 0; g < busyGroups.length; g++) {
                    busyGroups[g] = or(busyIn(groups.resource(), groups.groups()[g]));
                }
                bound(busyGroups, groups.minimum(), groups.maximum());
            }
            case Monitor.BusyPerGroup perGroup -> {
                for (int[] group : perGroup.groups()) {
                    int[] busyTimes = busyIn(perGroup.resource(), group);
                    atMost(busyTimes, perGroup.maximum());
                    if (perGroup.minimum() > 0 && perGroup.emptyCounts()) {
                        atLeast(busyTimes, perGroup.minimum());
                    } else if (perGroup.minimum() > 0) {
                        // Busy at least the minimum, or not at all: the minimum is made up by copies of "not busy".
                        int any = or(busyTimes);
                        int[] padded = Arrays.copyOf(busyTimes, busyTimes.length + perGroup.minimum());
                        for (int k = 0; k < perGroup.minimum(); k++) {
                            padded[busyTimes.length + k] = equalTo(-any);
                        }
                        atLeast(padded, perGroup.minimum());
                    }
                }
            }
            case Monitor.LongRuns runs -> {
                for (int[] group : runs.groups()) {
                    for (int i = 0; i + runs.maximum() < group.length; i++) {
                        int[] notAll = new int[runs.maximum() + 1];
                        for (int k = 0; k <= runs.maximum(); k++) {
                            notAll[k] = -busy(runs.resource(), group[i + k]);
                        }
                        solver.addClause(new VecInt(notAll));
                    }
                }
            }
            case Monitor.Spread spread -> {
                Set<Integer> events = new TreeSet<>();
                Arrays.stream(spread.lessons())
                        .forEach(l -> events.add(lessons.get(l).event()));
                for (int g = 0; g < spread.groups().length; g++) {
                    List<Integer> starting = new ArrayList<>();
                    for (int event : events) {
                        for (int t = spread.groups()[g].nextSetBit(0);
                                t >= 0 && t < times;
                                t = spread.groups()[g].nextSetBit(t + 1)) {
                            starting.add(begins(event, t));
                        }
                    }
                    bound(ints(starting), spread.minimum()[g], spread.maximum()[g]);
                }
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /**
     * A required SplitEvents: no run of its events longer than its maximum duration, and between its minimum and
     * maximum amount of runs. False for a minimum duration above one time and for a required DistributeSplitEvents.
     */
    private boolean encodeSplit(Constraint constraint) throws ContradictionException {
        if (constraint instanceof Constraint.DistributeSplitEvents) {
            return false;
        }
        if (!(constraint instanceof Constraint.SplitEvents split)) {
            return true;
        }
        if (split.minimumDuration() > 1) {
            return false;
        }
        for (int event : split.events().stream().toArray()) {
            if (base.instance().events().get(event).hasPreassignedTime()) {
                continue;
            }
            int longest = split.maximumDuration();
            for (int t = 0; t + longest < times; t++) {
                if (week.day(t) == week.day(t + longest)) {
                    int[] notAll = new int[longest + 1];
                    for (int k = 0; k <= longest; k++) {
                        notAll[k] = -running(event, t + k);
                    }
                    solver.addClause(new VecInt(notAll));
                }
            }
            int[] starting = new int[times];
            for (int t = 0; t < times; t++) {
                starting[t] = begins(event, t);
            }
            bound(starting, split.minimumAmount(), split.maximumAmount());
        }
        return true;
    }

    /**
     * Lessons starting at preferred times. With a duration, the rule concerns the runs of that length of its events;
     * without, each time of a run, not only its first, is made a preferred time: stricter than the rule, never looser.
     */
    private void encodePreferred(Monitor.PreferredStarts preferred) throws ContradictionException {
        if (preferred.duration() > 0) {
            Set<Integer> events = new TreeSet<>();
            Arrays.stream(preferred.lessons())
                    .forEach(l -> events.add(lessons.get(l).event()));
            for (int event : events) {
                for (int t = 0; t < times; t++) {
                    if (!preferred.starts().get(t)) {
                        forbidRun(event, t, preferred.duration());
                    }
                }
            }
            return;
        }
        for (int lesson : preferred.lessons()) {
            for (int t = 0; t < times; t++) {
                if (startsAt[lesson][t] != 0 && !preferred.starts().get(t)) {
                    solver.addClause(new VecInt(new int[] {-startsAt[lesson][t]}));
                }
            }
        }
    }

    /** No run of the event of exactly {@code length} times begins at the time. */
    private void forbidRun(int event, int time, int length) throws ContradictionException {
        int last = time + length - 1;
        if (last >= times || week.day(last) != week.day(time)) {
            return;
        }
        List<Integer> clause = new ArrayList<>();
        clause.add(-begins(event, time));
        for (int t = time + 1; t <= last; t++) {
            clause.add(-running(event, t));
        }
        if (last + 1 < times && week.day(last + 1) == week.day(time)) {
            clause.add(running(event, last + 1));
        }
        solver.addClause(new VecInt(ints(clause)));
    }

    /** Asks the solver, then again for fewer runs while time is left; the best checked answer, if any. */
    private Optional<Found> solve(long deadline) throws ContradictionException {
        int[] allBegins = allBegins();
        Optional<Found> best = Optional.empty();
        Cost bestCost = null;
        while (true) {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                return best;
            }
            solver.setTimeoutMs(left);
            try {
                if (!solver.isSatisfiable()) {
                    return best;
                }
            } catch (TimeoutException e) {
                return best;
            }
            Found found = decode();
            Cost cost = found.placement().cost();
            if (cost.hard() <= found.problem().problem().fixedCost().hard()
                    && (bestCost == null || cost.compareTo(bestCost) < 0)) {
                best = Optional.of(found);
                bestCost = cost;
            }
            int runs = 0;
            for (int v : allBegins) {
                runs += solver.model(v) ? 1 : 0;
            }
            try {
                atMost(allBegins, runs - 1);
            } catch (ContradictionException fewerIsImpossible) {
                return best;
            }
        }
    }

    /** The split and placement the solver's model stands for: each run of an event's times in a day is one lesson. */
    private Found decode() throws ContradictionException {
        Map<Integer, int[]> durations = new HashMap<>();
        Map<Integer, int[]> starts = new HashMap<>();
        for (int event = 0; event < lessonsOfEvent.size(); event++) {
            if (base.instance().events().get(event).hasPreassignedTime()
                    || lessonsOfEvent.get(event).isEmpty()) {
                continue;
            }
            List<Integer> runStarts = new ArrayList<>();
            List<Integer> runLengths = new ArrayList<>();
            for (int t = 0; t < times; t++) {
                if (!solver.model(running(event, t))) {
                    continue;
                }
                boolean continues = t > 0 && week.day(t - 1) == week.day(t) && solver.model(running(event, t - 1));
                if (continues) {
                    runLengths.set(runLengths.size() - 1, runLengths.getLast() + 1);
                } else {
                    runStarts.add(t);
                    runLengths.add(1);
                }
            }
            durations.put(event, ints(runLengths));
            starts.put(event, ints(runStarts));
        }
        XhsttProblem split = base.withSplits(durations);
        Placement placement = new Placement(split.problem());
        starts.forEach((event, at) -> {
            List<Integer> ofEvent = split.lessonsOfEvent(event);
            for (int k = 0; k < at.length; k++) {
                placement.move(ofEvent.get(k), at[k]);
            }
        });
        return new Found(split, placement);
    }

    private int[] allBegins() throws ContradictionException {
        List<Integer> all = new ArrayList<>();
        for (int event = 0; event < lessonsOfEvent.size(); event++) {
            if (!base.instance().events().get(event).hasPreassignedTime()
                    && !lessonsOfEvent.get(event).isEmpty()) {
                for (int t = 0; t < times; t++) {
                    all.add(begins(event, t));
                }
            }
        }
        return ints(all);
    }

    /**
     * Lessons of one event alike in all but their place (same duration and starts) are interchangeable: each starts
     * after the one before it, so the solver does not try their orders one by one.
     */
    private void orderAlike(List<Integer> ofEvent) throws ContradictionException {
        for (int k = 1; k < ofEvent.size(); k++) {
            Lesson before = lessons.get(ofEvent.get(k - 1));
            Lesson after = lessons.get(ofEvent.get(k));
            if (before.pinned()
                    || after.pinned()
                    || before.duration() != after.duration()
                    || !Arrays.equals(before.starts(), after.starts())) {
                continue;
            }
            int earlier = 0;
            for (int t = 0; t < times; t++) {
                int v = startsAt[after.index()][t];
                if (v != 0) {
                    solver.addClause(new VecInt(earlier == 0 ? new int[] {-v} : new int[] {-v, earlier}));
                }
                int b = startsAt[before.index()][t];
                if (b != 0) {
                    earlier = earlier == 0 ? b : or(new int[] {earlier, b});
                }
            }
        }
    }

    /** The idle times of the resource in the group: free, with a busy time before and after it. */
    private List<Integer> idleTimes(int resource, int[] group) throws ContradictionException {
        int n = group.length;
        int[] busyAt = busyIn(resource, group);
        List<Integer> idle = new ArrayList<>();
        if (n < 3) {
            return idle;
        }
        int[] before = new int[n];
        int[] after = new int[n];
        before[1] = busyAt[0];
        for (int i = 2; i < n; i++) {
            before[i] = or(new int[] {before[i - 1], busyAt[i - 1]});
        }
        after[n - 2] = busyAt[n - 1];
        for (int i = n - 3; i >= 0; i--) {
            after[i] = or(new int[] {after[i + 1], busyAt[i + 1]});
        }
        for (int i = 1; i < n - 1; i++) {
            idle.add(and(new int[] {-busyAt[i], before[i], after[i]}));
        }
        return idle;
    }

    private int[] busyIn(int resource, int[] group) throws ContradictionException {
        int[] result = new int[group.length];
        for (int i = 0; i < group.length; i++) {
            result[i] = busy(resource, group[i]);
        }
        return result;
    }

    private int busy(int resource, int time) throws ContradictionException {
        if (busy[resource][time] == 0) {
            busy[resource][time] = or(covering(resource, time));
        }
        return busy[resource][time];
    }

    private int running(int event, int time) throws ContradictionException {
        if (running[event][time] == 0) {
            running[event][time] = or(coveringOf(lessonsOfEvent.get(event), time));
        }
        return running[event][time];
    }

    private int begins(int event, int time) throws ContradictionException {
        if (begins[event][time] == 0) {
            boolean first = time == 0 || week.day(time - 1) != week.day(time);
            begins[event][time] =
                    first ? running(event, time) : and(new int[] {running(event, time), -running(event, time - 1)});
        }
        return begins[event][time];
    }

    /** The variables of the lessons using the resource whose start puts them at the time. */
    private int[] covering(int resource, int time) {
        List<Integer> users = new ArrayList<>();
        for (Lesson lesson : lessons) {
            if (Arrays.stream(lesson.resources()).anyMatch(r -> r == resource)) {
                users.add(lesson.index());
            }
        }
        return coveringOf(users, time);
    }

    private int[] coveringOf(List<Integer> ofLessons, int time) {
        List<Integer> covering = new ArrayList<>();
        for (int lesson : ofLessons) {
            int duration = lessons.get(lesson).duration();
            for (int start = Math.max(0, time - duration + 1); start <= time; start++) {
                if (startsAt[lesson][start] != 0) {
                    covering.add(startsAt[lesson][start]);
                }
            }
        }
        return ints(covering);
    }

    /** A new variable true exactly when one of the literals is (false when there are none). */
    private int or(int[] literals) throws ContradictionException {
        if (literals.length == 1) {
            return literals[0];
        }
        int v = fresh();
        int[] some = Arrays.copyOf(literals, literals.length + 1);
        some[literals.length] = -v;
        solver.addClause(new VecInt(some));
        for (int literal : literals) {
            solver.addClause(new VecInt(new int[] {-literal, v}));
        }
        return v;
    }

    /** A new variable true exactly when all the literals are. */
    private int and(int[] literals) throws ContradictionException {
        int v = fresh();
        int[] notAll = new int[literals.length + 1];
        for (int i = 0; i < literals.length; i++) {
            solver.addClause(new VecInt(new int[] {-v, literals[i]}));
            notAll[i] = -literals[i];
        }
        notAll[literals.length] = v;
        solver.addClause(new VecInt(notAll));
        return v;
    }

    /** A new variable with the literal's value (a cardinality constraint may not name one variable twice). */
    private int equalTo(int literal) throws ContradictionException {
        int v = fresh();
        solver.addClause(new VecInt(new int[] {-v, literal}));
        solver.addClause(new VecInt(new int[] {v, -literal}));
        return v;
    }

    private int fresh() {
        solver.newVar(++variables);
        return variables;
    }

    private void bound(int[] literals, int minimum, int maximum) throws ContradictionException {
        atMost(literals, maximum);
        atLeast(literals, minimum);
    }

    private void atMost(int[] literals, int maximum) throws ContradictionException {
        if (maximum < 0) {
            solver.addClause(new VecInt(new int[0]));
        } else if (maximum == 0) {
            for (int literal : literals) {
                solver.addClause(new VecInt(new int[] {-literal}));
            }
        } else if (maximum < literals.length) {
            solver.addAtMost(new VecInt(literals), maximum);
        }
    }

    private void atLeast(int[] literals, int minimum) throws ContradictionException {
        if (minimum > literals.length) {
            solver.addClause(new VecInt(new int[0]));
        } else if (minimum > 0) {
            solver.addAtLeast(new VecInt(literals), minimum);
        }
    }

    private static int[] ints(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }
}
