package vn.edu.ecenter.timetable.engine;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * What one run keeps beside Timefold: the best placement by its true cost among all placements the search scored, and
 * the boosts of the hard monitors. Boosting raises, every few steps of local search, the weight the search gives each
 * hard monitor that is broken at that moment (the breakout method): rules that stay broken grow more expensive to
 * the search until it moves what breaks them, while rules that are rarely broken stay cheap to break on the way.
 * Timefold then compares placements by a cost that changes over time, so its own best placement is not the best by
 * true cost; this record is.
 */
final class Record {

    private final Problem problem;
    private final long @Nullable [] boosts;
    private final int boostEvery;
    private final Engine.@Nullable Progress progress;
    private final long began;
    private @Nullable Placement working;
    private @Nullable Cost best;
    private int @Nullable [][] bestSnapshot;
    private boolean unreported;
    private boolean complete;
    private long steps;

    /**
     * @param boostEvery raise the boosts every this many local-search steps, or 0 not to boost
     */
    Record(Problem problem, int boostEvery, Engine.@Nullable Progress progress) {
        this.problem = problem;
        this.boostEvery = boostEvery;
        this.progress = progress;
        this.began = System.nanoTime();
        if (boostEvery > 0) {
            boosts = new long[problem.monitors().size()];
            java.util.Arrays.fill(boosts, 1);
        } else {
            boosts = null;
        }
    }

    /** The placement the search works on now (Timefold may start over from a copy of its best). */
    void workOn(Placement placement) {
        working = placement;
        if (boosts != null) {
            placement.boost(boosts);
        }
    }

    /**
     * From now on every lesson is placed: the construction is over and local search has begun. The placement it begins
     * from counts too, so that a run never ends worse than where its local search began.
     */
    void localSearchStarted() {
        complete = true;
        if (working != null) {
            scored(working);
        }
    }

    /**
     * Called with each placement the search scores: keeps it if every lesson is placed and its true cost is the best
     * so far (Timefold scores the placements a ruin-and-recreate move passes through, with some lessons out).
     */
    void scored(Placement placement) {
        if (!complete || !placement.allPlaced()) {
            return; // during construction, or amid a ruin-and-recreate move
        }
        Cost cost = placement.cost();
        if (best == null || cost.compareTo(best) < 0) {
            best = cost;
            bestSnapshot = placement.snapshot();
            unreported = true;
        }
    }

    /** Called at the start of each step of the search. */
    void stepStarted() {
        if (working != null) {
            working.watchForUndo();
        }
    }

    /** Called at the end of each step of the search. */
    void stepEnded(boolean localSearch) {
        if (localSearch && boosts != null && working != null && ++steps % boostEvery == 0) {
            working.raiseBoosts();
        }
        if (localSearch) {
            report();
        }
    }

    void report() {
        if (unreported && progress != null && best != null) {
            unreported = false;
            progress.improved(best, Duration.ofNanos(System.nanoTime() - began));
        }
    }

    /** The best placement scored, or null when the search scored none. */
    @Nullable
    Placement best() {
        return bestSnapshot == null ? null : Placement.restored(problem, bestSnapshot);
    }
}
