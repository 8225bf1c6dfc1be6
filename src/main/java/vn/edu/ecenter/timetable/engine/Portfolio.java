package vn.edu.ecenter.timetable.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;

/**
 * Several engine runs on the same problem at once, one thread each (e.g. one with the engine's own construction, one
 * without: each solves files the other does not, see docs/benchmarks/timetable.md), ending together: as soon as one
 * finds what its settings stop at (with {@link Engine.Settings#stopWhenFeasible()}, a placement without hard cost), the
 * others are cancelled. The result is the best of all runs; the time is the portfolio's own.
 */
public final class Portfolio {

    private Portfolio() {}

    public static Engine.Result solve(
            Problem problem, List<Engine.Settings> runs, Placement from, Engine.@Nullable Progress progress) {
        long began = System.nanoTime();
        List<Engine> engines = runs.stream().map(s -> new Engine(problem, s)).toList();
        Engine.Progress best = bestOnly(progress, began);
        List<Callable<Engine.Result>> tasks = new ArrayList<>();
        for (int i = 0; i < engines.size(); i++) {
            Engine engine = engines.get(i);
            Engine.Settings settings = runs.get(i);
            Placement own = Placement.restored(problem, from.snapshot());
            tasks.add(() -> {
                Engine.Result result = engine.solve(own, best);
                if (reachedItsGoal(problem, settings, result)) {
                    engines.forEach(Engine::cancel);
                }
                return result;
            });
        }
        List<Engine.Result> results = allAtOnce(tasks);
        Engine.Result winner =
                results.stream().min(Comparator.comparing(Engine.Result::cost)).orElseThrow();
        return new Engine.Result(
                winner.best(),
                winner.cost(),
                Duration.ofNanos(System.nanoTime() - began),
                results.stream().allMatch(Engine.Result::cancelled));
    }

    /** Runs the tasks at once, one thread each, and answers what each answered, in order. */
    public static <T> List<T> allAtOnce(List<Callable<T>> tasks) {
        List<Future<T>> futures = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(tasks.size())) {
            tasks.forEach(task -> futures.add(threads.submit(task)));
        }
        return futures.stream().map(Portfolio::joined).toList();
    }

    private static boolean reachedItsGoal(Problem problem, Engine.Settings settings, Engine.Result result) {
        return !result.cancelled()
                && (result.cost().equals(problem.fixedCost())
                        || (settings.stopWhenFeasible() && result.cost().feasible()));
    }

    /** What a run on another thread answered, its failure rethrown with a Vietnamese message. */
    private static <T> T joined(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Bị ngắt khi đang xếp thời khóa biểu", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Một lượt xếp thời khóa biểu bị lỗi: " + e.getCause(), e.getCause());
        }
    }

    /**
     * Progress for several runs at once: passes on only what beats everything passed on so far, with the time since
     * {@code began} (a {@link System#nanoTime()}); safe to call from several threads.
     */
    public static Engine.Progress bestOnly(Engine.@Nullable Progress progress, long began) {
        return new Best(progress, began);
    }

    private static final class Best implements Engine.Progress {

        private final Engine.@Nullable Progress progress;
        private final long began;
        private @Nullable Cost best;

        Best(Engine.@Nullable Progress progress, long began) {
            this.progress = progress;
            this.began = began;
        }

        @Override
        public synchronized void improved(Cost cost, Duration elapsed) {
            if (best == null || cost.compareTo(best) < 0) {
                best = cost;
                if (progress != null) {
                    progress.improved(cost, Duration.ofNanos(System.nanoTime() - began));
                }
            }
        }
    }
}
