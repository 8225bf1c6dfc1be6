package vn.edu.ecenter.timetable.engine;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;

/**
 * A tabu search that moves only lessons behind a broken hard rule (a min-conflicts search): each step draws {@link
 * #UNITS_PER_STEP} units of lessons that start together ({@link Together}), each behind a hard monitor drawn among those
 * that cost something ({@link Placement#lessonsBehind}); it weighs every other start of each, and every swap of starts
 * with a unit of the same length sharing one of its resources, and takes the move with the least cost even when that
 * is dearer than now, unless it is tabu: a unit may not go back to the start it left for {@link #TABU_STEPS} to twice
 * as many steps, except to reach a cost lower than ever before. Ties are broken at random, from the seed only. The
 * resources chosen for lessons ({@link Choice}) stay as they are.
 *
 * <p>The engine runs it after its own construction, where the construction leaves hard cost. On the FET file
 * HungYen-secondary, seeds 1–12, it took the command line from 75.7 s in all to 51.1 s, together with a shorter
 * construction (docs/benchmarks/timetable.md, session 10). Two units a step drifted to dearer placements and stayed
 * there; eight made each step longer for nothing; boosting the broken monitors, as the local search does, made it
 * worse on LeQuiDon Khoi-sang.
 */
final class ConflictSearch {

    /** How many units behind broken hard rules one step weighs the moves of. */
    static final int UNITS_PER_STEP = 4;

    /** The least number of steps a unit may not go back to the start it left (a draw adds up to as many again). */
    static final int TABU_STEPS = 10;

    /** Steps in a row that find no unit they may move (all behind the broken rules are pinned) before giving up. */
    private static final int IDLE_STEPS = 1000;

    private final Problem problem;
    private final int[][] members;
    private final int[][] unitStarts;
    private final boolean[] movable;
    private final int[] unitOf;
    private final int[][] unitsOfResource;
    private final int[][] resourcesOfUnit;
    private final SplittableRandom random;
    private final int[][] tabuUntil;
    private final int[] seen;
    private int stamp;

    /** The best move weighed so far in a step: its cost, the unit, its new start, and the unit it swaps with or -1. */
    private @Nullable Cost chosen;

    private int chosenUnit;
    private int chosenStart;
    private int chosenPartner;
    /** How many moves have cost {@link #chosen} so far (for a fair draw among them). */
    private int ties;

    ConflictSearch(Problem problem, long seed) {
        this.problem = problem;
        this.random = new SplittableRandom(seed);
        List<Lesson> lessons = problem.lessons();
        members = Together.groups(problem);
        int units = members.length;
        unitStarts = new int[units][];
        movable = new boolean[units];
        unitOf = new int[lessons.size()];
        resourcesOfUnit = new int[units][];
        int[] usersCount = new int[problem.resources().size()];
        for (int u = 0; u < units; u++) {
            int[] group = members[u];
            unitStarts[u] = Together.starts(lessons, group);
            movable[u] = unitStarts[u].length > 1
                    && Arrays.stream(group).noneMatch(l -> lessons.get(l).pinned());
            for (int l : group) {
                unitOf[l] = u;
            }
            resourcesOfUnit[u] = Arrays.stream(group)
                    .flatMap(l -> Arrays.stream(lessons.get(l).resources()))
                    .distinct()
                    .toArray();
            for (int r : resourcesOfUnit[u]) {
                usersCount[r]++;
            }
        }
        unitsOfResource = new int[usersCount.length][];
        for (int r = 0; r < usersCount.length; r++) {
            unitsOfResource[r] = new int[usersCount[r]];
            usersCount[r] = 0;
        }
        for (int u = 0; u < units; u++) {
            for (int r : resourcesOfUnit[u]) {
                unitsOfResource[r][usersCount[r]++] = u;
            }
        }
        tabuUntil = new int[units][problem.week().times()];
        seen = new int[units];
    }

    /**
     * Searches until no hard cost is left or {@code stop} says so, and leaves the placement at the best one found (by
     * true cost, hard before soft). Every lesson should be placed. Answers the number of steps taken.
     */
    long run(Placement placement, BooleanSupplier stop) {
        List<Monitor> monitors = problem.monitors();
        int[] broken = new int[monitors.size()];
        Cost best = placement.cost();
        int[][] bestSnapshot = placement.snapshot();
        int step = 0;
        int idle = 0;
        while (best.hard() > problem.fixedCost().hard() && !stop.getAsBoolean()) {
            step++;
            int count = 0;
            for (int m = 0; m < broken.length; m++) {
                if (placement.monitorCost(m) > 0 && monitors.get(m).penalty().hard()) {
                    broken[count++] = m;
                }
            }
            if (count == 0) {
                break;
            }
            int[] units = new int[UNITS_PER_STEP];
            int picked = 0;
            for (int draw = 0; draw < UNITS_PER_STEP * 4 && picked < UNITS_PER_STEP; draw++) {
                int[] behind = placement.lessonsBehind(monitors.get(broken[random.nextInt(count)]));
                if (behind.length == 0) {
                    continue;
                }
                int candidate = unitOf[behind[random.nextInt(behind.length)]];
                boolean twice = false;
                for (int i = 0; i < picked; i++) {
                    twice |= units[i] == candidate;
                }
                if (movable[candidate] && !twice) {
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
            takeBestMove(placement, Arrays.copyOf(units, picked), step, best);
            Cost now = placement.cost();
            if (now.compareTo(best) < 0) {
                best = now;
                bestSnapshot = placement.snapshot();
            }
        }
        if (placement.cost().compareTo(best) > 0) {
            placement.restore(bestSnapshot);
        }
        return step;
    }

    /** Weighs every move of the units and takes the best one allowed, even when it costs more than now. */
    private void takeBestMove(Placement placement, int[] units, int step, Cost best) {
        chosen = null;
        ties = 0;
        for (int unit : units) {
            weigh(placement, unit, step, best);
        }
        if (chosen == null) {
            return;
        }
        int from = startOf(placement, chosenUnit);
        int tenure = TABU_STEPS + random.nextInt(TABU_STEPS);
        moveUnit(placement, chosenUnit, chosenStart);
        tabuUntil[chosenUnit][from] = step + tenure;
        if (chosenPartner >= 0) {
            moveUnit(placement, chosenPartner, from);
            tabuUntil[chosenPartner][chosenStart] = step + tenure;
        }
    }

    private void consider(Cost cost, int unit, int start, int partner) {
        int order = chosen == null ? -1 : cost.compareTo(chosen);
        if (order < 0 || (order == 0 && random.nextInt(++ties) == 0)) {
            if (order < 0) {
                ties = 1;
            }
            chosen = cost;
            chosenUnit = unit;
            chosenStart = start;
            chosenPartner = partner;
        }
    }

    private void weigh(Placement placement, int unit, int step, Cost best) {
        int from = startOf(placement, unit);
        for (int s : unitStarts[unit]) {
            if (s == from) {
                continue;
            }
            weighMove(placement, unit, from, s, -1, step, best);
        }
        stamp++;
        int duration = problem.lessons().get(members[unit][0]).duration();
        for (int r : resourcesOfUnit[unit]) {
            for (int other : unitsOfResource[r]) {
                if (other == unit || seen[other] == stamp || !movable[other]) {
                    continue;
                }
                seen[other] = stamp;
                int there = startOf(placement, other);
                if (there == from
                        || problem.lessons().get(members[other][0]).duration() != duration
                        || Arrays.binarySearch(unitStarts[unit], there) < 0
                        || Arrays.binarySearch(unitStarts[other], from) < 0) {
                    continue;
                }
                weighMove(placement, unit, from, there, other, step, best);
            }
        }
    }

    /**
     * Weighs the unit going from {@code from} to {@code to} and, when {@code partner} is not -1, the partner going the
     * other way, and considers the move unless it is tabu and reaches no cost lower than ever.
     */
    private void weighMove(Placement placement, int unit, int from, int to, int partner, int step, Cost best) {
        int mark = placement.mark();
        moveUnit(placement, unit, to);
        if (partner >= 0) {
            moveUnit(placement, partner, from);
        }
        Cost cost = placement.cost();
        placement.undo(mark);
        boolean tabu = tabuUntil[unit][to] >= step || (partner >= 0 && tabuUntil[partner][from] >= step);
        if (!tabu || cost.compareTo(best) < 0) {
            consider(cost, unit, to, partner);
        }
    }

    private int startOf(Placement placement, int unit) {
        return placement.start(members[unit][0]);
    }

    private void moveUnit(Placement placement, int unit, int start) {
        for (int lesson : members[unit]) {
            placement.move(lesson, start);
        }
    }
}
