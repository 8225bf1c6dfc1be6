package vn.edu.ecenter.timetable.xhstt;

import java.util.List;

/** A whole XHSTT file: its instances and the solution groups recorded for them. */
public record Archive(List<Instance> instances, List<SolutionGroup> solutionGroups) {

    public Archive {
        instances = List.copyOf(instances);
        solutionGroups = List.copyOf(solutionGroups);
    }
}
