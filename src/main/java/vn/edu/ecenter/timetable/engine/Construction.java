package vn.edu.ecenter.timetable.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;

/**
 * Places the lessons a placement still lacks, hardest first, each at a start where it adds no hard cost — or, when
 * there is none, at the start whose lessons in the way are cheapest to take out, which are then placed again the same
 * way (an eviction chain). A chain goes at most {@link #MAX_DEPTH} evictions deep and takes out at most {@link
 * #MAX_CHAIN_EVICTIONS} lessons; a chain that fails is undone and tried again with other random choices, and a lesson
 * whose chains all fail is placed anyway, its lessons in the way going back to the lessons still to place (and it
 * counts as harder from then on). Randomness comes from the seed only, so a run with a step limit is repeatable.
 *
 * <p>"Adds no hard cost" is measured by a {@link Placement} of a relaxed copy of the problem: its hard monitors
 * only, with the lower bounds that more lessons still to come could meet (minimum days, lessons not placed yet, links
 * between events placed separately) left out, and the hours missing below a daily minimum counted only beyond the
 * hours of the resource's lessons still to place ({@link Monitor.BusyPerGroupToFill}); everything else (clashes,
 * unavailable times, max days a week, max gaps, max hours, same starting day, days apart, …) counts as it is. Gaps
 * count as they are even while lessons that could fill them are still to place: measured that way they kept the
 * construction from ending with gaps nothing fits (THCS-DucHop: complete in 1,090–2,764 steps for seeds 1–3; counting
 * only gaps beyond what is still to place: 10,569–12,216 steps, one seed not complete), except for a resource whose
 * lessons fill every time it may be busy at, where filling them settles the gaps ({@link #filledTimes}). The search
 * that follows sees the real problem.
 *
 * <p>What a start would cost is measured only where it can matter: a start where a fixed resource that must never be
 * double-booked is already busy is in the way without measuring; starts in the way are priced cheapest first by the
 * units they overlap, and left as soon as even those cost more than the best found; beyond the overlapping units, only
 * units of a resource whose rule got costlier, or tied to the unit by a rule that got costlier, are tried for taking
 * out. On the FET files this takes a third to a fifth of the time per step (docs/benchmarks/timetable.md).
 *
 * <p>Lessons that start together ({@link Together}) are placed as one unit; pinned lessons never move.
 */
final class Construction {

    /** How many evictions deep a chain may go before it counts as failed. */
    static final int MAX_DEPTH = 12;

    /** How many lessons one chain may take out before it counts as failed. */
    static final int MAX_CHAIN_EVICTIONS = 40;

    /** How many chains are tried for one unit before it is placed anyway. */
    static final int ATTEMPTS = 3;

    /**
     * How many lessons beyond those it overlaps a unit may take out to add no hard cost (e.g. the lesson on another
     * day that a "same starting day" rule ties it to).
     */
    static final int EXTRA_EVICTIONS = 2;

    private static final boolean DEBUG = Boolean.getBoolean("ecenter.timetable.debug");

    /** What a construction ended with: the steps (units placed, again or not) and whether every lesson is placed. */
    record Outcome(long steps, long evictions, boolean complete, long relaxedHard) {}

    private final Problem relaxed;
    private final int[][] members;
    private final int[][] unitStarts;
    private final int[][] unitChoices;
    private final int[] duration;
    private final int[][] fixedResources;
    private final int[][] usersOf;
    /** For each resource, by unit: whether the unit uses it always (not through a choice). */
    private final boolean[][] fixedUser;

    private final int[][][] partnersOf;
    /** For each unit, the monitor behind each of its {@link #partnersOf} groups. */
    private final int[][] partnerMonitors;
    /** For each resource, the monitors about it alone. */
    private final int[][] monitorsOfResource;
    /** The cost of each monitor before the unit being placed was put anywhere. */
    private long[] baseCosts = new long[0];

    private final boolean[] pinned;
    private final double[] difficulty;
    private final SplittableRandom random;
    private final boolean[] hardClashes;

    private Placement work;
    private final int[] unitStart;
    private final int[] bump;
    private final int[] evicted;
    private final long[] placedAt;
    private final boolean[] inChain;
    private long steps;
    private long evictions;
    private final long[] failures = new long[3];
    private final int[] evictedBy;
    private int current;

    Construction(Problem problem, long seed) {
        this.relaxed = relax(problem);
        this.random = new SplittableRandom(seed);
        List<Lesson> lessons = problem.lessons();
        members = Together.groups(problem);
        int units = members.length;
        unitStarts = new int[units][];
        unitChoices = new int[units][];
        duration = new int[units];
        fixedResources = new int[units][];
        pinned = new boolean[units];
        int[] unitOf = new int[lessons.size()];
        for (int u = 0; u < units; u++) {
            int[] group = members[u];
            unitStarts[u] = Together.starts(lessons, group);
            duration[u] = lessons.get(group[0]).duration();
            pinned[u] = group.length == 1 && lessons.get(group[0]).pinned();
            fixedResources[u] = Arrays.stream(group)
                    .flatMap(l -> Arrays.stream(lessons.get(l).resources()))
                    .distinct()
                    .toArray();
            for (int l : group) {
                unitOf[l] = u;
            }
        }
        List<List<Integer>> choicesOf = lists(units);
        for (Choice choice : problem.choices()) {
            choicesOf.get(unitOf[choice.lesson()]).add(choice.index());
        }
        List<Set<Integer>> users = new ArrayList<>();
        for (int r = 0; r < problem.resources().size(); r++) {
            users.add(new LinkedHashSet<>());
        }
        for (int u = 0; u < units; u++) {
            unitChoices[u] =
                    choicesOf.get(u).stream().mapToInt(Integer::intValue).toArray();
            for (int r : fixedResources[u]) {
                users.get(r).add(u);
            }
            for (int c : unitChoices[u]) {
                for (int r : problem.choices().get(c).candidates()) {
                    users.get(r).add(u);
                }
            }
        }
        fixedUser = new boolean[users.size()][units];
        for (int u = 0; u < units; u++) {
            for (int r : fixedResources[u]) {
                fixedUser[r][u] = true;
            }
        }
        usersOf = users.stream()
                .map(s -> s.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
        int[] lessonMonitors = new int[units];
        List<List<int[]>> partners = new ArrayList<>();
        List<List<Integer>> partnerMonitorLists = lists(units);
        for (int u = 0; u < units; u++) {
            partners.add(new ArrayList<>());
        }
        List<Monitor> relaxedMonitors = relaxed.monitors();
        for (int m = 0; m < relaxedMonitors.size(); m++) {
            Monitor monitor = relaxedMonitors.get(m);
            int[] unitsOfMonitor = Arrays.stream(monitor.lessons())
                    .map(l -> unitOf[l])
                    .distinct()
                    .toArray();
            if (unitsOfMonitor.length < 2) {
                continue;
            }
            for (int u : unitsOfMonitor) {
                lessonMonitors[u]++;
                partners.get(u)
                        .add(Arrays.stream(unitsOfMonitor).filter(v -> v != u).toArray());
                partnerMonitorLists.get(u).add(m);
            }
        }
        partnersOf = partners.stream().map(l -> l.toArray(int[][]::new)).toArray(int[][][]::new);
        partnerMonitors = partnerMonitorLists.stream()
                .map(l -> l.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
        List<List<Integer>> resourceMonitors = lists(problem.resources().size());
        for (int m = 0; m < relaxedMonitors.size(); m++) {
            if (relaxedMonitors.get(m) instanceof Monitor.OfResource ofResource) {
                resourceMonitors.get(ofResource.resource()).add(m);
            }
        }
        monitorsOfResource = resourceMonitors.stream()
                .map(l -> l.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
        difficulty = difficulty(problem, lessonMonitors);
        hardClashes = new boolean[problem.resources().size()];
        for (Monitor monitor : relaxed.monitors()) {
            if (monitor instanceof Monitor.Clashes clashes) {
                hardClashes[clashes.resource()] = true;
            }
        }
        unitStart = new int[units];
        bump = new int[units];
        evicted = new int[units];
        placedAt = new long[units];
        inChain = new boolean[units];
        evictedBy = new int[units];
        Arrays.fill(evictedBy, -1);
        work = new Placement(relaxed);
    }

    /**
     * Places the units of {@code target} that are not placed (or lack a chosen resource), within the limits, and
     * leaves {@code target} with every lesson placed: what the chains could not place goes where it adds least hard
     * cost.
     */
    Outcome build(Placement target, long maxSteps, BooleanSupplier stop) {
        long stepsBefore = steps;
        long evictionsBefore = evictions;
        long stepLimit = steps + maxSteps;
        // Each build learns afresh which units are hard (it may start from another placement).
        Arrays.fill(bump, 0);
        Arrays.fill(evicted, 0);
        Arrays.fill(placedAt, steps);
        Arrays.fill(evictedBy, -1);
        work = new Placement(relaxed);
        List<Integer> pool = new ArrayList<>();
        for (int u = 0; u < members.length; u++) {
            int start = target.start(members[u][0]);
            boolean whole = start >= 0;
            for (int c : unitChoices[u]) {
                whole &= target.chosen(c) >= 0;
            }
            if (pinned[u]) {
                unitStart[u] = work.start(members[u][0]);
            } else if (whole) {
                int[] picks = Arrays.stream(unitChoices[u]).map(target::chosen).toArray();
                put(u, start, picks);
            } else {
                unitStart[u] = -1;
                pool.add(u);
            }
        }
        int[] bestStarts = unitStart.clone();
        int[] bestChosen = chosenNow();
        int bestLeft = pool.size();
        long rounds = 0;
        // Units whose chains failed wait until every other unit has had its turn; then they are placed anyway.
        List<Integer> deferred = new ArrayList<>();
        while ((!pool.isEmpty() || !deferred.isEmpty()) && steps < stepLimit && !stop.getAsBoolean()) {
            boolean first = !pool.isEmpty();
            List<Integer> from = first ? pool : deferred;
            int u = hardest(from);
            from.remove(Integer.valueOf(u));
            boolean placed = false;
            for (int attempt = 0; attempt < ATTEMPTS && !placed; attempt++) {
                placed = chain(u, stepLimit);
            }
            if (!placed) {
                bump[u]++;
                if (first) {
                    deferred.add(u);
                } else {
                    force(u, pool);
                }
            }
            if (DEBUG && ++rounds % 200 == 0) {
                System.err.println("  round " + rounds + " steps " + steps + " evictions " + evictions + " left "
                        + (pool.size() + deferred.size()) + " best " + bestLeft + " hard "
                        + work.cost().hard() + " failures "
                        + Arrays.toString(failures));
            }
            if (pool.size() + deferred.size() < bestLeft) {
                bestLeft = pool.size() + deferred.size();
                bestStarts = unitStart.clone();
                bestChosen = chosenNow();
            }
        }
        if (!pool.isEmpty() || !deferred.isEmpty()) {
            restore(bestStarts, bestChosen);
        }
        for (int u = 0; u < members.length; u++) {
            if (unitStart[u] < 0) {
                placeCheapest(u);
            }
        }
        long relaxedHard = work.cost().hard();
        for (int c = 0; c < relaxed.choices().size(); c++) {
            target.choose(c, -1);
        }
        for (int u = 0; u < members.length; u++) {
            for (int l : members[u]) {
                target.move(l, unitStart[u]);
            }
        }
        for (int c = 0; c < relaxed.choices().size(); c++) {
            target.choose(c, work.chosen(c));
        }
        return new Outcome(steps - stepsBefore, evictions - evictionsBefore, bestLeft == 0, relaxedHard);
    }

    /**
     * Places the unit and, one by one, what it takes out, each at a start adding no hard cost or taking out the
     * cheapest lessons in the way; undoes it all and answers false when the chain goes too deep or takes out too much.
     */
    private boolean chain(int root, long maxSteps) {
        int mark = work.mark();
        List<Integer> placedInChain = new ArrayList<>();
        int[] stack = new int[MAX_CHAIN_EVICTIONS + 64];
        int[] depth = new int[stack.length];
        int top = 0;
        stack[top] = root;
        depth[top++] = 0;
        int taken = 0;
        boolean ok = true;
        while (top > 0) {
            int u = stack[--top];
            int d = depth[top];
            steps++;
            if (u == root) {
                inChain[u] = true;
            }
            placedInChain.add(u);
            Move move = bestMove(u, d < MAX_DEPTH, true);
            if (move == null || taken + move.evict.length > MAX_CHAIN_EVICTIONS || steps > maxSteps) {
                if (move == null) {
                    failures[d < MAX_DEPTH ? 0 : 1]++;
                } else {
                    failures[2]++;
                }
                ok = false;
                break;
            }
            apply(u, move);
            for (int e : move.evict) {
                if (top == stack.length) {
                    ok = false;
                    break;
                }
                stack[top] = e;
                depth[top++] = d + 1;
            }
            taken += move.evict.length;
            if (!ok) {
                break;
            }
        }
        for (int u : placedInChain) {
            inChain[u] = false;
        }
        if (ok) {
            work.keep(mark);
        } else {
            work.undo(mark);
            for (int u = 0; u < members.length; u++) {
                unitStart[u] = unitStartOf(u);
            }
        }
        return ok;
    }

    /** Places the unit at the cheapest start even when its chains failed: what is in the way goes back to the pool. */
    private void force(int u, List<Integer> pool) {
        steps++;
        Move move = bestMove(u, true, false);
        if (move == null) {
            placeCheapest(u);
            return;
        }
        apply(u, move);
        for (int e : move.evict) {
            pool.add(e);
        }
    }

    private static final int[] NO_PICKS = {};

    /** A start for a unit, the resources for its choices there, and the units to take out first. */
    private record Move(int start, int[] picks, int[] evict, double price) {}

    /**
     * The start adding no hard cost (a random one among them), or else, when {@code mayEvict}, the start whose units in
     * the way are cheapest to take out; null when there is neither.
     */
    private Move bestMove(int u, boolean mayEvict, boolean chainTabu) {
        current = u;
        long base = work.cost().hard();
        baseCosts = work.monitorCosts();
        int[] starts = unitStarts[u];
        Move best = null;
        int freeSeen = 0;
        int[] blocked = new int[starts.length];
        int blockedCount = 0;
        for (int s : starts) {
            if (clashes(u, s)) {
                blocked[blockedCount++] = s;
                continue;
            }
            int mark = work.mark();
            int[] picks = put(u, s, null);
            long added = work.cost().hard() - base;
            undo(mark, u);
            if (added <= 0) {
                // A random one among the free starts (reservoir sampling).
                if (random.nextInt(++freeSeen) == 0) {
                    best = new Move(s, picks, new int[0], 0);
                }
            } else {
                blocked[blockedCount++] = s;
            }
        }
        if (best != null || !mayEvict) {
            return best;
        }
        // Cheapest first by what must go in any case (the units it overlaps), so that the rest can be skipped as soon
        // as even that costs more than the best move found.
        double[] atLeast = new double[blockedCount];
        Integer[] order = new Integer[blockedCount];
        for (int i = 0; i < blockedCount; i++) {
            order[i] = i;
            atLeast[i] = price(overlapping(u, blocked[i], fixedResources[u])) + random.nextDouble() * 0.01;
        }
        Arrays.sort(order, (a, b) -> Double.compare(atLeast[a], atLeast[b]));
        for (int i : order) {
            if (best != null && atLeast[i] - 0.01 >= best.price) {
                break;
            }
            int s = blocked[i];
            int mark = work.mark();
            int[] picks = put(u, s, null);
            double budget = best == null ? Double.MAX_VALUE : best.price;
            int[] evict = inTheWay(u, s, base, chainTabu, budget);
            if (evict != null) {
                double price = random.nextDouble() * 0.5 + price(evict);
                if (best == null || price < best.price) {
                    best = new Move(s, picks, evict, price);
                }
            }
            undo(mark, u);
        }
        return best;
    }

    /**
     * With the unit placed at the start: the units to take out so that the placement costs no more than {@code base},
     * or null when that takes pinned units, units of the current chain, or more than the overlapping units and {@link
     * #EXTRA_EVICTIONS} more. Leaves the placement as it found it.
     */
    private int[] inTheWay(int u, int s, long base, boolean chainTabu, double budget) {
        int[] overlapping = overlapping(u, s, resourcesNow(u));
        for (int v : overlapping) {
            if (!removable(v, chainTabu)) {
                return null;
            }
        }
        if (price(overlapping) >= budget) {
            return null;
        }
        int outMark = work.mark();
        List<Integer> out = new ArrayList<>();
        for (int v : overlapping) {
            out.add(v);
            take(v);
        }
        long cost = work.cost().hard();
        int round = 0;
        while (cost > base && round++ < EXTRA_EVICTIONS) {
            int[] bestGroup = null;
            long bestCost = cost;
            for (int[] group : removalGroups(u, s, chainTabu)) {
                int mark = work.mark();
                for (int v : group) {
                    take(v);
                }
                long c = work.cost().hard();
                work.undo(mark);
                for (int v : group) {
                    unitStart[v] = unitStartOf(v);
                }
                if (c < bestCost
                        || (c == bestCost && bestGroup != null && group.length < bestGroup.length)
                        || (c == bestCost
                                && bestGroup != null
                                && group.length == bestGroup.length
                                && random.nextInt(2) == 0)) {
                    bestCost = c;
                    bestGroup = group;
                }
            }
            if (bestGroup == null) {
                break;
            }
            for (int v : bestGroup) {
                out.add(v);
                take(v);
            }
            cost = bestCost;
        }
        work.undo(outMark);
        for (int v : out) {
            unitStart[v] = unitStartOf(v);
        }
        if (cost > base) {
            return null;
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Sets of placed units whose removal might let the unit stay at the start without added hard cost, beyond those it
     * overlaps: each unit sharing a resource with it that day, all units of a shared resource on another day (a
     * maximum of days), and the units tied to it by a rule (e.g. same starting day), those on other days and those on
     * its day. Sets holding pinned units, or units of the current chain, are left out.
     */
    private List<int[]> removalGroups(int u, int s, boolean chainTabu) {
        Week week = relaxed.week();
        int day = week.day(s);
        List<int[]> groups = new ArrayList<>();
        for (int r : resourcesNow(u)) {
            if (!anyCostlier(monitorsOfResource[r])) {
                continue;
            }
            List<List<Integer>> byDay = new ArrayList<>();
            for (int v : usersOf[r]) {
                if (v == u || unitStart[v] < 0 || !uses(v, r)) {
                    continue;
                }
                int vDay = week.day(unitStart[v]);
                if (vDay == day) {
                    if (removable(v, chainTabu)) {
                        groups.add(new int[] {v});
                    }
                } else if (vDay >= 0) {
                    while (byDay.size() <= vDay) {
                        byDay.add(new ArrayList<>());
                    }
                    byDay.get(vDay).add(v);
                }
            }
            for (List<Integer> sameDay : byDay) {
                if (!sameDay.isEmpty() && sameDay.stream().allMatch(v -> removable(v, chainTabu))) {
                    groups.add(sameDay.stream().mapToInt(Integer::intValue).toArray());
                }
            }
        }
        for (int k = 0; k < partnersOf[u].length; k++) {
            if (!costlier(partnerMonitors[u][k])) {
                continue;
            }
            int[] tied = partnersOf[u][k];
            List<Integer> elsewhere = new ArrayList<>();
            List<Integer> here = new ArrayList<>();
            for (int v : tied) {
                if (unitStart[v] >= 0) {
                    (week.day(unitStart[v]) == day ? here : elsewhere).add(v);
                }
            }
            for (List<Integer> group : List.of(elsewhere, here)) {
                if (!group.isEmpty() && group.stream().allMatch(v -> removable(v, chainTabu))) {
                    groups.add(group.stream().mapToInt(Integer::intValue).toArray());
                    if (group.size() > 1) {
                        for (int v : group) {
                            groups.add(new int[] {v});
                        }
                    }
                }
            }
        }
        return groups;
    }

    /** Whether the monitor costs more now than before the unit was tried ({@link #bestMove}). */
    private boolean costlier(int monitor) {
        return work.monitorCost(monitor) > baseCosts[monitor];
    }

    private boolean anyCostlier(int[] monitors) {
        for (int m : monitors) {
            if (costlier(m)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a fixed resource of the unit, one that must never be double-booked, is busy during the start. */
    private boolean clashes(int u, int s) {
        int end = s + duration[u];
        for (int r : fixedResources[u]) {
            if (!hardClashes[r]) {
                continue;
            }
            int[] load = work.load(r);
            for (int t = s; t < end; t++) {
                if (load[t] > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The placed units using one of the resources during the unit's time at the start. */
    private int[] overlapping(int u, int s, int[] resources) {
        int end = s + duration[u];
        int[] found = new int[8];
        int n = 0;
        for (int r : resources) {
            for (int v : usersOf[r]) {
                int vs = unitStart[v];
                if (v == u || vs < 0 || vs >= end || s >= vs + duration[v] || !uses(v, r)) {
                    continue;
                }
                boolean seen = false;
                for (int i = 0; i < n && !seen; i++) {
                    seen = found[i] == v;
                }
                if (!seen) {
                    if (n == found.length) {
                        found = Arrays.copyOf(found, n * 2);
                    }
                    found[n++] = v;
                }
            }
        }
        return Arrays.copyOf(found, n);
    }

    /** What taking the units out costs the construction: more for units taken out often or placed lately. */
    private double price(int[] units) {
        double price = 0;
        for (int e : units) {
            price += 1
                    + 0.2 * evicted[e]
                    + 0.3 * bump[e]
                    + 10.0 / Math.max(1, unitStarts[e].length)
                    + (steps - placedAt[e] < members.length ? 2 : 0)
                    + (evictedBy[current] == e ? 5 : 0);
        }
        return price;
    }

    private boolean removable(int v, boolean chainTabu) {
        return !pinned[v] && !(chainTabu && inChain[v]);
    }

    private void apply(int u, Move move) {
        for (int e : move.evict) {
            evictedBy[e] = u;
            take(e);
            evicted[e]++;
            evictions++;
        }
        put(u, move.start, move.picks);
        placedAt[u] = steps;
    }

    /** Places a unit where it adds least hard cost, whatever that is (no eviction). */
    private void placeCheapest(int u) {
        long bestCost = Long.MAX_VALUE;
        int bestStart = -1;
        int[] bestPicks = null;
        for (int s : unitStarts[u]) {
            int[] picks = put(u, s, null);
            long c = work.cost().hard();
            if (c < bestCost) {
                bestCost = c;
                bestStart = s;
                bestPicks = picks;
            }
            take(u);
        }
        if (bestStart >= 0) {
            put(u, bestStart, bestPicks);
        }
    }

    /**
     * Places a unit at a start with the given resources for its choices, or, when {@code picks} is null, for each
     * choice the candidate that adds least hard cost; answers the resources picked.
     */
    private int[] put(int u, int s, int[] picks) {
        for (int l : members[u]) {
            work.move(l, s);
        }
        unitStart[u] = s;
        int[] chosen = new int[unitChoices[u].length];
        for (int i = 0; i < chosen.length; i++) {
            int c = unitChoices[u][i];
            if (picks != null) {
                work.choose(c, picks[i]);
                chosen[i] = picks[i];
                continue;
            }
            int[] candidates = relaxed.choices().get(c).candidates();
            long bestCost = Long.MAX_VALUE;
            int best = -1;
            int offset = candidates.length == 0 ? 0 : random.nextInt(candidates.length);
            for (int k = 0; k < candidates.length; k++) {
                int r = candidates[(k + offset) % candidates.length];
                work.choose(c, r);
                long cost = work.cost().hard();
                if (cost < bestCost) {
                    bestCost = cost;
                    best = r;
                }
            }
            work.choose(c, best);
            chosen[i] = best;
        }
        return chosen;
    }

    /** Takes back what was done to the placement since the mark ({@link Placement#undo}); unit {@code u} is out again. */
    private void undo(int mark, int u) {
        work.undo(mark);
        unitStart[u] = -1;
    }

    /** Where the placement has the unit's first lesson now. */
    private int unitStartOf(int u) {
        return work.start(members[u][0]);
    }

    private void take(int u) {
        for (int c : unitChoices[u]) {
            work.choose(c, -1);
        }
        for (int l : members[u]) {
            work.move(l, -1);
        }
        unitStart[u] = -1;
    }

    /** The resources the unit's choices have now, in the order of its choices. */
    private int[] picksNow(int u) {
        int[] choices = unitChoices[u];
        if (choices.length == 0) {
            return NO_PICKS;
        }
        int[] picks = new int[choices.length];
        for (int i = 0; i < choices.length; i++) {
            picks[i] = work.chosen(choices[i]);
        }
        return picks;
    }

    private int[] resourcesNow(int u) {
        int[] fixed = fixedResources[u];
        int[] all = Arrays.copyOf(fixed, fixed.length + unitChoices[u].length);
        int n = fixed.length;
        for (int c : unitChoices[u]) {
            int r = work.chosen(c);
            if (r >= 0) {
                all[n++] = r;
            }
        }
        return Arrays.copyOf(all, n);
    }

    private boolean uses(int v, int r) {
        if (fixedUser[r][v]) {
            return true;
        }
        for (int c : unitChoices[v]) {
            if (work.chosen(c) == r) {
                return true;
            }
        }
        return false;
    }

    private int[] chosenNow() {
        int[] chosen = new int[relaxed.choices().size()];
        for (int c = 0; c < chosen.length; c++) {
            chosen[c] = work.chosen(c);
        }
        return chosen;
    }

    private void restore(int[] starts, int[] chosen) {
        for (int u = 0; u < members.length; u++) {
            if (unitStart[u] != starts[u] || !Arrays.equals(picksNow(u), pick(chosen, u))) {
                if (unitStart[u] >= 0 && !pinned[u]) {
                    take(u);
                }
            }
        }
        for (int u = 0; u < members.length; u++) {
            if (unitStart[u] != starts[u] && starts[u] >= 0) {
                put(u, starts[u], pick(chosen, u));
            }
        }
    }

    /** The resources of the unit's choices in {@code chosen} (indexed by choice), in the order of its choices. */
    private int[] pick(int[] chosen, int u) {
        int[] choices = unitChoices[u];
        if (choices.length == 0) {
            return NO_PICKS;
        }
        int[] picks = new int[choices.length];
        for (int i = 0; i < choices.length; i++) {
            picks[i] = chosen[choices[i]];
        }
        return picks;
    }

    /** The unit to place next: the most often stuck, then the hardest by the problem alone. */
    private int hardest(List<Integer> pool) {
        int best = pool.getFirst();
        for (int u : pool) {
            if (bump[u] > bump[best] || (bump[u] == bump[best] && difficulty[u] > difficulty[best])) {
                best = u;
            }
        }
        return best;
    }

    /**
     * How hard each unit is to place, by the problem alone: fewest allowed starts first, then the busiest resource
     * (its lessons' periods against the week's times), the rules that name the unit, and its length.
     */
    private double[] difficulty(Problem problem, int[] lessonMonitors) {
        int times = problem.week().times();
        long[] demand = new long[problem.resources().size()];
        for (int u = 0; u < members.length; u++) {
            for (int r : fixedResources[u]) {
                demand[r] += (long) duration[u] * members[u].length;
            }
        }
        double[] result = new double[members.length];
        for (int u = 0; u < members.length; u++) {
            double busiest = 0;
            for (int r : fixedResources[u]) {
                busiest = Math.max(busiest, demand[r] / (double) times);
            }
            double freedom = unitStarts[u].length;
            result[u] = 1000.0 / Math.max(1, freedom) + busiest + 0.05 * lessonMonitors[u] + 0.1 * duration[u];
        }
        return result;
    }

    /**
     * The problem the construction measures by: its hard monitors, without the lower bounds that lessons still to be
     * placed could meet.
     */
    static Problem relax(Problem problem) {
        List<Monitor> kept = new ArrayList<>();
        BitSet[] filled = filledTimes(problem);
        for (Monitor monitor : problem.monitors()) {
            if (!monitor.penalty().hard()) {
                continue;
            }
            if (monitor instanceof Monitor.IdleTimes idle
                    && filled[idle.resource()] != null
                    && idleWhenFilled(
                            idle, filled[idle.resource()], problem.week().times())) {
                continue;
            }
            Monitor relaxedMonitor =
                    switch (monitor) {
                        case Monitor.Unplaced m -> null;
                        case Monitor.Unchosen m -> null;
                        case Monitor.Linked m -> null;
                        case Monitor.BusyGroups m ->
                            m.maximum() == Integer.MAX_VALUE
                                    ? null
                                    : new Monitor.BusyGroups(
                                            m.label(), m.penalty(), m.resource(), m.groups(), 0, m.maximum());
                        case Monitor.BusyPerGroup m ->
                            new Monitor.BusyPerGroupToFill(
                                    m.label(),
                                    m.penalty(),
                                    m.resource(),
                                    m.groups(),
                                    m.minimum(),
                                    m.maximum(),
                                    m.emptyCounts());
                        case Monitor.IdleTimes m ->
                            m.maximum() == Integer.MAX_VALUE
                                    ? null
                                    : new Monitor.IdleTimes(
                                            m.label(), m.penalty(), m.resource(), m.groups(), 0, m.maximum());
                        case Monitor.Spread m ->
                            new Monitor.Spread(
                                    m.label(),
                                    m.penalty(),
                                    m.lessons(),
                                    m.groups(),
                                    new int[m.minimum().length],
                                    m.maximum());
                        case Monitor.Workload m ->
                            new Monitor.Workload(
                                    m.label(),
                                    m.penalty(),
                                    m.resource(),
                                    m.base(),
                                    m.choices(),
                                    m.amounts(),
                                    0,
                                    m.maximum());
                        default -> monitor;
                    };
            if (relaxedMonitor != null) {
                kept.add(relaxedMonitor);
            }
        }
        return problem.withMonitors(kept, Cost.ZERO);
    }

    /**
     * For each resource whose lessons fill every time it can be busy at, those times; null for the others. Such a
     * resource's idle times are settled by the times themselves once every lesson is placed, so counting them while
     * the lessons are placed one by one only narrows the construction (LeQuiDon: classes of 27 periods in 27 free
     * times, no gaps allowed).
     */
    private static BitSet[] filledTimes(Problem problem) {
        int resources = problem.resources().size();
        BitSet[] possible = new BitSet[resources];
        Arrays.setAll(possible, r -> new BitSet());
        long[] demand = new long[resources];
        for (Lesson lesson : problem.lessons()) {
            for (int r : lesson.resources()) {
                demand[r] += lesson.duration();
                for (int s : lesson.starts()) {
                    possible[r].set(s, s + lesson.duration());
                }
            }
        }
        for (Monitor monitor : problem.monitors()) {
            if (monitor instanceof Monitor.BusyAt busyAt && busyAt.penalty().hard()) {
                possible[busyAt.resource()].andNot(busyAt.times());
            }
        }
        BitSet[] filled = new BitSet[resources];
        for (int r = 0; r < resources; r++) {
            if (demand[r] > 0 && demand[r] >= possible[r].cardinality()) {
                filled[r] = possible[r];
            }
        }
        return filled;
    }

    /** Whether a resource busy at exactly these times keeps the idle-time rule. */
    private static boolean idleWhenFilled(Monitor.IdleTimes idle, BitSet busy, int times) {
        int[] load = new int[times];
        busy.stream().forEach(t -> load[t] = 1);
        long sum = 0;
        for (int[] group : idle.groups()) {
            sum += Monitor.IdleTimes.idleIn(load, group);
        }
        return Monitor.outside(sum, idle.minimum(), idle.maximum()) == 0;
    }

    private static List<List<Integer>> lists(int size) {
        List<List<Integer>> lists = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            lists.add(new ArrayList<>());
        }
        return lists;
    }
}
