package vn.edu.ecenter.timetable.centre;

import java.util.List;

/**
 * The data asks for what no timetable can give (a teacher with more periods than free slots, a class with more
 * periods than its session has, a room kind no room has …): solving is refused, with every reason found, worded for
 * the person who entered the data.
 */
public final class ImpossibleDemand extends RuntimeException {

    private final List<String> reasons;

    public ImpossibleDemand(List<String> reasons) {
        super(String.join("; ", reasons));
        this.reasons = List.copyOf(reasons);
    }

    public List<String> reasons() {
        return reasons;
    }
}
