package vn.edu.ecenter.gradebook;

import java.util.List;
import java.util.UUID;

/**
 * A class on the "Sổ điểm" page: the subjects the signed-in user teaches there (all of the class's subjects for the
 * director) and whether they are its homeroom teacher.
 */
public record BookEntry(UUID classId, String className, int grade, boolean homeroom, List<SubjectRef> subjects) {

    public BookEntry {
        subjects = List.copyOf(subjects);
    }

    /** A subject as links name it. */
    public record SubjectRef(UUID id, String code, String name) {}
}
