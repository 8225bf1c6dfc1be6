package vn.edu.ecenter.timetable.engine;

/** How a monitor's deviation becomes cost, as in XHSTT: proportional, squared, or a flat amount once deviating. */
public enum CostFunction {
    LINEAR,
    QUADRATIC,
    STEP;

    /** The cost of a deviation under this function with the given weight; no deviation costs nothing. */
    public long cost(long weight, long deviation) {
        if (deviation <= 0) {
            return 0;
        }
        return switch (this) {
            case LINEAR -> weight * deviation;
            case QUADRATIC -> weight * deviation * deviation;
            case STEP -> weight;
        };
    }
}
