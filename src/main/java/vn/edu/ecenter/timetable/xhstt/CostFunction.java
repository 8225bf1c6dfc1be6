package vn.edu.ecenter.timetable.xhstt;

/**
 * How a constraint turns the deviation at one point of application into a cost, before it is multiplied by the
 * constraint's weight.
 */
public enum CostFunction {
    /** The deviation itself. */
    LINEAR("Linear"),
    /** The square of the deviation: one large violation costs more than several small ones. */
    QUADRATIC("Quadratic"),
    /** 1 for any non-zero deviation: only whether the point is violated matters. */
    STEP("Step");

    private final String element;

    CostFunction(String element) {
        this.element = element;
    }

    /** The word used in {@code <CostFunction>}. */
    public String element() {
        return element;
    }

    /** Weighted cost of one point of application whose (total) deviation is {@code deviation}. */
    public long cost(int weight, int deviation) {
        long value =
                switch (this) {
                    case LINEAR -> deviation;
                    case QUADRATIC -> (long) deviation * deviation;
                    case STEP -> deviation > 0 ? 1 : 0;
                };
        return weight * value;
    }
}
