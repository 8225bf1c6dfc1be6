package vn.edu.ecenter.timetable;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.slf4j.LoggerFactory;
import vn.edu.ecenter.timetable.CommandLineOptions.UsageException;
import vn.edu.ecenter.timetable.centre.CentreProblem;
import vn.edu.ecenter.timetable.centre.GeneratedCentre;
import vn.edu.ecenter.timetable.centre.ImpossibleDemand;
import vn.edu.ecenter.timetable.centre.Wording;
import vn.edu.ecenter.timetable.engine.Cost;
import vn.edu.ecenter.timetable.engine.Engine;
import vn.edu.ecenter.timetable.engine.Placement;
import vn.edu.ecenter.timetable.engine.Portfolio;
import vn.edu.ecenter.timetable.engine.Problem;
import vn.edu.ecenter.timetable.engine.Violation;
import vn.edu.ecenter.timetable.fet.CheckResult;
import vn.edu.ecenter.timetable.fet.FetChecker;
import vn.edu.ecenter.timetable.fet.FetDocument;
import vn.edu.ecenter.timetable.fet.FetFormatException;
import vn.edu.ecenter.timetable.fet.FetProblem;
import vn.edu.ecenter.timetable.fet.FetReader;
import vn.edu.ecenter.timetable.fet.FetWriter;
import vn.edu.ecenter.timetable.fet.Timetable;
import vn.edu.ecenter.timetable.xhstt.Evaluation;
import vn.edu.ecenter.timetable.xhstt.Evaluator;
import vn.edu.ecenter.timetable.xhstt.Instance;
import vn.edu.ecenter.timetable.xhstt.Solution;
import vn.edu.ecenter.timetable.xhstt.XhsttFormatException;
import vn.edu.ecenter.timetable.xhstt.XhsttProblem;
import vn.edu.ecenter.timetable.xhstt.XhsttSearch;
import vn.edu.ecenter.timetable.xhstt.XhsttWriter;

/**
 * {@code java -jar ecenter.jar timetable …}: the timetable engine on files, without the application or its database.
 *
 * <pre>
 * timetable solve --xhstt IN.xml --out OUT.xml --seconds N [--seed S]
 * timetable solve --fet IN.fet --out DIR --seconds N [--seed S]
 * timetable solve --generated-centre DATA-SEED --seconds N [--seed S]
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
              timetable solve --fet IN.fet --out THƯ-MỤC --seconds N [--seed S]
              timetable solve --generated-centre HẠT-GIỐNG-DỮ-LIỆU --seconds N [--seed S]
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
                case "solve" ->
                    solve(CommandLineOptions.parse(
                            options, Set.of("xhstt", "fet", "generated-centre", "out", "seconds", "seed")));
                case "evaluate" ->
                    EvaluateCommand.run(CommandLineOptions.parse(options, Set.of("xhstt", "solution")), out, err);
                default -> throw new UsageException("Lệnh không được hỗ trợ: " + args.getFirst() + ".");
            };
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.println(HELP);
            return USAGE;
        } catch (XhsttFormatException | FetFormatException | UncheckedIOException e) {
            err.println("Lỗi: " + e.getMessage());
            return BAD_INPUT;
        } catch (ImpossibleDemand e) {
            e.reasons().forEach(reason -> err.println("Không thể xếp: " + reason));
            return BAD_INPUT;
        }
    }

    private int solve(CommandLineOptions options) {
        int inputs = (options.has("xhstt") ? 1 : 0)
                + (options.has("fet") ? 1 : 0)
                + (options.has("generated-centre") ? 1 : 0);
        if (inputs != 1) {
            throw new UsageException("Cần đúng một trong các tùy chọn --xhstt, --fet hoặc --generated-centre.");
        }
        long seconds = options.number("seconds", 1, 86_400, null);
        long seed = options.number("seed", Long.MIN_VALUE, Long.MAX_VALUE, 0L);
        if (options.has("generated-centre")) {
            return solveGeneratedCentre(options.number("generated-centre", 0, Long.MAX_VALUE, null), seconds, seed);
        }
        return options.has("xhstt") ? solveXhstt(options, seconds, seed) : solveFet(options, seconds, seed);
    }

    /**
     * Solves the demo-size centre generated from the data seed until its first timetable without a hard violation (or
     * the time limit), and prints what the benchmark reads: lessons placed, hard violations left, soft cost, seconds.
     */
    private int solveGeneratedCentre(long dataSeed, long seconds, long seed) {
        CentreProblem problem = CentreProblem.of(GeneratedCentre.demoSize(dataSeed), Wording.vietnamese());
        Problem engineProblem = problem.problem();
        err.println("Xếp " + engineProblem.lessons().size() + " tiết học của trung tâm sinh từ hạt giống " + dataSeed
                + ", tối đa " + seconds + " giây, hạt giống " + seed + ".");
        Engine.Result result = solve(engineProblem, Engine.Settings.untilFeasible(seconds, seed));
        long placed = engineProblem.lessons().stream()
                .filter(l -> result.best().start(l.index()) >= 0)
                .count();
        result.best().violations().stream()
                .filter(Violation::hard)
                .forEach(v -> out.println("vi phạm bắt buộc: " + v.label()));
        out.printf(
                "placed=%d/%d hard_violations=%d soft=%d seconds=%.1f%n",
                placed,
                engineProblem.lessons().size(),
                result.cost().hard(),
                result.cost().soft(),
                result.elapsed().toMillis() / 1000.0);
        return DONE;
    }

    private int solveXhstt(CommandLineOptions options, long seconds, long seed) {
        Instance instance = options.xhsttInstance("xhstt");
        XhsttProblem problem = XhsttProblem.of(instance).fitted();
        err.println("Xếp " + problem.problem().lessons().size() + " tiết học của " + instance.id() + ", tối đa "
                + seconds + " giây, hạt giống " + seed + ".");
        if (problem.addedLessons() > 0) {
            err.println("Đã tách thêm " + problem.addedLessons() + " tiết trước khi xếp: với cách tách rẻ nhất, tiết"
                    + " dài của một số lớp hoặc giáo viên không vừa các buổi rảnh của họ.");
        }
        XhsttSearch.Outcome result =
                XhsttSearch.solveBoth(problem, Engine.Settings.forSeconds(seconds, seed), new ProgressLine(err));
        if (result.loosenings() > 0) {
            err.println("Lời giải tốt nhất có " + result.loosenings()
                    + " lần tách thêm tiết (khi tìm kiếm dừng lại ở vi phạm bắt buộc, ADR 0019).");
        }
        if (result.satSplit()) {
            err.println("Cách tách tiết của lời giải tốt nhất do bộ giải SAT chọn, khi tìm kiếm dừng lại ở vi phạm bắt"
                    + " buộc (ADR 0021).");
        }
        Solution solution = result.solution();
        XhsttWriter.writeOwnSolution(
                instance,
                solution,
                "eCenter timetable engine (Timefold Solver), " + seconds + " s, seed " + seed,
                options.path("out"));
        Evaluation evaluation = new Evaluator(instance).evaluate(solution);
        out.printf(
                "infeasibility=%d objective=%d seconds=%.1f%n",
                evaluation.infeasibility(),
                evaluation.objective(),
                result.elapsed().toMillis() / 1000.0);
        return DONE;
    }

    /**
     * How long the local search waits on a FET file while the construction runs alone: DucHop and HungYen complete
     * sooner (seeds 1-3: 2.0, 0.7, 0.6 s → 1.4, 0.4, 0.3 s and 7.2, 5.1, 3.1 s → 6.0, 4.9, 2.7 s), Khoi-chieu, which
     * the local search completes after a minute or more, hardly notices.
     */
    static final Duration LOCAL_SEARCH_WAITS = Duration.ofSeconds(3);

    /**
     * How long the construction's mending may go on on a FET file before the day repair takes over (ADR 0023). The
     * mending completes HungYen and DucHop within about two seconds (the second run's SAT solver completes them within
     * about five anyway); on LeQuiDon Khoi-sang it stalls at 3-5 hard cost, and the day repair then has nearly the
     * whole time limit instead of the second run's second half.
     */
    static final Duration MENDING_BEFORE_REPAIR = Duration.ofSeconds(5);

    /**
     * Solves a FET file until its first complete timetable (as FET does) or the time limit; writes {@code
     * <name>_data_and_timetable.fet} into the output folder (the data with the timetable as locked starting times, as
     * FET saves it) and checks the timetable with FET's rules.
     */
    private int solveFet(CommandLineOptions options, long seconds, long seed) {
        Path input = options.inputFile("fet");
        FetDocument document = FetReader.read(input);
        FetProblem problem = FetProblem.of(document);
        err.println("Xếp " + problem.problem().lessons().size() + " hoạt động của " + input.getFileName() + ", tối đa "
                + seconds + " giây, hạt giống " + seed + ".");
        // Both cores: the own construction with its mending completes HungYen and DucHop within seconds, and where it
        // stalls (LeQuiDon Khoi-sang) the day repair mends a SAT placement that breaks only daily minimums; the SAT
        // solver's whole formula completes LeQuiDon Khoi-chieu (docs/benchmarks/timetable.md, ADRs 0022 and 0023). The
        // first complete timetable ends both. The second run begins a little later, so that the construction has the
        // JIT and the second core first.
        Engine.Settings settings = Engine.Settings.untilFeasible(seconds, seed);
        Engine.Result result = Portfolio.solve(
                problem.problem(),
                List.of(
                        settings.withConstruction(true).withDayRepairAfter(MENDING_BEFORE_REPAIR),
                        settings.withConstruction(false).withSat(true).withStartAfter(LOCAL_SEARCH_WAITS)),
                new Placement(problem.problem()),
                new ProgressLine(err));
        Timetable timetable = problem.timetable(result.best());
        String name = input.getFileName().toString().replaceFirst("\\.fet$", "");
        Path folder = options.path("out");
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Không tạo được thư mục " + folder, e);
        }
        FetWriter.write(FetWriter.withTimetable(document, timetable), folder.resolve(name + "_data_and_timetable.fet"));
        CheckResult check = FetChecker.check(document, timetable);
        check.violations()
                .filter(v -> v.weight().isHard())
                .forEach(v -> out.println("vi phạm bắt buộc: " + v.description()));
        out.printf(
                "placed=%d/%d hard_violations=%d seconds=%.1f%n",
                check.placed(),
                check.activeActivities(),
                check.hardViolations(),
                result.elapsed().toMillis() / 1000.0);
        return DONE;
    }

    private Engine.Result solve(Problem problem, Engine.Settings settings) {
        return new Engine(problem, settings).solve(new Placement(problem), new ProgressLine(err));
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
