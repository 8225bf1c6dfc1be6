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
import org.sat4j.specs.ContradictionException;
import org.sat4j.specs.TimeoutException;
import vn.edu.ecenter.timetable.engine.Cost;
import vn.edu.ecenter.timetable.engine.Lesson;
import vn.edu.ecenter.timetable.engine.Monitor;
import vn.edu.ecenter.timetable.engine.Placement;
import vn.edu.ecenter.timetable.engine.PlacementFormula;
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
    /** The lessons of {@link #singles} at their starts, and the rules about resources' weeks. */
    private final PlacementFormula formula;
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
        formula = new PlacementFormula(singles);
        int events = base.instance().events().size();
        running = new int[events][times];
        begins = new int[events][times];
        for (int e = 0; e < events; e++) {
            lessonsOfEvent.add(split.lessonsOfEvent(e));
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
        if (!formula.encodeHardRules(singles.monitors(), this::encode)) {
            return false;
        }
        for (Constraint constraint : base.instance().constraints()) {
            if (constraint.required() && constraint.weight() > 0 && !encodeSplit(constraint)) {
                return false;
            }
        }
        for (List<Integer> ofEvent : lessonsOfEvent) {
            orderAlike(ofEvent);
            for (int t = 0; t < times; t++) {
                formula.atMost(coveringOf(ofEvent, t), 1);
            }
        }
        return true;
    }

    /** Adds a hard rule about events (the formula adds those about resources); false for one it does not express. */
    private boolean encode(Monitor monitor) throws ContradictionException {
        switch (monitor) {
            case Monitor.Unplaced unplaced -> {
                // Every lesson is placed anyway (PlacementFormula.encodeHardRules), as the engine's own
                // construction places every lesson.
            }
            case Monitor.PreferredStarts preferred -> encodePreferred(preferred);
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
                    formula.bound(PlacementFormula.ints(starting), spread.minimum()[g], spread.maximum()[g]);
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
                    formula.clause(notAll);
                }
            }
            int[] starting = new int[times];
            for (int t = 0; t < times; t++) {
                starting[t] = begins(event, t);
            }
            formula.bound(starting, split.minimumAmount(), split.maximumAmount());
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
                int v = formula.startsAt(lesson, t);
                if (v != 0 && !preferred.starts().get(t)) {
                    formula.clause(-v);
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
        formula.clause(PlacementFormula.ints(clause));
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
            formula.solver().setTimeoutMs(left);
            try {
                if (!formula.solver().isSatisfiable()) {
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
                runs += formula.solver().model(v) ? 1 : 0;
            }
            try {
                formula.atMost(allBegins, runs - 1);
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
                if (!formula.solver().model(running(event, t))) {
                    continue;
                }
                boolean continues = t > 0
                        && week.day(t - 1) == week.day(t)
                        && formula.solver().model(running(event, t - 1));
                if (continues) {
                    runLengths.set(runLengths.size() - 1, runLengths.getLast() + 1);
                } else {
                    runStarts.add(t);
                    runLengths.add(1);
                }
            }
            durations.put(event, PlacementFormula.ints(runLengths));
            starts.put(event, PlacementFormula.ints(runStarts));
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
        return PlacementFormula.ints(all);
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
            // Strictly: lessons of one event never overlap (encode()).
            formula.startsAfter(before.index(), after.index(), true);
        }
    }

    private int running(int event, int time) throws ContradictionException {
        if (running[event][time] == 0) {
            running[event][time] = formula.or(coveringOf(lessonsOfEvent.get(event), time));
        }
        return running[event][time];
    }

    private int begins(int event, int time) throws ContradictionException {
        if (begins[event][time] == 0) {
            boolean first = time == 0 || week.day(time - 1) != week.day(time);
            begins[event][time] = first
                    ? running(event, time)
                    : formula.and(new int[] {running(event, time), -running(event, time - 1)});
        }
        return begins[event][time];
    }

    private int[] coveringOf(List<Integer> ofLessons, int time) {
        return formula.coveringOf(PlacementFormula.ints(ofLessons), time);
    }
}
