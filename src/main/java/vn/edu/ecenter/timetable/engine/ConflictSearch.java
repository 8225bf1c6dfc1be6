package vn.edu.ecenter.timetable.engine;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;

/**
 * A tabu search that moves only lessons behind a broken hard rule (a min-conflicts search): each step draws {@link
 * #UNITS_PER_STEP} units of lessons that start together ({@link Together}), each behind a hard monitor drawn among
 * those that cost something ({@link Placement#lessonsBehind}). It weighs every move of each: to every other start
 * alone, or with its Kempe chain (the units it would meet there going to where it was, and so on); a swap of starts
 * with a unit of the same durations sharing one of its resources; a window swap (the units of one of its resources
 * within the times it would take going, as they lie, to the times it leaves: a double period in place of two singles).
 * It takes the move with the least hard cost even when that is dearer than now, unless it is tabu: a unit may not go back
 * to a start it left for {@link #TABU_STEPS} to twice as many steps, except to reach a hard cost lower than ever before
 * (soft cost is not weighed at all: {@link #run}). Ties are broken at random, from the seed only. The resources chosen
 * for lessons ({@link Choice}) stay as they are.
 *
 * <p>The engine runs it after its own construction, where the construction leaves hard cost. On the FET file
 * HungYen-secondary, seeds 1–12, it took the command line from 75.7 s in all to 51.1 s, together with a shorter
 * construction (docs/benchmarks/timetable.md, session 10). Two units a step drifted to dearer placements and stayed
 * there; eight made each step longer for nothing; boosting the broken monitors, as the local search does, made it worse
 * on LeQuiDon Khoi-sang. With the chains and window swaps (session 11) it completes LeQuiDon Khoi-chieu, full classes
 * with many double periods, in 3 of 9 seeds within 60 s (before: none); a random move instead of the best in one step
 * of 20 or of 5 left far more hard cost.
 */
final class ConflictSearch {

    /** How many units behind broken hard rules one step weighs the moves of. */
    static final int UNITS_PER_STEP = 4;

    /** The least number of steps a unit may not go back to the start it left (a draw adds up to as many again). */
    static final int TABU_STEPS = 10;

    /** Steps in a row that find no unit they may move (all behind the broken rules are pinned) before giving up. */
    private static final int IDLE_STEPS = 1000;

    private final Problem problem;
    private final LessonShapes shapes;
    private final int[] unitOf;
    private final SplittableRandom random;
    private final int[][] tabuUntil;
    private final int[] seen;
    private int stamp;

    /** The units of a window swap besides the unit it moves ({@link #inWindow}). */
    private final int[] window = new int[LessonShapes.MAX_CHAIN];

    /** The best move weighed so far in a step: its hard cost (-1 before the first), the units it moves, their starts. */
    private long chosen;

    private int[] chosenUnits = new int[0];
    private int[] chosenStarts = new int[0];
    /** How many moves have cost {@link #chosen} so far (for a fair draw among them). */
    private int ties;

    ConflictSearch(Problem problem, long seed) {
        this.problem = hardOnly(problem);
        this.random = new SplittableRandom(seed);
        shapes = new LessonShapes(problem);
        unitOf = new int[problem.lessons().size()];
        for (int u = 0; u < shapes.members.length; u++) {
            for (int l : shapes.members[u]) {
                unitOf[l] = u;
            }
        }
        tabuUntil = new int[shapes.members.length][problem.week().times()];
        seen = new int[shapes.members.length];
    }

    /**
     * Searches until no hard cost is left or {@code stop} says so, and leaves the placement at the one found with least
     * hard cost (as it was when the search found none with less). Every lesson should be placed. Answers the number of
     * steps taken. A later run on the same search goes on with its random draws, with nothing tabu.
     *
     * <p>The search weighs moves by their hard cost alone, on a placement of the problem's hard monitors: which of two
     * moves breaking as much costs less soft cost says nothing about which leads sooner to no hard cost, and preferring
     * it made the search walk the same ways over and over. With soft cost in the weighing, HungYen-secondary took
     * 228,308 steps for seeds 1-36 and DucHop 53,308; without, 134,298 and 35,591; LeQuiDon Khoi-chieu, seeds 1-24, 60 s
     * each, 4 complete before and 2 after, within the spread of seeds (docs/benchmarks/timetable.md, session 13).
     */
    long run(Placement placement, BooleanSupplier stop) {
        Placement work = Placement.restored(problem, placement.snapshot());
        // Steps count from 0 again: what an earlier run made tabu would otherwise stay tabu for as many steps.
        for (int[] row : tabuUntil) {
            Arrays.fill(row, 0);
        }
        List<Monitor> monitors = problem.monitors();
        int[] broken = new int[monitors.size()];
        long startHard = work.cost().hard();
        long best = startHard;
        int[][] bestSnapshot = work.snapshot();
        int step = 0;
        int idle = 0;
        while (best > problem.fixedCost().hard() && !stop.getAsBoolean()) {
            step++;
            int count = 0;
            for (int m = 0; m < broken.length; m++) {
                if (work.monitorCost(m) > 0) {
                    broken[count++] = m;
                }
            }
            if (count == 0) {
                break;
            }
            int[] units = new int[UNITS_PER_STEP];
            int picked = 0;
            for (int draw = 0; draw < UNITS_PER_STEP * 4 && picked < UNITS_PER_STEP; draw++) {
                int[] behind = work.lessonsBehind(monitors.get(broken[random.nextInt(count)]));
                if (behind.length == 0) {
                    continue;
                }
                int candidate = unitOf[behind[random.nextInt(behind.length)]];
                boolean twice = false;
                for (int i = 0; i < picked; i++) {
                    twice |= units[i] == candidate;
                }
                if (shapes.movable[candidate] && !twice) {
                    units[picked++] = candidate;
                }
            }
            if (picked == 0) {
                if (++idle > IDLE_STEPS) {
                    break;
                }
                continue;
            }
            idle = 0;
            takeBestMove(work, Arrays.copyOf(units, picked), step, best);
            long now = work.cost().hard();
            if (now < best) {
                best = now;
                bestSnapshot = work.snapshot();
            }
        }
        if (best < startHard) {
            placement.restore(bestSnapshot);
        }
        return step;
    }

    /** The problem with its hard monitors only, and the hard part of its fixed cost: what the search weighs moves by. */
    private static Problem hardOnly(Problem problem) {
        return problem.withMonitors(
                problem.monitors().stream().filter(m -> m.penalty().hard()).toList(),
                new Cost(problem.fixedCost().hard(), 0));
    }

    /** Weighs every move of the units and takes the best one allowed, even when it costs more than now. */
    private void takeBestMove(Placement placement, int[] units, int step, long best) {
        chosen = -1;
        ties = 0;
        for (int unit : units) {
            weigh(placement, unit, step, best);
        }
        if (chosen < 0) {
            return;
        }
        int tenure = TABU_STEPS + random.nextInt(TABU_STEPS);
        int[] from = new int[chosenUnits.length];
        for (int i = 0; i < chosenUnits.length; i++) {
            from[i] = startOf(placement, chosenUnits[i]);
        }
        for (int i = 0; i < chosenUnits.length; i++) {
            moveUnit(placement, chosenUnits[i], chosenStarts[i]);
            tabuUntil[chosenUnits[i]][from[i]] = step + tenure;
        }
    }

    /**
     * Weighs every move of the unit: to each other start alone, or with its Kempe chain ({@link LessonShapes#chain});
     * swapping starts with another unit ({@link #weighSwaps}); and window swaps ({@link #weighWindows}).
     */
    private void weigh(Placement placement, int unit, int step, long best) {
        int from = startOf(placement, unit);
        for (int s : shapes.starts[unit]) {
            if (s == from) {
                continue;
            }
            weighMove(placement, new int[] {unit}, new int[] {s}, step, best);
            LessonShapes.Chain chain = shapes.chain(unit, s, u -> startOf(placement, u));
            // A chain of one is the move just weighed; a chain of two is a swap, weighed below. Weighing those twice
            // made HungYen a third slower (seeds 1-12: 36.7 s against 26.2 s).
            if (chain != null && chain.entities().length > 2) {
                int[] units = chain.entities();
                int[] targets = new int[units.length];
                for (int i = 0; i < units.length; i++) {
                    targets[i] = chain.target(startOf(placement, units[i]));
                }
                weighMove(placement, units, targets, step, best);
            }
        }
        weighSwaps(placement, unit, from, step, best);
        weighWindows(placement, unit, from, step, best);
    }

    /** Weighs the unit swapping starts with each movable unit of the same durations sharing one of its resources. */
    private void weighSwaps(Placement placement, int unit, int from, int step, long best) {
        stamp++;
        int[] durations = shapes.durations[unit];
        for (int r : shapes.resources[unit]) {
            for (int other : shapes.users[r]) {
                if (other == unit || seen[other] == stamp || !shapes.movable[other]) {
                    continue;
                }
                seen[other] = stamp;
                int there = startOf(placement, other);
                if (there == from
                        || !Arrays.equals(shapes.durations[other], durations)
                        || Arrays.binarySearch(shapes.starts[unit], there) < 0
                        || Arrays.binarySearch(shapes.starts[other], from) < 0) {
                    continue;
                }
                weighMove(placement, new int[] {unit, other}, new int[] {there, from}, step, best);
            }
        }
    }

    /**
     * Weighs window swaps: for each resource of the unit and each other start, the unit goes there and the resource's
     * units within the times it then takes go, as they lie, to the times it leaves — a double period of a full class
     * in place of two singles, and the singles where it was. Skipped where the two windows overlap, where a unit of
     * the resource sticks out of the window or may not move, and where the window holds one unit of the same
     * durations (a swap, weighed already).
     */
    private void weighWindows(Placement placement, int unit, int from, int step, long best) {
        int length = shapes.length(unit);
        for (int r : shapes.resources[unit]) {
            for (int s : shapes.starts[unit]) {
                if (s + length > from && from + length > s) {
                    continue;
                }
                int count = inWindow(placement, unit, r, s, s + length, from);
                if (count == 0 || (count == 1 && Arrays.equals(shapes.durations[window[0]], shapes.durations[unit]))) {
                    continue;
                }
                int[] units = new int[count + 1];
                int[] targets = new int[count + 1];
                units[0] = unit;
                targets[0] = s;
                for (int i = 0; i < count; i++) {
                    units[i + 1] = window[i];
                    targets[i + 1] = from + startOf(placement, window[i]) - s;
                }
                weighMove(placement, units, targets, step, best);
            }
        }
    }

    /**
     * Puts into {@link #window} the units of the resource, other than {@code unit}, placed within {@code [begin, end)},
     * and answers how many; 0 when one of them sticks out of it, may not move, or may not start as far from {@code
     * from} as it now is from {@code begin}, or when there are more than the window holds.
     */
    private int inWindow(Placement placement, int unit, int resource, int begin, int end, int from) {
        int count = 0;
        for (int v : shapes.users[resource]) {
            int at = startOf(placement, v);
            if (v == unit || at < 0 || at >= end || at + shapes.length(v) <= begin) {
                continue;
            }
            if (at < begin
                    || at + shapes.length(v) > end
                    || !shapes.movable[v]
                    || count == window.length
                    || Arrays.binarySearch(shapes.starts[v], from + at - begin) < 0) {
                return 0;
            }
            window[count++] = v;
        }
        return count;
    }

    /**
     * Weighs the units going to their targets, and considers the move unless it is tabu (a unit going back to a start
     * it left lately) and reaches no hard cost lower than ever.
     */
    private void weighMove(Placement placement, int[] units, int[] targets, int step, long best) {
        int mark = placement.mark();
        boolean tabu = false;
        for (int i = 0; i < units.length; i++) {
            tabu |= tabuUntil[units[i]][targets[i]] >= step;
            moveUnit(placement, units[i], targets[i]);
        }
        long cost = placement.cost().hard();
        placement.undo(mark);
        if (tabu && cost >= best) {
            return;
        }
        int order = chosen < 0 ? -1 : Long.compare(cost, chosen);
        if (order < 0 || (order == 0 && random.nextInt(++ties) == 0)) {
            if (order < 0) {
                ties = 1;
            }
            chosen = cost;
            chosenUnits = units;
            chosenStarts = targets;
        }
    }

    private int startOf(Placement placement, int unit) {
        return placement.start(shapes.members[unit][0]);
    }

    private void moveUnit(Placement placement, int unit, int start) {
        for (int lesson : shapes.members[unit]) {
            placement.move(lesson, start);
        }
    }
}
