package vn.edu.ecenter.timetable.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sat4j.core.VecInt;
import org.sat4j.minisat.SolverFactory;
import org.sat4j.specs.ContradictionException;
import org.sat4j.specs.ISolver;

/**
 * A placement of a {@link Problem}'s lessons as a propositional formula for Sat4j (ADR 0021, ADR 0022): one variable
 * for each lesson and start it may take, variables for a resource being busy at a time, and the clauses and
 * cardinality constraints of the rules about a resource's week. What the problem's other rules mean depends on who
 * asks (a placement of fixed lessons, {@link FeasiblePlacement}; a split chosen while placing, the XHSTT {@code
 * FeasibleSplit}), so they encode those themselves with the building blocks here.
 */
public final class PlacementFormula {

    private final List<Lesson> lessons;
    private final int times;
    private final ISolver solver = SolverFactory.newDefault();
    private int variables;
    /** For each lesson and start, its variable (0 where it may not start). */
    private final int[][] startsAt;
    /** For each resource and time, whether it is busy (0 until first needed). */
    private final int[][] busy;
    /** For each resource, the lessons that use it. */
    private final int[][] lessonsOf;

    public PlacementFormula(Problem problem) {
        this.lessons = problem.lessons();
        Week week = problem.week();
        this.times = week.times();
        startsAt = new int[lessons.size()][times];
        busy = new int[problem.resources().size()][times];
        List<List<Integer>> users = new ArrayList<>();
        problem.resources().forEach(r -> users.add(new ArrayList<>()));
        for (Lesson lesson : lessons) {
            for (int resource : lesson.resources()) {
                users.get(resource).add(lesson.index());
            }
            for (int start : lesson.starts()) {
                if ((!lesson.pinned() || lesson.fixedStart() == start) && week.fits(start, lesson.duration())) {
                    startsAt[lesson.index()][start] = ++variables;
                }
            }
        }
        lessonsOf = users.stream().map(PlacementFormula::ints).toArray(int[][]::new);
        solver.newVar(variables);
    }

    public ISolver solver() {
        return solver;
    }

    /** The variable of the lesson starting at the time, or 0 when it may not start there. */
    public int startsAt(int lesson, int time) {
        return startsAt[lesson][time];
    }

    /** The start the solver's model gives the lesson, or -1 when it gives none. */
    public int startIn(int lesson) {
        for (int t = 0; t < times; t++) {
            if (startsAt[lesson][t] != 0 && solver.model(startsAt[lesson][t])) {
                return t;
            }
        }
        return -1;
    }

    /** Adds a rule its caller expresses itself; false for a rule the caller does not express. */
    @FunctionalInterface
    public interface RuleEncoder {
        boolean add(Monitor monitor) throws ContradictionException;
    }

    /**
     * Every lesson placed once, and every hard monitor: those about a resource's week here ({@link
     * #encodeResourceRule}), the others by {@code others}. False as soon as one of them is expressed by neither.
     */
    public boolean encodeHardRules(List<Monitor> monitors, RuleEncoder others) throws ContradictionException {
        placeEveryLessonOnce();
        for (Monitor monitor : monitors) {
            if (monitor.penalty().hard()
                    && monitor.penalty().weight() > 0
                    && !encodeResourceRule(monitor)
                    && !others.add(monitor)) {
                return false;
            }
        }
        return true;
    }

    /** Every lesson starts exactly once, at one of its starts. */
    private void placeEveryLessonOnce() throws ContradictionException {
        for (Lesson lesson : lessons) {
            int[] any =
                    Arrays.stream(startsAt[lesson.index()]).filter(v -> v != 0).toArray();
            clause(any);
            atMost(any, 1);
        }
    }

    /**
     * Adds a rule about one resource's week (clashes, unavailable times, idle times, busy days, busy times per day,
     * long runs) as it is, for every time and group; false for any other monitor, which the caller encodes.
     */
    private boolean encodeResourceRule(Monitor monitor) throws ContradictionException {
        switch (monitor) {
            case Monitor.Clashes clashes -> {
                List<Integer> busyTimes = new ArrayList<>();
                for (int t = 0; t < times; t++) {
                    int[] there = covering(clashes.resource(), t);
                    atMost(there, 1);
                    if (there.length > 0) {
                        busyTimes.add(busy(clashes.resource(), t));
                    }
                }
                int need = 0;
                for (int lesson : lessonsOf[clashes.resource()]) {
                    need += lessons.get(lesson).duration();
                }
                // Implied, not required: a resource that is never busy twice is busy as many times as its lessons
                // last. Stating it lets the solver see a full class early (HungYen-secondary split by the solver:
                // from no answer in 120 s to one in 18 s).
                atLeast(ints(busyTimes), need);
            }
            case Monitor.BusyAt busyAt -> {
                for (int t = busyAt.times().nextSetBit(0);
                        t >= 0;
                        t = busyAt.times().nextSetBit(t + 1)) {
                    for (int v : covering(busyAt.resource(), t)) {
                        clause(-v);
                    }
                }
            }
            case Monitor.IdleTimes idle -> {
                List<Integer> idleTimes = new ArrayList<>();
                for (int[] group : idle.groups()) {
                    idleTimes.addAll(idleTimes(busyIn(idle.resource(), group)));
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
                        clause(notAll);
                    }
                }
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /**
     * The second lesson starts after the first, or, unless {@code strictly}, at the same time (for lessons alike in all
     * the rules see, so that the solver does not try their orders one by one; strictly only where they cannot start
     * together).
     */
    public void startsAfter(int first, int second, boolean strictly) throws ContradictionException {
        int earlier = 0;
        for (int t = 0; t < times; t++) {
            int b = startsAt[first][t];
            if (!strictly && b != 0) {
                earlier = earlier == 0 ? b : or(new int[] {earlier, b});
            }
            int v = startsAt[second][t];
            if (v != 0) {
                clause(earlier == 0 ? new int[] {-v} : new int[] {-v, earlier});
            }
            if (strictly && b != 0) {
                earlier = earlier == 0 ? b : or(new int[] {earlier, b});
            }
        }
    }

    /** The idle times among these busy literals of a group: free, with a busy time before and after it. */
    private List<Integer> idleTimes(int[] busyAt) throws ContradictionException {
        int n = busyAt.length;
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

    /** Whether the resource is busy at the time (false, as a variable, when no lesson of it can be). */
    private int busy(int resource, int time) throws ContradictionException {
        if (busy[resource][time] == 0) {
            busy[resource][time] = or(covering(resource, time));
        }
        return busy[resource][time];
    }

    /** The variables of the resource's lessons whose start puts them at the time. */
    private int[] covering(int resource, int time) {
        return coveringOf(lessonsOf[resource], time);
    }

    /** The variables of these lessons whose start puts them at the time. */
    public int[] coveringOf(int[] ofLessons, int time) {
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
    public int or(int[] literals) throws ContradictionException {
        if (literals.length == 1) {
            return literals[0];
        }
        int v = fresh();
        int[] some = Arrays.copyOf(literals, literals.length + 1);
        some[literals.length] = -v;
        clause(some);
        for (int literal : literals) {
            clause(-literal, v);
        }
        return v;
    }

    /** A new variable true exactly when all the literals are. */
    public int and(int[] literals) throws ContradictionException {
        int v = fresh();
        int[] notAll = new int[literals.length + 1];
        for (int i = 0; i < literals.length; i++) {
            clause(-v, literals[i]);
            notAll[i] = -literals[i];
        }
        notAll[literals.length] = v;
        clause(notAll);
        return v;
    }

    /** A new variable with the literal's value (a cardinality constraint may not name one variable twice). */
    private int equalTo(int literal) throws ContradictionException {
        int v = fresh();
        clause(-v, literal);
        clause(v, -literal);
        return v;
    }

    private int fresh() {
        solver.newVar(++variables);
        return variables;
    }

    public void clause(int... literals) throws ContradictionException {
        solver.addClause(new VecInt(literals));
    }

    public void bound(int[] literals, int minimum, int maximum) throws ContradictionException {
        atMost(literals, maximum);
        atLeast(literals, minimum);
    }

    public void atMost(int[] literals, int maximum) throws ContradictionException {
        if (maximum < 0) {
            clause();
        } else if (maximum == 0) {
            for (int literal : literals) {
                clause(-literal);
            }
        } else if (maximum < literals.length) {
            solver.addAtMost(new VecInt(literals), maximum);
        }
    }

    private void atLeast(int[] literals, int minimum) throws ContradictionException {
        if (minimum > literals.length) {
            clause();
        } else if (minimum > 0) {
            solver.addAtLeast(new VecInt(literals), minimum);
        }
    }

    public static int[] ints(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }
}
