package vn.edu.ecenter.timetable;

import java.util.List;
import vn.edu.ecenter.timetable.centre.WeekGrid;

/**
 * A version with everything its pages show: the week grid, the lessons, what the rules say about them now (broken
 * rules, hard first, named in the reader's language), and the lessons no slot was found for.
 */
public record TimetableView(
        VersionView version, WeekGrid grid, List<LessonView> lessons, List<Broken> broken, List<String> unplaced) {

    /** A rule broken somewhere in the timetable, its label and cost. */
    public record Broken(String label, boolean hard, long cost) {}

    public long hardBroken() {
        return broken.stream().filter(Broken::hard).count();
    }
}
