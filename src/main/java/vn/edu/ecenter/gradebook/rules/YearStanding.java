package vn.edu.ecenter.gradebook.rules;

/**
 * Where a learner stands at the year's end, for the decision.
 *
 * @param learning the year's learning result, after re-tests when they were held
 * @param conduct the year's conduct result, after the summer re-assessment when it was held
 * @param daysAbsent days absent in the school year, excused and unexcused alike, counted on the plan of one session per
 *     day (late arrivals are not absences)
 * @param retested whether the re-tests have been held and {@code learning} includes them
 * @param summerTrained whether summer conduct training and its re-assessment are done and {@code conduct} includes it
 */
public record YearStanding(Rating learning, Rating conduct, int daysAbsent, boolean retested, boolean summerTrained) {

    public YearStanding {
        if (daysAbsent < 0) {
            throw new IllegalArgumentException("Days absent cannot be negative");
        }
    }

    /** The standing computed at the year's end, before any re-test or summer training. */
    public static YearStanding atYearEnd(Rating learning, Rating conduct, int daysAbsent) {
        return new YearStanding(learning, conduct, daysAbsent, false, false);
    }
}
