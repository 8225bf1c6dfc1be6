package vn.edu.ecenter.timetable.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;

/**
 * Mends a placement in turns until no hard cost is left or the time is up: first the {@link ConflictSearch}, which
 * moves the lessons behind broken rules, for a turn; then a SAT solver, asked for each of a few sets of days (two,
 * three, four of them) to place every lesson of those days again, on those days, with the rest of the week kept as it
 * is ({@link FeasiblePlacement#keeping}). The lessons of a few days are a neighbourhood the solver settles in a second
 * or proves empty at once, where the whole week is out of its reach.
 *
 * <p>Where a full class clashes, the lesson on its shared time has to go to the class's one free time, and the lessons
 * there have to make room, one at a time for the mending search, all at once for the solver. On LeQuiDon Khoi-sang,
 * started from a placement that breaks only teachers' daily minimums ({@link FeasiblePlacement#withoutDailyMinimums}),
 * the mending leaves one to three clashes of full classes and then stalls; the solver placing three of the six days
 * again ended with no hard cost (docs/benchmarks/timetable.md, session 16).
 */
final class DayRepair {

    /** How long the mending search runs before the solver's turn. */
    static final long MENDING_TURN_NANOS = 10_000_000_000L;

    /** How long the solver may take for one set of days. */
    static final long DAYS_LIMIT_NANOS = 2_000_000_000L;

    /** How long the solver's turn may take in all. */
    static final long SOLVER_TURN_NANOS = 10_000_000_000L;

    /**
     * Turns in a row without a lower hard cost after which the repair starts again from its first placement. On LeQuiDon
     * Khoi-sang a repair that completes does so within 3-10 turns; the ones that did not sat at 1-2 hard cost for the
     * rest of a 600 s run (docs/benchmarks/timetable.md, session 17).
     */
    static final int STALLED_TURNS = 8;

    /** The most days placed again at once: beyond four of six, the solver rarely answers in time. */
    static final int MOST_DAYS = 4;

    private static final boolean DEBUG = Boolean.getBoolean("ecenter.timetable.debug");

    private final Problem problem;
    private final FeasiblePlacement formula;
    private final ConflictSearch mending;
    private final SplittableRandom random;
    private final List<BitSet> daySets;

    private final long mendingTurnNanos;
    private final long setLimitNanos;
    private final long solverTurnNanos;

    /** How many times {@link #run} started again from its first placement. */
    private int restarts;

    private DayRepair(
            Problem problem,
            FeasiblePlacement formula,
            long seed,
            long mendingTurnNanos,
            long setLimitNanos,
            long solverTurnNanos) {
        this.problem = problem;
        this.mendingTurnNanos = mendingTurnNanos;
        this.setLimitNanos = setLimitNanos;
        this.solverTurnNanos = solverTurnNanos;
        this.formula = formula;
        this.mending = new ConflictSearch(problem, seed);
        this.random = new SplittableRandom(seed);
        int days = Arrays.stream(problem.week().dayOf()).max().orElse(-1) + 1;
        daySets = new ArrayList<>();
        for (int size = 2; size <= Math.min(MOST_DAYS, days - 1); size++) {
            addSets(new BitSet(), 0, size, days);
        }
    }

    /** Adds every set of {@code size} days that holds the chosen ones and days from {@code from} on. */
    private void addSets(BitSet chosen, int from, int size, int days) {
        if (chosen.cardinality() == size) {
            daySets.add((BitSet) chosen.clone());
            return;
        }
        for (int day = from; day < days; day++) {
            chosen.set(day);
            addSets(chosen, day + 1, size, days);
            chosen.clear(day);
        }
    }

    /** A repair for the problem, or empty when its hard rules cannot be given to the SAT solver. */
    static Optional<DayRepair> of(Problem problem, long seed) {
        return of(problem, seed, MENDING_TURN_NANOS, DAYS_LIMIT_NANOS, SOLVER_TURN_NANOS);
    }

    /** The same with other turns (for tests that need many turns quickly). */
    static Optional<DayRepair> of(Problem problem, long seed, long mendingTurn, long setLimit, long solverTurn) {
        return FeasiblePlacement.forKeeping(problem)
                .map(formula -> new DayRepair(problem, formula, seed, mendingTurn, setLimit, solverTurn));
    }

    /**
     * Mends the placement until no hard cost is left, the deadline (a {@link System#nanoTime()}) or {@code stop};
     * answers the placement with least hard cost found (the one given when nothing was better). After {@link
     * #STALLED_TURNS} turns in a row that lower the hard cost no further, it starts again from the given placement,
     * with the random draws going on.
     */
    Placement run(Placement start, long deadline, BooleanSupplier stop) {
        BooleanSupplier over = () -> stop.getAsBoolean() || System.nanoTime() > deadline;
        long fixed = problem.fixedCost().hard();
        int[][] first = start.snapshot();
        Placement current = start;
        long bestHard = current.cost().hard();
        int[][] best = first;
        long sinceRestart = bestHard;
        int stalled = 0;
        while (!over.getAsBoolean() && current.cost().hard() > fixed) {
            long turnEnds = System.nanoTime() + mendingTurnNanos;
            mending.run(current, () -> over.getAsBoolean() || System.nanoTime() > turnEnds);
            long hard = current.cost().hard();
            if (DEBUG) {
                System.err.println("day repair: mended to " + current.cost());
            }
            if (hard <= fixed) {
                return current;
            }
            if (hard < bestHard) {
                bestHard = hard;
                best = current.snapshot();
            }
            Optional<Placement> solved =
                    placeDaysAgain(current, Math.min(deadline, System.nanoTime() + solverTurnNanos));
            if (solved.isPresent()) {
                return solved.get();
            }
            if (hard < sinceRestart) {
                sinceRestart = hard;
                stalled = 0;
            } else if (++stalled >= STALLED_TURNS) {
                current = Placement.restored(problem, first);
                sinceRestart = current.cost().hard();
                stalled = 0;
                restarts++;
                if (DEBUG) {
                    System.err.println("day repair: starting again");
                }
            }
        }
        return current.cost().hard() <= bestHard ? current : Placement.restored(problem, best);
    }

    /**
     * A placement without hard cost that differs from the given one only on a few days, found before the deadline, or
     * empty. Sets holding more of the days where rules are broken come first, smaller sets before larger; among equals
     * the order is random, so that turns that run out of time try others.
     */
    Optional<Placement> placeDaysAgain(Placement current, long deadline) {
        List<BitSet> order = new ArrayList<>(daySets);
        for (int i = order.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            BitSet swapped = order.get(i);
            order.set(i, order.get(j));
            order.set(j, swapped);
        }
        Week week = problem.week();
        BitSet broken = daysOfBrokenRules(current);
        order.sort(
                Comparator.comparingInt((BitSet days) -> -overlap(days, broken)).thenComparingInt(BitSet::cardinality));
        for (BitSet days : order) {
            if (System.nanoTime() > deadline) {
                break;
            }
            BitSet free = new BitSet();
            for (Lesson lesson : problem.lessons()) {
                int start = current.start(lesson.index());
                if (!lesson.pinned() && (start < 0 || days.get(week.day(start)))) {
                    free.set(lesson.index());
                }
            }
            long began = System.nanoTime();
            Optional<Placement> found =
                    formula.keeping(current, free, days, Math.min(deadline, System.nanoTime() + setLimitNanos));
            if (DEBUG) {
                System.err.println("day repair: days " + days + " " + found.isPresent() + " in "
                        + (System.nanoTime() - began) / 1_000_000 + " ms");
            }
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The days of the lessons behind the broken hard rules (a clash's day, but not the free time it needs). */
    private BitSet daysOfBrokenRules(Placement current) {
        BitSet days = new BitSet();
        for (Violation violation : current.violations()) {
            if (violation.monitor().penalty().hard()) {
                for (int lesson : current.lessonsBehind(violation.monitor())) {
                    days.set(problem.week().day(current.start(lesson)));
                }
            }
        }
        return days;
    }

    private static int overlap(BitSet days, BitSet others) {
        BitSet both = (BitSet) days.clone();
        both.and(others);
        return both.cardinality();
    }

    /** How many times {@link #run} has started again from its first placement so far. */
    int restarts() {
        return restarts;
    }

    /** Ends a {@link #run} on another thread soon: the solver at once, the mending at its next step. */
    void stop() {
        formula.stop();
    }
}
