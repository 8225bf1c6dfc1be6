package vn.edu.ecenter.timetable.engine;

/**
 * The cost of a placement: hard cost (infeasibility; a timetable is usable only at 0) and soft cost (the objective),
 * compared hard first.
 */
public record Cost(long hard, long soft) implements Comparable<Cost> {

    public static final Cost ZERO = new Cost(0, 0);

    public Cost plus(Cost other) {
        return new Cost(hard + other.hard, soft + other.soft);
    }

    public boolean feasible() {
        return hard == 0;
    }

    @Override
    public int compareTo(Cost other) {
        int byHard = Long.compare(hard, other.hard);
        return byHard != 0 ? byHard : Long.compare(soft, other.soft);
    }
}
