package vn.edu.ecenter.timetable.fet;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What {@link FetChecker} found: how many active activities are placed, and each active, supported constraint's
 * violations. Hard violations are those of weight 100 %, which FET does not accept in a timetable; soft conflicts
 * add amount x weight/100 over the others, as FET's "total soft conflicts" does.
 */
public record CheckResult(int placed, int activeActivities, List<ConstraintCheck> checks) {

    public CheckResult {
        checks = List.copyOf(checks);
    }

    public Stream<Violation> violations() {
        return checks.stream().flatMap(c -> c.violations().stream());
    }

    public long hardViolations() {
        return violations().filter(v -> v.weight().isHard()).count();
    }

    public double softConflicts() {
        return violations()
                .filter(v -> !v.weight().isHard())
                .mapToDouble(Violation::conflicts)
                .sum();
    }

    /** True when every active activity is placed and no compulsory constraint is broken: FET's "complete". */
    public boolean complete() {
        return placed == activeActivities && hardViolations() == 0;
    }

    /** One line for the command line: "placed=230/230 hard_violations=0 soft_conflicts=1.9". */
    public String summary() {
        return "placed=%d/%d hard_violations=%d soft_conflicts=%s"
                .formatted(
                        placed,
                        activeActivities,
                        hardViolations(),
                        String.format(Locale.ROOT, "%.2f", softConflicts()).replaceAll("\\.?0+$", ""));
    }
}
