package vn.edu.ecenter.timetable.engine;

/**
 * What breaking a rule costs: hard (the timetable is not acceptable while it is broken) or soft (to be kept small),
 * its weight and cost function. Every rule of a timetable can be hard or soft, as the user chooses.
 */
public record Penalty(boolean hard, long weight, CostFunction function) {

    public Penalty {
        if (weight < 0) {
            throw new IllegalArgumentException("weight < 0");
        }
    }

    public static Penalty hard(long weight) {
        return new Penalty(true, weight, CostFunction.LINEAR);
    }

    public static Penalty soft(long weight) {
        return new Penalty(false, weight, CostFunction.LINEAR);
    }

    long of(long deviation) {
        return function.cost(weight, deviation);
    }
}
