package vn.edu.ecenter.timetable.xhstt;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import vn.edu.ecenter.timetable.engine.Cost;
import vn.edu.ecenter.timetable.engine.Engine;
import vn.edu.ecenter.timetable.engine.Placement;
import vn.edu.ecenter.timetable.engine.Portfolio;

/**
 * Solves an XHSTT instance with the engine, on a split of events into lessons that leaves every resource that must
 * never be double-booked room for its long lessons ({@link XhsttProblem#fitted}), and changes the split further when
 * the search stalls with hard cost. When the hard cost of the best placement has not fallen for {@link #stallLimit} of
 * the time, a SAT solver looks first, for {@link #satBudget} at most, for a split and a placement without hard cost
 * ({@link FeasibleSplit}, ADR 0021); the search goes on from what it finds, with that split and the time left. When it
 * finds nothing (or the second time the search stalls), the events whose long lessons are behind the hard cost are split
 * into one lesson more ({@link XhsttProblem#loosened}), the rest of the placement is kept ({@link
 * XhsttProblem#carriedOver}) and the search goes on. A search that finds a placement without hard cost before it
 * stalls, or one of an instance whose split cannot be loosened, runs exactly as one engine run would.
 */
public final class XhsttSearch {

    /**
     * What the search found: the best placement, its cost, the problem as split when it was found, how many loosenings
     * that split took, and whether the SAT solver chose the split ({@link FeasibleSplit}).
     */
    public record Outcome(
            XhsttProblem problem, Placement best, Cost cost, Duration elapsed, int loosenings, boolean satSplit) {

        public Solution solution() {
            return problem.solution(best);
        }
    }

    private XhsttSearch() {}

    /** How long the hard cost may stay unchanged before the split is loosened: a fortieth of the time, at least 3 s. */
    static Duration stallLimit(Duration total) {
        Duration share = total.dividedBy(40);
        return share.compareTo(Duration.ofSeconds(3)) < 0 ? Duration.ofSeconds(3) : share;
    }

    /** How long the SAT solver may look for a split without hard cost: a quarter of the time left, at most 60 s. */
    static Duration satBudget(Duration left) {
        Duration share = left.dividedBy(4);
        return share.compareTo(Duration.ofSeconds(60)) > 0 ? Duration.ofSeconds(60) : share;
    }

    public static Outcome solve(XhsttProblem first, Engine.Settings settings, Engine.@Nullable Progress progress) {
        return solve(first, settings, progress, true);
    }

    /** As {@link #solve(XhsttProblem, Engine.Settings, Engine.Progress)}, with or without the SAT solver's split. */
    static Outcome solve(
            XhsttProblem first, Engine.Settings settings, Engine.@Nullable Progress progress, boolean sat) {
        long began = System.nanoTime();
        return solve(first.fitted(), settings, Portfolio.bestOnly(progress, began), began, new AtomicBoolean(), sat);
    }

    /**
     * Two searches at once, one per core ({@link #bothRuns}): one with the engine's own construction and one without,
     * which also looks back further in its late acceptance the longer the time limit (the same as the other at 60 s or
     * less); the same seed otherwise. Each wins on some instances (docs/benchmarks/timetable.md). Answers the better
     * outcome; one that reaches the least cost its problem allows ends the other. The progress passed on is the best of
     * both.
     */
    public static Outcome solveBoth(XhsttProblem first, Engine.Settings settings, Engine.@Nullable Progress progress) {
        return solveBoth(first, settings, progress, true);
    }

    /** As {@link #solveBoth(XhsttProblem, Engine.Settings, Engine.Progress)}, with or without the SAT solver's split. */
    static Outcome solveBoth(
            XhsttProblem first, Engine.Settings settings, Engine.@Nullable Progress progress, boolean sat) {
        long began = System.nanoTime();
        XhsttProblem fitted = first.fitted();
        Engine.Progress bestOnly = Portfolio.bestOnly(progress, began);
        AtomicBoolean done = new AtomicBoolean();
        List<Callable<Outcome>> runs = new ArrayList<>();
        for (Engine.Settings run : bothRuns(settings)) {
            runs.add(() -> {
                Outcome outcome = solve(fitted, run, bestOnly, began, done, sat);
                if (outcome.cost().equals(outcome.problem().problem().fixedCost())) {
                    done.set(true);
                }
                return outcome;
            });
        }
        Outcome best = Portfolio.allAtOnce(runs).stream()
                .min(Comparator.comparing(Outcome::cost))
                .orElseThrow();
        return new Outcome(
                best.problem(),
                best.best(),
                best.cost(),
                Duration.ofNanos(System.nanoTime() - began),
                best.loosenings(),
                best.satSplit());
    }

    /**
     * The settings of the two runs of {@link #solveBoth}: one with the engine's own construction, and one without it
     * and with a patient late acceptance ({@link Engine.Settings#withPatientLateAcceptance()}).
     */
    static List<Engine.Settings> bothRuns(Engine.Settings settings) {
        return List.of(
                settings.withConstruction(true),
                settings.withConstruction(false).withPatientLateAcceptance());
    }

    private static Outcome solve(
            XhsttProblem first,
            Engine.Settings settings,
            Engine.Progress bestOnly,
            long began,
            AtomicBoolean done,
            boolean sat) {
        long deadline = began + settings.timeLimit().toNanos();
        Duration stall = stallLimit(settings.timeLimit());
        XhsttProblem problem = first;
        Placement from = new Placement(problem.problem());
        XhsttProblem bestProblem = problem;
        Engine.@Nullable Result best = null;
        int bestLoosenings = 0;
        int loosenings = 0;
        boolean watching = problem.canLoosen();
        boolean triedSat = !sat;
        boolean satSplit = false;
        boolean bestSatSplit = false;
        SplittableRandom random = new SplittableRandom(settings.seed());
        ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "xhstt-stall-watch");
            thread.setDaemon(true);
            return thread;
        });
        try {
            while (true) {
                Duration left = Duration.ofNanos(Math.max(1_000_000, deadline - System.nanoTime()));
                Engine engine = new Engine(problem.problem(), settings.withTimeLimit(left));
                Watch watch = new Watch(engine, watching ? stall : null, bestOnly, done);
                var check = watcher.scheduleAtFixedRate(watch::check, 100, 100, TimeUnit.MILLISECONDS);
                Engine.Result result;
                try {
                    result = engine.solve(from, watch);
                } finally {
                    check.cancel(false);
                }
                if (best == null || result.cost().compareTo(best.cost()) < 0) {
                    best = result;
                    bestProblem = problem;
                    bestLoosenings = loosenings;
                    bestSatSplit = satSplit;
                }
                if (!watch.stalled
                        || result.cost().feasible()
                        || done.get()
                        || deadline - System.nanoTime() < 1_000_000_000L) {
                    break;
                }
                from = result.best();
                if (!triedSat) {
                    triedSat = true;
                    Duration budget = satBudget(Duration.ofNanos(deadline - System.nanoTime()));
                    var found = FeasibleSplit.find(problem, budget);
                    if (found.isPresent()) {
                        problem = found.get().problem();
                        from = found.get().placement();
                        watching = false;
                        satSplit = true;
                        continue;
                    }
                }
                List<Integer> events = new ArrayList<>(problem.loosenable(result.best()));
                if (events.isEmpty()) {
                    watching = false;
                    continue;
                }
                // As many as the hard cost left, and one more (ADR 0019 has the runs that compared other numbers); each
                // event split into more lessons costs what its split constraints ask.
                shuffle(events, random);
                int few = (int) Math.min(events.size(), result.cost().hard() + 1);
                XhsttProblem looser = problem.loosened(Set.copyOf(events.subList(0, few)));
                from = looser.carriedOver(problem, from);
                problem = looser;
                loosenings++;
            }
        } finally {
            watcher.shutdownNow();
        }
        return new Outcome(
                bestProblem,
                best.best(),
                best.cost(),
                Duration.ofNanos(System.nanoTime() - began),
                bestLoosenings,
                bestSatSplit);
    }

    private static void shuffle(List<Integer> list, SplittableRandom random) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            list.set(j, list.set(i, list.get(j)));
        }
    }

    /**
     * Passes on the engine's progress that beats every run so far (with the time since the whole search began), and
     * cancels the run when its best placement has kept the same hard cost, above zero, for the stall limit, or when
     * another run has reached the least cost its problem allows.
     */
    private static final class Watch implements Engine.Progress {

        private final Engine engine;
        private final long stallNanos;
        private final Engine.Progress bestOnly;
        private final AtomicBoolean done;
        private volatile long hard = -1;
        private volatile long hardSince = System.nanoTime();
        volatile boolean stalled;

        /**
         * With a null stall limit the watch never cancels for a stall; {@code done} set by another run cancels it
         * too. Progress goes on to {@code bestOnly} ({@link Portfolio#bestOnly}).
         */
        Watch(Engine engine, @Nullable Duration stall, Engine.Progress bestOnly, AtomicBoolean done) {
            this.engine = engine;
            this.stallNanos = stall == null ? Long.MAX_VALUE : stall.toNanos();
            this.bestOnly = bestOnly;
            this.done = done;
        }

        @Override
        public void improved(Cost best, Duration elapsed) {
            if (best.hard() != hard) {
                hard = best.hard();
                hardSince = System.nanoTime();
            }
            bestOnly.improved(best, elapsed);
        }

        void check() {
            if (done.get()) {
                engine.cancel();
            }
            if (!stalled && hard > 0 && System.nanoTime() - hardSince >= stallNanos) {
                stalled = true;
                engine.cancel();
            }
        }
    }
}
