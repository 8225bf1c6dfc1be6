package vn.edu.ecenter.timetable.engine;

import ai.timefold.solver.core.api.score.HardSoftScore;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.constructionheuristic.placer.QueuedEntityPlacerConfig;
import ai.timefold.solver.core.config.heuristic.selector.entity.EntitySelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.MoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.RuinRecreateMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.value.ValueSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.score.director.ScoreDirectorFactoryConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import ai.timefold.solver.core.impl.localsearch.scope.LocalSearchPhaseScope;
import ai.timefold.solver.core.impl.localsearch.scope.LocalSearchStepScope;
import ai.timefold.solver.core.impl.phase.event.PhaseLifecycleListenerAdapter;
import ai.timefold.solver.core.impl.phase.scope.AbstractPhaseScope;
import ai.timefold.solver.core.impl.phase.scope.AbstractStepScope;
import ai.timefold.solver.core.impl.solver.AbstractSolver;
import ai.timefold.solver.core.impl.solver.scope.SolverScope;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import org.jspecify.annotations.Nullable;

/**
 * One run of the solver (Timefold Solver, scoring moves through a {@link Placement}) from a starting placement: pinned
 * lessons stay where they are, the others are placed and improved until the time limit, a perfect cost, or {@link
 * #cancel()}. Cancelling from another thread ends the run with the best placement found so far.
 */
public final class Engine {

    /**
     * How long to search and with which random seed. With the same seed and a move limit instead of a time limit, two
     * runs find the same placement; under a time limit the result also depends on the machine's speed.
     *
     * @param moveLimit evaluated moves after which to stop, or 0 for no such limit
     * @param stopWhenFeasible whether to stop at the first placement without hard cost (as FET stops at its first
     *     complete timetable) instead of improving its soft cost further
     * @param construction whether the engine's own construction ({@link Construction}) comes before local search
     * @param startAfter how long the run waits before it begins (within its time limit), so that another run of a
     *     {@link Portfolio} has the machine to itself first; a cancel ends the wait
     * @param lateAcceptanceSize how many steps back late acceptance compares with, once a placement without hard cost
     *     is found (see {@link #withPatientLateAcceptance()})
     * @param sat whether a SAT solver first looks for a placement without hard cost ({@link FeasiblePlacement}), for
     *     up to {@link Engine#SAT_SHARE_OF_TIME} of the time limit, before the rest of the run
     * @param dayRepairAfter with the construction, {@code null} for no day repair, or how long its mending may go on
     *     at most before, with hard cost left, a placement that breaks only daily minimums, from the SAT solver, is
     *     mended by {@link DayRepair} until the time limit
     */
    public record Settings(
            Duration timeLimit,
            long seed,
            long moveLimit,
            boolean stopWhenFeasible,
            boolean construction,
            Duration startAfter,
            int lateAcceptanceSize,
            boolean sat,
            @Nullable Duration dayRepairAfter) {

        public Settings {
            if (lateAcceptanceSize < 1) {
                throw new IllegalArgumentException("lateAcceptanceSize must be at least 1: " + lateAcceptanceSize);
            }
        }

        public Settings(Duration timeLimit, long seed, long moveLimit, boolean stopWhenFeasible) {
            this(
                    timeLimit,
                    seed,
                    moveLimit,
                    stopWhenFeasible,
                    CONSTRUCTION_BY_DEFAULT,
                    Duration.ZERO,
                    LATE_ACCEPTANCE_STEPS_PER_MINUTE,
                    false,
                    null);
        }

        public static Settings forSeconds(long seconds, long seed) {
            return new Settings(Duration.ofSeconds(seconds), seed, 0, false);
        }

        public static Settings untilFeasible(long seconds, long seed) {
            return new Settings(Duration.ofSeconds(seconds), seed, 0, true);
        }

        /** The same settings with another time limit (and the same late acceptance). */
        public Settings withTimeLimit(Duration limit) {
            return copy(limit, construction, startAfter, lateAcceptanceSize, sat, dayRepairAfter);
        }

        /** The same settings with or without the engine's own construction. */
        public Settings withConstruction(boolean construction) {
            return copy(timeLimit, construction, startAfter, lateAcceptanceSize, sat, dayRepairAfter);
        }

        /** The same settings, beginning only after the wait. */
        public Settings withStartAfter(Duration wait) {
            return copy(timeLimit, construction, wait, lateAcceptanceSize, sat, dayRepairAfter);
        }

        /**
         * The same settings with the day repair after at most this long of the construction's mending, when that leaves
         * hard cost ({@code null}: without).
         */
        public Settings withDayRepairAfter(@Nullable Duration mending) {
            return copy(timeLimit, construction, startAfter, lateAcceptanceSize, sat, mending);
        }

        /** The same settings with or without the SAT solver's search first. */
        public Settings withSat(boolean sat) {
            return copy(timeLimit, construction, startAfter, lateAcceptanceSize, sat, dayRepairAfter);
        }

        /** These settings' seed, move limit and stop, with the rest as given. */
        private Settings copy(
                Duration limit,
                boolean construction,
                Duration wait,
                int lateAcceptance,
                boolean sat,
                @Nullable Duration repairAfter) {
            return new Settings(
                    limit, seed, moveLimit, stopWhenFeasible, construction, wait, lateAcceptance, sat, repairAfter);
        }

        /**
         * The same settings with a late acceptance that looks back in proportion to the time limit: {@link
         * Engine#LATE_ACCEPTANCE_STEPS_PER_MINUTE} steps per minute, never fewer than one minute's. The default looks
         * back one minute's steps whatever the limit: tuned at 60 s, it stops improving small instances within the
         * first minutes of a longer run (BrazilInstance1: 54 from 152 s to 600 s; looking back 4,000 steps, 48).
         */
        public Settings withPatientLateAcceptance() {
            long perMinute = LATE_ACCEPTANCE_STEPS_PER_MINUTE;
            long size = Math.max(perMinute, perMinute * timeLimit.toMillis() / 60_000);
            return copy(
                    timeLimit, construction, startAfter, (int) Math.min(Integer.MAX_VALUE, size), sat, dayRepairAfter);
        }
    }

    /**
     * Whether runs start with the engine's own construction; the system property {@code ecenter.timetable.construction}
     * ({@code true}/{@code false}) overrides it, to compare the two.
     */
    static final boolean CONSTRUCTION_BY_DEFAULT =
            Boolean.parseBoolean(System.getProperty("ecenter.timetable.construction", "false"));

    /**
     * Placement steps the construction may take per lesson of the problem (a step places one lesson or lessons
     * together). With 100, HungYen-secondary took 61.3 s for seeds 1–12 instead of 49.7 s: what the construction does
     * not place in 20 steps per lesson, the {@link ConflictSearch} after it mends sooner.
     */
    static final int CONSTRUCTION_STEPS_PER_LESSON = 20;

    /**
     * The search that mends what the construction left ({@link ConflictSearch}) ends after this fraction (1/n) of the
     * time limit.
     */
    static final int MENDING_SHARE_OF_TIME = 4;

    /**
     * Mixed into the seed of the day repair after the construction, so that it does not walk the same way as the one
     * of a run with the same seed whose whole formula had no answer ({@link Settings#sat()}): both start from the same
     * placement without daily minimums.
     */
    private static final long REPAIR_AFTER_CONSTRUCTION_SEED = 0x9E3779B97F4A7C15L;

    /**
     * With {@link Settings#sat()}, the SAT solver's search ends after this fraction (1/n) of the time limit, leaving the
     * rest to the local search.
     */
    static final int SAT_SHARE_OF_TIME = 2;

    /** Told each time the run finds a better placement. */
    @FunctionalInterface
    public interface Progress {
        void improved(Cost best, Duration elapsed);
    }

    /** What a run found: the best placement, its cost, how long it took, and whether it was cancelled. */
    public record Result(Placement best, Cost cost, Duration elapsed, boolean cancelled) {}

    /** How often ruin-and-recreate is picked, against 1 for each other kind of move. */
    private static final double RUIN_WEIGHT = 0.002;

    /** How often a run that waits before it begins looks whether it was cancelled meanwhile. */
    private static final long WAIT_STEP_NANOS = 5_000_000;

    /** The share of lessons a step makes tabu (not to be moved again for a while). */
    private static final double TABU_RATIO = 0.02;

    /** How many accepted moves a step weighs before taking the best of them. */
    private static final int ACCEPTED_PER_STEP = 1000;

    /**
     * How many steps back late acceptance compares with, once a placement without hard cost is found, by default, and
     * per minute of the time limit with {@link Settings#withPatientLateAcceptance()}; tuned on 60 s runs.
     */
    static final int LATE_ACCEPTANCE_STEPS_PER_MINUTE = 400;

    /**
     * Every how many steps of local search the hard monitors broken at that moment weigh one more to the search
     * ({@link Record}). Every step: every 5 steps was no better (docs/benchmarks/timetable.md).
     */
    private static final int BOOST_EVERY = 1;

    private final Problem problem;
    private final Settings settings;
    private volatile @Nullable Solver<Plan> solver;
    private volatile @Nullable FeasiblePlacement sat;
    private volatile @Nullable DayRepair repairing;
    private volatile boolean cancelled;

    public Engine(Problem problem, Settings settings) {
        this.problem = problem;
        this.settings = settings;
    }

    private Solver<Plan> buildSolver(Duration timeLimit) {
        Cost fixed = problem.fixedCost();
        TerminationConfig termination = new TerminationConfig()
                .withSpentLimit(timeLimit)
                .withBestScoreLimit(
                        HardSoftScore.of(-fixed.hard(), -fixed.soft()).toString());
        if (settings.stopWhenFeasible()) {
            termination.setBestScoreFeasible(true);
        }
        if (settings.moveLimit() > 0) {
            termination.setMoveCountLimit(settings.moveLimit());
        }
        List<Class<?>> entities = problem.choices().isEmpty()
                ? List.of(LessonStart.class)
                : List.of(LessonStart.class, ResourcePick.class);
        List<PhaseConfig<?>> phases = new ArrayList<>();
        for (Class<?> entity : entities) {
            phases.add(construction(entity));
        }
        phases.add(untilFeasible(entities));
        phases.add(softCost(entities, settings.lateAcceptanceSize()));
        SolverConfig config = new SolverConfig()
                .withSolutionClass(Plan.class)
                .withEntityClassList(entities)
                .withScoreDirectorFactory(
                        new ScoreDirectorFactoryConfig().withIncrementalScoreCalculatorClass(PlanScoreCalculator.class))
                .withEnvironmentMode(EnvironmentMode.NO_ASSERT)
                .withRandomSeed(settings.seed())
                .withTerminationConfig(termination)
                .withPhases(phases.toArray(PhaseConfig[]::new));
        return SolverFactory.<Plan>create(config).buildSolver();
    }

    /** Places the entities of one class one by one, each where it costs least (Timefold's first fit). */
    private static ConstructionHeuristicPhaseConfig construction(Class<?> entity) {
        String placing = entity.getSimpleName() + "Placer";
        EntitySelectorConfig entities = new EntitySelectorConfig(entity);
        entities.setId(placing);
        ChangeMoveSelectorConfig place = new ChangeMoveSelectorConfig()
                .withEntitySelectorConfig(EntitySelectorConfig.newMimicSelectorConfig(placing))
                .withValueSelectorConfig(new ValueSelectorConfig(variableOf(entity)));
        return new ConstructionHeuristicPhaseConfig()
                .withEntityPlacerConfig(new QueuedEntityPlacerConfig()
                        .withEntitySelectorConfig(entities)
                        .withMoveSelectorConfigs(place));
    }

    private static String variableOf(Class<?> entity) {
        return entity == LessonStart.class ? "start" : "resource";
    }

    /**
     * Tabu search until the first placement without hard cost: each step takes the best of {@link #ACCEPTED_PER_STEP}
     * accepted moves and makes the lessons it moved tabu for a while. The search steers by boosted hard cost ({@link
     * Record}): each step, every hard monitor still broken weighs one more, so that what stays broken is eventually
     * mended at the price of what is rarely broken (with plain tabu search, 5 XHSTT instances stayed infeasible at 60
     * s; with boosting, 2). Timefold's default local search, without explicit swaps, stalls on tight class–teacher
     * problems; late acceptance with these moves still left hdtt4 and GreeceHighSchool1 infeasible after 30 s
     * (docs/benchmarks/timetable.md).
     */
    private static LocalSearchPhaseConfig untilFeasible(List<Class<?>> entities) {
        return new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(moves(entities))
                .withAcceptorConfig(new LocalSearchAcceptorConfig().withEntityTabuRatio(TABU_RATIO))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(ACCEPTED_PER_STEP))
                .withTerminationConfig(new TerminationConfig().withBestScoreFeasible(true));
    }

    /**
     * Late acceptance from the first placement without hard cost, for the soft cost: a move is taken when it is no
     * worse than the placement {@link Settings#lateAcceptanceSize()} steps ago, so the search never leaves placements
     * without hard cost. With the same number of moves it ended lower than continuing tabu search on every instance
     * measured (e.g. SpainSchool 2,496 instead of 4,235). This phase draws two more kinds of move, each as often as a
     * change or a swap: two lessons of one resource swapping starts ({@link ResourceSwaps}) and Kempe chains ({@link
     * KempeChains}). Both keep the week's clashes as they are; on busy weeks almost every other move breaks a hard rule
     * (at 60 s, KosovaInstance1 1,172 without them, 230 with both; SpainSchool 2,227 and 437). In the tabu phase before
     * it, the swaps made the FET files slower to complete (docs/benchmarks/timetable.md, sessions 7 and 8).
     */
    private static LocalSearchPhaseConfig softCost(List<Class<?>> entities, int lateAcceptanceSize) {
        UnionMoveSelectorConfig moves = moves(entities);
        for (Class<? extends DrawnMoves> drawn : List.of(ResourceSwaps.class, KempeChains.class)) {
            moves.getMoveSelectorList().add(new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(drawn));
        }
        return new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(moves)
                .withAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(lateAcceptanceSize))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1));
    }

    /**
     * Three kinds of move: a lesson (or lessons that start together, {@link Together}) to another start, or a
     * resource to another candidate; two lessons swapping starts; and, rarely, ruin-and-recreate (a few lessons taken
     * out and placed again).
     */
    private static UnionMoveSelectorConfig moves(List<Class<?>> entities) {
        List<MoveSelectorConfig> moves = new ArrayList<>();
        for (Class<?> entity : entities) {
            moves.add(new ChangeMoveSelectorConfig().withEntitySelectorConfig(new EntitySelectorConfig(entity)));
            moves.add(new SwapMoveSelectorConfig().withEntitySelectorConfig(new EntitySelectorConfig(entity)));
        }
        // Ruin-and-recreate of lessons only (Timefold 2.2.0 refuses it for the second entity class: it looks for the
        // lessons' variable there), and rarely: one such move places several lessons anew, at the price of hundreds
        // of ordinary moves.
        RuinRecreateMoveSelectorConfig ruin = new RuinRecreateMoveSelectorConfig()
                .withEntitySelectorConfig(new EntitySelectorConfig(LessonStart.class));
        ruin.setFixedProbabilityWeight(RUIN_WEIGHT);
        moves.add(ruin);
        return new UnionMoveSelectorConfig(moves);
    }

    /**
     * Searches from the starting placement until the settings or {@link #cancel()} end the run: first, when the
     * settings ask for it, a SAT solver looks for a placement without hard cost ({@link FeasiblePlacement}) for up to
     * half the time limit, and when it finds none, for one that breaks only daily minimums, which {@link DayRepair}
     * mends until the time limit; the run goes on from what they find; then, when the settings ask for it, the engine's
     * own construction places what is not placed ({@link Construction}) and, when that leaves hard cost, a search
     * that moves only lessons behind it mends it for up to a quarter of the time limit ({@link ConflictSearch}), and,
     * when the settings ask for the day repair and hard cost is left, a placement that breaks only daily minimums is
     * mended by {@link DayRepair} until the time limit; then Timefold's local search goes on from there.
     */
    public Result solve(Placement from, @Nullable Progress progress) {
        long began = System.nanoTime();
        long deadline = began + settings.timeLimit().toNanos();
        long waitUntil = began
                + Math.min(settings.startAfter().toNanos(), settings.timeLimit().toNanos());
        while (!cancelled && System.nanoTime() < waitUntil) {
            LockSupport.parkNanos(WAIT_STEP_NANOS);
        }
        if (cancelled) {
            return new Result(from, from.cost(), Duration.ofNanos(System.nanoTime() - began), true);
        }
        if (settings.sat() && !from.allPlaced()) {
            Optional<Placement> found = satisfied(began + settings.timeLimit().toNanos() / SAT_SHARE_OF_TIME);
            if (found.isEmpty()) {
                found = repairedFromRelaxed(deadline, settings.seed());
            }
            if (found.isPresent()) {
                Cost cost = found.get().cost();
                if (progress != null) {
                    progress.improved(cost, Duration.ofNanos(System.nanoTime() - began));
                }
                if (cost.equals(problem.fixedCost()) || (settings.stopWhenFeasible() && cost.feasible())) {
                    return new Result(found.get(), cost, Duration.ofNanos(System.nanoTime() - began), false);
                }
                from = found.get();
            }
            if (cancelled || System.nanoTime() > deadline) {
                return new Result(from, from.cost(), Duration.ofNanos(System.nanoTime() - began), cancelled);
            }
        }
        Placement start = from;
        if (settings.construction() && !from.allPlaced()) {
            start = Placement.restored(problem, from.snapshot());
            long steps = (long) CONSTRUCTION_STEPS_PER_LESSON
                    * Math.max(1, problem.lessons().size());
            Construction construction = new Construction(problem, settings.seed());
            Construction.Outcome outcome =
                    construction.build(start, steps, () -> cancelled || System.nanoTime() > deadline);
            long mendingTime = settings.timeLimit().toNanos() / MENDING_SHARE_OF_TIME;
            Duration repairAfter = settings.dayRepairAfter();
            long mendUntil = began + (repairAfter == null ? mendingTime : Math.min(mendingTime, repairAfter.toNanos()));
            long mendingSteps = new ConflictSearch(problem, settings.seed())
                    .run(start, () -> cancelled || System.nanoTime() > mendUntil);
            if (Boolean.getBoolean("ecenter.timetable.debug")) {
                System.err.println("construction " + outcome + ", " + mendingSteps + " steps mending, in "
                        + (System.nanoTime() - began) / 1_000_000 + " ms");
            }
            Cost built = start.cost();
            if (progress != null) {
                progress.improved(built, Duration.ofNanos(System.nanoTime() - began));
            }
            if (repairAfter != null && built.hard() > problem.fixedCost().hard()) {
                Optional<Placement> repaired =
                        repairedFromRelaxed(deadline, settings.seed() ^ REPAIR_AFTER_CONSTRUCTION_SEED);
                if (repaired.isPresent() && repaired.get().cost().hard() < built.hard()) {
                    start = repaired.get();
                    built = start.cost();
                    if (progress != null) {
                        progress.improved(built, Duration.ofNanos(System.nanoTime() - began));
                    }
                }
            }
            boolean enough = built.equals(problem.fixedCost()) || (settings.stopWhenFeasible() && built.feasible());
            if (enough || cancelled || System.nanoTime() > deadline) {
                return new Result(start, built, Duration.ofNanos(System.nanoTime() - began), cancelled);
            }
        }
        Duration left = Duration.ofMillis(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
        Solver<Plan> built = buildSolver(left);
        solver = built;
        Record record = new Record(problem, BOOST_EVERY, progress);
        ((AbstractSolver<Plan>) built).addPhaseLifecycleListener(new PhaseLifecycleListenerAdapter<>() {
            @Override
            public void solvingStarted(SolverScope<Plan> scope) {
                // Timefold forgets an early termination when solving starts: a cancel that came between building the
                // solver and here would go unheard until the time limit.
                if (cancelled) {
                    built.terminateEarly();
                }
            }

            @Override
            public void phaseStarted(AbstractPhaseScope<Plan> phase) {
                if (phase instanceof LocalSearchPhaseScope) {
                    record.localSearchStarted();
                }
            }

            @Override
            public void stepStarted(AbstractStepScope<Plan> step) {
                record.stepStarted();
            }

            @Override
            public void stepEnded(AbstractStepScope<Plan> step) {
                record.stepEnded(step instanceof LocalSearchStepScope);
            }
        });
        if (cancelled) {
            return new Result(start, start.cost(), Duration.ofNanos(System.nanoTime() - began), true);
        }
        Plan solved = built.solve(new Plan(start, record));
        record.report();
        Placement placement = record.best();
        if (placement == null) {
            // Stopped before local search: the construction's placement, some lessons perhaps not placed yet.
            placement = solved.placement();
            if (progress != null) {
                progress.improved(placement.cost(), Duration.ofNanos(System.nanoTime() - began));
            }
        }
        return new Result(placement, placement.cost(), Duration.ofNanos(System.nanoTime() - began), cancelled);
    }

    /**
     * A placement without hard cost from the SAT solver ({@link FeasiblePlacement}) before the deadline, or empty when
     * the problem has a hard rule it does not express, there is none, the time runs out, or the run is cancelled.
     */
    private Optional<Placement> satisfied(long until) {
        Optional<FeasiblePlacement> formula = FeasiblePlacement.of(problem);
        if (formula.isEmpty() || cancelled) {
            return Optional.empty();
        }
        sat = formula.get();
        if (cancelled) {
            return Optional.empty();
        }
        return formula.get().find(until);
    }

    /**
     * When the whole formula gives no placement: one that breaks only daily minimums, from the SAT solver ({@link
     * FeasiblePlacement#withoutDailyMinimums}) within half the time left, mended by {@link DayRepair} until the
     * deadline; empty when the problem has no daily minimum, none is found, or the run is cancelled (the local search
     * then has the rest of the time).
     */
    private Optional<Placement> repairedFromRelaxed(long deadline, long seed) {
        if (cancelled || System.nanoTime() > deadline) {
            return Optional.empty();
        }
        Optional<FeasiblePlacement> relaxed = FeasiblePlacement.withoutDailyMinimums(problem);
        Optional<DayRepair> repair = DayRepair.of(problem, seed);
        if (relaxed.isEmpty() || repair.isEmpty()) {
            return Optional.empty();
        }
        sat = relaxed.get();
        repairing = repair.get();
        if (cancelled) {
            return Optional.empty();
        }
        long now = System.nanoTime();
        return relaxed.get().find(now + (deadline - now) / 2).map(start -> repair.get()
                .run(start, deadline, () -> cancelled));
    }

    /** Ends the run soon, keeping the best placement found so far. */
    public void cancel() {
        cancelled = true;
        FeasiblePlacement searching = sat;
        if (searching != null) {
            searching.stop();
        }
        DayRepair mending = repairing;
        if (mending != null) {
            mending.stop();
        }
        Solver<Plan> running = solver;
        if (running != null) {
            running.terminateEarly();
        }
    }
}
