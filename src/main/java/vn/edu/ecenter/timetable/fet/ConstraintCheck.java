package vn.edu.ecenter.timetable.fet;

import java.util.List;

/** The violations of one constraint in a timetable; none when it is respected. */
public record ConstraintCheck(FetConstraint constraint, List<Violation> violations) {

    public ConstraintCheck {
        violations = List.copyOf(violations);
    }
}
