package vn.edu.ecenter.timetable;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.slf4j.LoggerFactory;
import vn.edu.ecenter.timetable.CommandLineOptions.UsageException;
import vn.edu.ecenter.timetable.engine.Cost;
import vn.edu.ecenter.timetable.engine.Engine;
import vn.edu.ecenter.timetable.engine.Placement;
import vn.edu.ecenter.timetable.xhstt.Archive;
import vn.edu.ecenter.timetable.xhstt.Evaluation;
import vn.edu.ecenter.timetable.xhstt.Evaluator;
import vn.edu.ecenter.timetable.xhstt.Instance;
import vn.edu.ecenter.timetable.xhstt.Solution;
import vn.edu.ecenter.timetable.xhstt.SolutionGroup;
import vn.edu.ecenter.timetable.xhstt.XhsttFormatException;
import vn.edu.ecenter.timetable.xhstt.XhsttProblem;
import vn.edu.ecenter.timetable.xhstt.XhsttReader;
import vn.edu.ecenter.timetable.xhstt.XhsttWriter;

/**
 * {@code java -jar ecenter.jar timetable …}: the timetable engine on files, without the application or its database.
 *
 * <pre>
 * timetable solve --xhstt IN.xml --out OUT.xml --seconds N [--seed S]
 * timetable evaluate --xhstt IN.xml --solution OUT.xml
 * </pre>
 *
 * Progress goes to standard error; the result's last line to standard output. Exit codes: 0 done, 1 bad input file, 2
 * bad command line.
 */
public final class TimetableCommandLine {

    static final int DONE = 0;
    static final int BAD_INPUT = 1;
    static final int USAGE = 2;

    private static final String HELP = """
            Cách dùng:
              timetable solve --xhstt IN.xml --out OUT.xml --seconds N [--seed S]
              timetable evaluate --xhstt IN.xml --solution OUT.xml""";

    private final PrintStream out;
    private final PrintStream err;

    TimetableCommandLine(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Whether the program arguments name this command. */
    public static boolean handles(String[] args) {
        return args.length > 0 && args[0].equals("timetable");
    }

    /** Runs the command named by the arguments ({@code timetable} first) and returns the exit code. */
    public static int run(String[] args) {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        return new TimetableCommandLine(System.out, System.err)
                .run(Arrays.asList(args).subList(1, args.length));
    }

    int run(List<String> args) {
        try {
            if (args.isEmpty()) {
                throw new UsageException("Thiếu lệnh (solve hoặc evaluate).");
            }
            List<String> options = args.subList(1, args.size());
            return switch (args.getFirst()) {
                case "solve" -> solve(CommandLineOptions.parse(options, Set.of("xhstt", "out", "seconds", "seed")));
                case "evaluate" -> evaluate(CommandLineOptions.parse(options, Set.of("xhstt", "solution")));
                default -> throw new UsageException("Lệnh không được hỗ trợ: " + args.getFirst() + ".");
            };
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.println(HELP);
            return USAGE;
        } catch (XhsttFormatException | UncheckedIOException e) {
            err.println("Lỗi: " + e.getMessage());
            return BAD_INPUT;
        }
    }

    private int solve(CommandLineOptions options) {
        Instance instance = onlyInstance(XhsttReader.readInstances(options.inputFile("xhstt")), options.text("xhstt"));
        long seconds = options.number("seconds", 1, 86_400, null);
        long seed = options.number("seed", Long.MIN_VALUE, Long.MAX_VALUE, 0L);
        XhsttProblem problem = XhsttProblem.of(instance);
        err.println("Xếp " + problem.problem().lessons().size() + " tiết học của " + instance.id() + ", tối đa "
                + seconds + " giây, hạt giống " + seed + ".");
        Engine.Result result = new Engine(problem.problem(), Engine.Settings.forSeconds(seconds, seed))
                .solve(new Placement(problem.problem()), new ProgressLine(err));
        Solution solution = problem.solution(result.best());
        XhsttWriter.write(
                instance,
                new SolutionGroup(
                        "eCenter",
                        new SolutionGroup.Metadata(
                                "eCenter",
                                LocalDate.now().toString(),
                                "eCenter timetable engine (Timefold Solver), " + seconds + " s, seed " + seed),
                        List.of(solution)),
                options.path("out"));
        Evaluation evaluation = new Evaluator(instance).evaluate(solution);
        out.printf(
                "infeasibility=%d objective=%d seconds=%.1f%n",
                evaluation.infeasibility(),
                evaluation.objective(),
                result.elapsed().toMillis() / 1000.0);
        return DONE;
    }

    private int evaluate(CommandLineOptions options) {
        Instance instance = onlyInstance(XhsttReader.readInstances(options.inputFile("xhstt")), options.text("xhstt"));
        Archive archive = XhsttReader.readArchive(options.inputFile("solution"));
        List<Solution> solutions = archive.solutionGroups().stream()
                .flatMap(g -> g.solutions().stream())
                .filter(s -> s.instanceId().equals(instance.id()))
                .toList();
        if (solutions.isEmpty()) {
            throw new UsageException(
                    "Tệp " + options.text("solution") + " không có lời giải nào cho " + instance.id() + ".");
        }
        if (solutions.size() > 1) {
            err.println(
                    "Tệp có " + solutions.size() + " lời giải cho " + instance.id() + "; đánh giá lời giải đầu tiên.");
        }
        Evaluation evaluation = new Evaluator(instance).evaluate(solutions.getFirst());
        for (Evaluation.ConstraintCost cost : evaluation.constraints()) {
            if (cost.cost() > 0) {
                out.printf("%s %s: %d%n", cost.required() ? "cứng" : "mềm", cost.constraintId(), cost.cost());
            }
        }
        out.printf("infeasibility=%d objective=%d%n", evaluation.infeasibility(), evaluation.objective());
        return DONE;
    }

    private static Instance onlyInstance(List<Instance> instances, String file) {
        if (instances.isEmpty()) {
            throw new UsageException("Tệp " + file + " không có bài toán (Instance) nào.");
        }
        return instances.getFirst();
    }

    /** Prints the best cost so far to standard error, at most once a second. */
    private static final class ProgressLine implements Engine.Progress {

        private final PrintStream err;
        private long lastPrinted = -1_000;

        ProgressLine(PrintStream err) {
            this.err = err;
        }

        @Override
        public void improved(Cost best, Duration elapsed) {
            if (elapsed.toMillis() - lastPrinted >= 1_000 || best.hard() == 0 && best.soft() == 0) {
                lastPrinted = elapsed.toMillis();
                err.printf(
                        "  %6.1f s  vi phạm cứng %d, mềm %d%n", elapsed.toMillis() / 1000.0, best.hard(), best.soft());
            }
        }
    }
}
