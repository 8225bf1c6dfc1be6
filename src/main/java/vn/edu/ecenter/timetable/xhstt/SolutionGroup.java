package vn.edu.ecenter.timetable.xhstt;

import java.util.List;

/** Solutions produced by one solver run or one contributor, with who made them and how. */
public record SolutionGroup(String id, Metadata metadata, List<Solution> solutions) {

    public SolutionGroup {
        solutions = List.copyOf(solutions);
    }

    /** The group's {@code <MetaData>}. */
    public record Metadata(String contributor, String date, String description) {}
}
