package vn.edu.ecenter.timetable.engine;

import ai.timefold.solver.core.api.score.HardSoftScore;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.RuinRecreateMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.score.director.ScoreDirectorFactoryConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;
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
     */
    public record Settings(Duration timeLimit, long seed, long moveLimit) {

        public static Settings forSeconds(long seconds, long seed) {
            return new Settings(Duration.ofSeconds(seconds), seed, 0);
        }
    }

    /** Told each time the run finds a better placement. */
    @FunctionalInterface
    public interface Progress {
        void improved(Cost best, Duration elapsed);
    }

    /** What a run found: the best placement, its cost, how long it took, and whether it was cancelled. */
    public record Result(Placement best, Cost cost, Duration elapsed, boolean cancelled) {}

    private final Solver<Plan> solver;
    private volatile boolean cancelled;

    public Engine(Problem problem, Settings settings) {
        Cost fixed = problem.fixedCost();
        TerminationConfig termination = new TerminationConfig()
                .withSpentLimit(settings.timeLimit())
                .withBestScoreLimit(
                        HardSoftScore.of(-fixed.hard(), -fixed.soft()).toString());
        if (settings.moveLimit() > 0) {
            termination.setMoveCountLimit(settings.moveLimit());
        }
        SolverConfig config = new SolverConfig()
                .withSolutionClass(Plan.class)
                .withEntityClasses(
                        problem.choices().isEmpty()
                                ? new Class<?>[] {LessonStart.class}
                                : new Class<?>[] {LessonStart.class, ResourcePick.class})
                .withScoreDirectorFactory(
                        new ScoreDirectorFactoryConfig().withIncrementalScoreCalculatorClass(PlanScoreCalculator.class))
                .withEnvironmentMode(EnvironmentMode.NO_ASSERT)
                .withRandomSeed(settings.seed())
                .withTerminationConfig(termination)
                .withPhases(new ConstructionHeuristicPhaseConfig(), localSearch());
        this.solver = SolverFactory.<Plan>create(config).buildSolver();
    }

    /**
     * Late acceptance over three kinds of move: a lesson to another start (or a resource to another candidate), two
     * lessons swapping starts, and ruin-and-recreate (a few lessons taken out and placed again). Timefold's default
     * local search, without explicit swaps, stalls on tight class–teacher problems that these moves solve in well under a
     * second (measured on the engine's tests; the benchmark in docs/benchmarks/timetable.md decides further tuning).
     */
    private static LocalSearchPhaseConfig localSearch() {
        return new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(new UnionMoveSelectorConfig()
                        .withMoveSelectors(
                                new ChangeMoveSelectorConfig(),
                                new SwapMoveSelectorConfig(),
                                new RuinRecreateMoveSelectorConfig()));
    }

    /** Searches from the starting placement until the settings or {@link #cancel()} end the run. */
    public Result solve(Placement from, @Nullable Progress progress) {
        long began = System.nanoTime();
        if (progress != null) {
            solver.addEventListener(event -> progress.improved(
                    toCost((HardSoftScore) event.getNewBestScore()), Duration.ofMillis(event.getTimeMillisSpent())));
        }
        Plan best = solver.solve(new Plan(from));
        Placement placement = best.placement();
        return new Result(placement, placement.cost(), Duration.ofNanos(System.nanoTime() - began), cancelled);
    }

    /** Ends the run soon, keeping the best placement found so far. */
    public void cancel() {
        cancelled = true;
        solver.terminateEarly();
    }

    private static Cost toCost(HardSoftScore score) {
        return new Cost(-score.hardScore(), -score.softScore());
    }
}
