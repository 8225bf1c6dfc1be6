package vn.edu.ecenter.timetable.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.edu.ecenter.timetable.fet.FetProblem;
import vn.edu.ecenter.timetable.fet.FetReader;
import vn.edu.ecenter.timetable.xhstt.XhsttProblem;
import vn.edu.ecenter.timetable.xhstt.XhsttReader;

/**
 * The engine's own construction and the search that mends what it leaves ({@link ConflictSearch}) alone, one seed
 * after another in one warm JVM, as {@link Engine} runs them (the same steps per lesson) but with the mending going on
 * until the time limit: how long each seed takes to a timetable without hard cost, or the hard cost left. Run by
 * bench/timetable-construction.sh, which compiles it next to target/classes (it reads the engine's package-private
 * parts). Not a test.
 *
 * <p>Arguments: a .fet or XHSTT .xml file, the first seed, the number of seeds, the limit per seed in milliseconds.
 * Prints one line per seed and a last line with the sum and the median time of the seeds that completed.
 */
public final class ConstructionSeeds {

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        long firstSeed = Long.parseLong(args[1]);
        int seeds = Integer.parseInt(args[2]);
        long limitNanos = Long.parseLong(args[3]) * 1_000_000L;
        Problem problem = file.toString().endsWith(".fet")
                ? FetProblem.of(FetReader.read(file)).problem()
                : XhsttProblem.of(XhsttReader.readInstances(file).getFirst()).problem();
        long steps = (long) Engine.CONSTRUCTION_STEPS_PER_LESSON * problem.lessons().size();
        List<Long> completed = new ArrayList<>();
        long sum = 0;
        int incomplete = 0;
        for (long seed = firstSeed; seed < firstSeed + seeds; seed++) {
            long began = System.nanoTime();
            Placement placement = new Placement(problem);
            Construction construction = new Construction(problem, seed);
            Construction.Outcome built = construction.build(placement, steps, () -> false);
            long builtMillis = (System.nanoTime() - began) / 1_000_000;
            long builtHard = placement.cost().hard();
            long mending = new ConflictSearch(problem, seed)
                    .run(placement, () -> System.nanoTime() - began > limitNanos);
            long millis = (System.nanoTime() - began) / 1_000_000;
            long hard = placement.cost().hard();
            sum += millis;
            if (hard == 0) {
                completed.add(millis);
            } else {
                incomplete++;
            }
            System.out.printf(
                    "seed %d: %s %d ms (built in %d ms with hard cost %d, %d steps; %d steps mending)%s%n",
                    seed,
                    hard == 0 ? "complete in" : "hard cost " + hard + " left at",
                    millis,
                    builtMillis,
                    builtHard,
                    built.steps(),
                    mending,
                    hard == 0 ? "" : " " + hardKinds(placement));
        }
        completed.sort(null);
        System.out.printf(
                "%s: seeds %d-%d, sum %d ms, median of the complete %s ms, not complete %d%n",
                file.getFileName(),
                firstSeed,
                firstSeed + seeds - 1,
                sum,
                completed.isEmpty() ? "-" : String.valueOf(completed.get(completed.size() / 2)),
                incomplete);
    }

    /** The hard cost left, by kind of rule. */
    private static Map<String, Long> hardKinds(Placement placement) {
        Map<String, Long> kinds = new TreeMap<>();
        for (Violation violation : placement.violations()) {
            if (violation.monitor().penalty().hard()) {
                kinds.merge(violation.monitor().getClass().getSimpleName(), violation.cost(), Long::sum);
            }
        }
        return kinds;
    }
}
