package vn.edu.ecenter.academics;

import java.util.List;

/**
 * What the class page shows, read at once: the class, its learners as {@link Academics#classList} shows them to the
 * reader, its teaching assignments and whether the reader is its homeroom teacher.
 *
 * @param homeroom whether the reader is the class's homeroom teacher (GVCN); always false for the director and clerks,
 *     who may do whatever the homeroom teacher may, so it is not looked up for them
 */
public record ClassPage(
        ClassView schoolClass, List<ClassMember> members, List<AssignmentView> assignments, boolean homeroom) {

    public ClassPage {
        members = List.copyOf(members);
        assignments = List.copyOf(assignments);
    }
}
