package vn.edu.ecenter.timetable.engine;

import java.util.Comparator;

/** A rule broken at one point of the timetable, and what it costs there. */
public record Violation(Monitor monitor, long cost) {

    static final Comparator<Violation> WORST_FIRST = Comparator.comparing((Violation v) -> !v.hard())
            .thenComparing(Comparator.comparingLong(Violation::cost).reversed());

    public boolean hard() {
        return monitor.penalty().hard();
    }

    public String label() {
        return monitor.label();
    }
}
