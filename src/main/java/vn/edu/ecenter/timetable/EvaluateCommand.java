package vn.edu.ecenter.timetable;

import java.io.PrintStream;
import java.util.List;
import vn.edu.ecenter.timetable.CommandLineOptions.UsageException;
import vn.edu.ecenter.timetable.xhstt.Evaluation;
import vn.edu.ecenter.timetable.xhstt.Evaluator;
import vn.edu.ecenter.timetable.xhstt.Instance;
import vn.edu.ecenter.timetable.xhstt.Solution;
import vn.edu.ecenter.timetable.xhstt.XhsttReader;

/**
 * {@code timetable evaluate --xhstt IN.xml --solution OUT.xml}: the cost of a solution stored in a file. The only
 * code outside the XHSTT reader that reads stored solutions (an architecture test holds every solving path to that):
 * the solver is given instances only.
 */
final class EvaluateCommand {

    private EvaluateCommand() {}

    static int run(CommandLineOptions options, PrintStream out, PrintStream err) {
        Instance instance = options.xhsttInstance("xhstt");
        List<Solution> solutions = XhsttReader.readArchive(options.inputFile("solution")).solutionGroups().stream()
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
        return TimetableCommandLine.DONE;
    }
}
