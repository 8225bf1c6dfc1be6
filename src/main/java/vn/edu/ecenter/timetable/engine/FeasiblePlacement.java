package vn.edu.ecenter.timetable.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sat4j.core.VecInt;
import org.sat4j.specs.ContradictionException;
import org.sat4j.specs.IConstr;
import org.sat4j.specs.ISolverService;
import org.sat4j.specs.SearchListenerAdapter;
import org.sat4j.specs.TimeoutException;

/**
 * Looks for a placement of every lesson that breaks no hard rule with a SAT solver (Sat4j, ADR 0022): the problem's
 * hard rules become one formula ({@link PlacementFormula}), and the solver either finds a model, which is read back as
 * a placement and measured, or proves there is none, or runs out of time. Soft rules play no part. A problem with
 * resources to choose, times outside any day, or a hard rule the formula does not express (links and orders between
 * events, workloads) is not tried: {@link #of} answers empty.
 *
 * <p>Lessons alike in everything the hard rules see (the same resources, duration, starts and rules, e.g. the two
 * single periods of a subject a week in one class) are interchangeable; each starts after the one before it, so that
 * the solver does not search their orders one by one. On LeQuiDon Khoi-chieu this took the solver from 100 s to about
 * 20 s (5 s with the same clauses in another order: a CDCL solver's time depends heavily on such orders;
 * docs/benchmarks/timetable.md, session 14).
 */
public final class FeasiblePlacement {

    private final Problem problem;
    private final List<Monitor> monitors;
    private final boolean orderingAlike;
    private final PlacementFormula formula;
    private final Week week;
    private final int days;
    private volatile boolean stopped;

    private FeasiblePlacement(Problem problem, List<Monitor> monitors, boolean orderingAlike) {
        this.problem = problem;
        this.monitors = monitors;
        this.orderingAlike = orderingAlike;
        this.formula = new PlacementFormula(problem);
        this.week = problem.week();
        this.days = Arrays.stream(week.dayOf()).max().orElse(-1) + 1;
        // A stop that comes before the solver has begun would be forgotten when it begins: it is heard again at
        // every conflict the search meets.
        formula.solver().setSearchListener(new SearchListenerAdapter<ISolverService>() {
            @Override
            public void conflictFound(IConstr confl, int dlevel, int trailLevel) {
                if (stopped) {
                    formula.solver().expireTimeout();
                }
            }
        });
    }

    /** The formula of the problem's hard rules, or empty when one of them cannot be expressed or none can hold. */
    public static Optional<FeasiblePlacement> of(Problem problem) {
        return of(problem, problem.monitors(), true);
    }

    /**
     * The formula of the problem's hard rules with every minimum of busy times per group (FET's minimum hours daily)
     * left out, or empty when there is no such minimum or the rest cannot be expressed. A placement it finds may leave
     * a teacher one lesson on a day, and nothing else: on LeQuiDon Khoi-sang the solver finds one in 2-5 s, where it
     * finds none for the whole formula in 10 minutes; {@link DayRepair} then mends it (docs/benchmarks/timetable.md,
     * session 16).
     */
    public static Optional<FeasiblePlacement> withoutDailyMinimums(Problem problem) {
        List<Monitor> lowered = new ArrayList<>();
        boolean any = false;
        for (Monitor monitor : problem.monitors()) {
            if (monitor instanceof Monitor.BusyPerGroup perGroup
                    && perGroup.minimum() > 0
                    && monitor.penalty().hard()) {
                lowered.add(new Monitor.BusyPerGroup(
                        perGroup.label(),
                        perGroup.penalty(),
                        perGroup.resource(),
                        perGroup.groups(),
                        0,
                        perGroup.maximum(),
                        perGroup.emptyCounts()));
                any = true;
            } else {
                lowered.add(monitor);
            }
        }
        return any ? of(problem, lowered, true) : Optional.empty();
    }

    /**
     * The formula of the problem's hard rules for {@link #keeping}, without the order of alike lessons: a placement
     * found by another search need not keep it.
     */
    static Optional<FeasiblePlacement> forKeeping(Problem problem) {
        return of(problem, problem.monitors(), false);
    }

    private static Optional<FeasiblePlacement> of(Problem problem, List<Monitor> monitors, boolean orderingAlike) {
        if (!problem.choices().isEmpty()
                || Arrays.stream(problem.week().dayOf()).anyMatch(day -> day < 0)) {
            return Optional.empty();
        }
        FeasiblePlacement feasible = new FeasiblePlacement(problem, monitors, orderingAlike);
        try {
            return feasible.encode() ? Optional.of(feasible) : Optional.empty();
        } catch (ContradictionException noneCanHold) {
            return Optional.empty();
        }
    }

    /**
     * A placement without hard cost found before the deadline (a {@link System#nanoTime()}), or empty when there is
     * none, the time ran out, or {@link #stop()} was called.
     */
    public Optional<Placement> find(long deadline) {
        return solved(new VecInt(), deadline);
    }

    /**
     * A placement without hard cost, found before the deadline, that keeps every lesson where {@code current} has it
     * except the {@code free} ones, which start on one of the {@code days}; empty when there is none, the time ran out,
     * or {@link #stop()} was called. Only for a formula made {@link #forKeeping}.
     */
    Optional<Placement> keeping(Placement current, BitSet free, BitSet days, long deadline) {
        List<Integer> assumed = new ArrayList<>();
        for (Lesson lesson : problem.lessons()) {
            int l = lesson.index();
            for (int t = 0; t < week.times(); t++) {
                int v = formula.startsAt(l, t);
                boolean allowed = free.get(l) ? days.get(week.day(t)) : current.start(l) == t;
                if (v != 0 && !allowed) {
                    assumed.add(-v);
                }
            }
        }
        return solved(new VecInt(PlacementFormula.ints(assumed)), deadline);
    }

    private Optional<Placement> solved(VecInt assumptions, long deadline) {
        long left = (deadline - System.nanoTime()) / 1_000_000;
        if (left <= 0 || stopped) {
            return Optional.empty();
        }
        formula.solver().setTimeoutMs(left);
        try {
            if (!formula.solver().isSatisfiable(assumptions)) {
                return Optional.empty();
            }
        } catch (TimeoutException e) {
            return Optional.empty();
        }
        Placement placement = new Placement(problem);
        for (Lesson lesson : problem.lessons()) {
            placement.move(lesson.index(), formula.startIn(lesson.index()));
        }
        return Optional.of(placement);
    }

    /** Ends a {@link #find} running on another thread soon, without a placement. */
    public void stop() {
        stopped = true;
        formula.solver().expireTimeout();
    }

    private boolean encode() throws ContradictionException {
        if (!formula.encodeHardRules(monitors, this::encodeLessonRule)) {
            return false;
        }
        if (orderingAlike) {
            orderAlike();
        }
        return true;
    }

    /** Adds a hard rule about lessons; false for one the formula does not express. */
    private boolean encodeLessonRule(Monitor monitor) throws ContradictionException {
        switch (monitor) {
            case Monitor.Unplaced unplaced -> {
                // Every lesson is placed anyway (PlacementFormula.encodeHardRules).
            }
            case Monitor.PreferredStarts preferred -> {
                for (int lesson : preferred.lessons()) {
                    int duration = problem.lessons().get(lesson).duration();
                    if (preferred.duration() <= 0 || preferred.duration() == duration) {
                        for (int t = 0; t < week.times(); t++) {
                            if (!preferred.starts().get(t)) {
                                forbid(lesson, t);
                            }
                        }
                    }
                }
            }
            case Monitor.Spread spread -> {
                for (int g = 0; g < spread.groups().length; g++) {
                    List<Integer> starting = new ArrayList<>();
                    for (int lesson : spread.lessons()) {
                        for (int t = 0; t < week.times(); t++) {
                            addStart(starting, lesson, t, spread.groups()[g].get(t));
                        }
                    }
                    formula.bound(PlacementFormula.ints(starting), spread.minimum()[g], spread.maximum()[g]);
                }
            }
            case Monitor.SameDay sameDay -> {
                int[] tied = sameDay.lessons();
                int[] firstOn = new int[days];
                for (int day = 0; day < days; day++) {
                    firstOn[day] = onDay(tied[0], day);
                }
                for (int i = 1; i < tied.length; i++) {
                    for (int day = 0; day < days; day++) {
                        int first = firstOn[day];
                        int other = onDay(tied[i], day);
                        formula.clause(-first, other);
                        formula.clause(first, -other);
                    }
                }
            }
            case Monitor.DaysApart apart -> {
                // Two lessons closer than the minimum are two lessons starting within some run of that many days.
                int span = Math.max(1, apart.minimumDays());
                for (int first = 0; first == 0 || first + span <= days; first++) {
                    List<Integer> within = new ArrayList<>();
                    for (int lesson : apart.lessons()) {
                        for (int t = 0; t < week.times(); t++) {
                            addStart(within, lesson, t, week.day(t) >= first && week.day(t) < first + span);
                        }
                    }
                    formula.atMost(PlacementFormula.ints(within), 1);
                }
            }
            case Monitor.AdjacentIfSameDay adjacent -> encodeAdjacent(adjacent.lessons());
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Two of the lessons on one day follow each other directly: every other pair of starts on a day is excluded. */
    private void encodeAdjacent(int[] tied) throws ContradictionException {
        for (int i = 0; i < tied.length; i++) {
            for (int j = i + 1; j < tied.length; j++) {
                Lesson a = problem.lessons().get(tied[i]);
                Lesson b = problem.lessons().get(tied[j]);
                for (int ta = 0; ta < week.times(); ta++) {
                    for (int tb = 0; tb < week.times(); tb++) {
                        int va = formula.startsAt(a.index(), ta);
                        int vb = formula.startsAt(b.index(), tb);
                        boolean next = ta + a.duration() == tb || tb + b.duration() == ta;
                        if (va != 0 && vb != 0 && week.day(ta) == week.day(tb) && !next) {
                            formula.clause(-va, -vb);
                        }
                    }
                }
            }
        }
    }

    /**
     * Lessons alike in all the hard rules see are interchangeable: each starts after the one before it (or at the same
     * time, when no resource of theirs must never be double-booked). Alike means the same resources, duration, starts
     * and pin, and named by the same hard rules (rules about lessons treat the lessons they name alike).
     */
    private void orderAlike() throws ContradictionException {
        List<List<Integer>> rulesOf = new ArrayList<>();
        problem.lessons().forEach(l -> rulesOf.add(new ArrayList<>()));
        BitSet neverTwice = new BitSet();
        for (int m = 0; m < monitors.size(); m++) {
            Monitor monitor = monitors.get(m);
            if (monitor instanceof Monitor.Clashes clashes
                    && monitor.penalty().hard()
                    && monitor.penalty().weight() > 0) {
                neverTwice.set(clashes.resource());
            }
            if (monitor.penalty().hard() && monitor.penalty().weight() > 0 && !(monitor instanceof Monitor.Unplaced)) {
                for (int lesson : monitor.lessons()) {
                    rulesOf.get(lesson).add(m);
                }
            }
        }
        Map<List<Object>, Integer> lastAlike = new HashMap<>();
        for (Lesson lesson : problem.lessons()) {
            int[] resources = lesson.resources().clone();
            Arrays.sort(resources);
            List<Object> key = List.of(
                    Arrays.toString(resources),
                    lesson.duration(),
                    Arrays.toString(lesson.starts()),
                    lesson.fixedStart(),
                    rulesOf.get(lesson.index()));
            Integer before = lastAlike.put(key, lesson.index());
            if (before != null) {
                boolean apart = Arrays.stream(resources).anyMatch(neverTwice::get);
                formula.startsAfter(before, lesson.index(), apart);
            }
        }
    }

    /** Whether the lesson starts on the day (false, as a variable, when it cannot). */
    private int onDay(int lesson, int day) throws ContradictionException {
        List<Integer> there = new ArrayList<>();
        for (int t = 0; t < week.times(); t++) {
            addStart(there, lesson, t, week.day(t) == day);
        }
        return formula.or(PlacementFormula.ints(there));
    }

    private void addStart(List<Integer> starts, int lesson, int time, boolean wanted) {
        int v = formula.startsAt(lesson, time);
        if (wanted && v != 0) {
            starts.add(v);
        }
    }

    private void forbid(int lesson, int time) throws ContradictionException {
        int v = formula.startsAt(lesson, time);
        if (v != 0) {
            formula.clause(-v);
        }
    }
}
