package vn.edu.ecenter.timetable.fet;

import java.util.List;
import java.util.stream.Stream;

/**
 * A set of students in FET's three levels: a year (khối), its groups (lớp) and their subgroups (nhóm). The same name
 * means the same set wherever it appears, so a group may belong to two years. Activities and constraints name sets;
 * the sets without parts are the ones that cannot attend two activities at once.
 */
public record StudentsSet(String name, int numberOfStudents, String comments, List<StudentsSet> parts) {

    public StudentsSet {
        parts = List.copyOf(parts);
    }

    /** This set and all its parts, depth first. */
    public Stream<StudentsSet> withAllParts() {
        return Stream.concat(Stream.of(this), parts.stream().flatMap(StudentsSet::withAllParts));
    }
}
