package vn.edu.ecenter.timetable.fet;

/**
 * One broken part of a constraint, described in Vietnamese for the school ("Giáo viên Lan có 2 tiết trống vào Thứ 2,
 * tối đa 1"). {@code amount} is the size of the break as FET counts it (excess gaps, periods in a not-available
 * slot, days too close...), and {@code weight} is the constraint's, except where FET enforces a part whatever the
 * weight (consecutive if same day), which is then hard.
 */
public record Violation(String description, int amount, Weight weight) {

    public Violation {
        if (amount < 1) {
            throw new IllegalArgumentException("a violation breaks something: " + amount);
        }
    }

    /** FET's conflicts for this violation: amount times weight/100. */
    public double conflicts() {
        return amount * weight.percentage() / 100;
    }
}
