package vn.edu.ecenter.imports.internal;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/** Enrols imported learners in a class (the academics module's enrolment), in the import's transaction. */
interface ClassEnrolment {

    /** Refuses (with a {@code Rejected}) a class that is not one of the centre's. */
    void checkClass(UUID classId);

    /**
     * Those of the learners who are active in another class of the class's school year, each with that class's name: a
     * learner studies in one class of a year at a time, so their rows are rejected (a transfer is made from the
     * learner's record, not by an import).
     */
    Map<UUID, String> activeInOtherClass(UUID classId, Collection<UUID> learnerIds);

    /** Enrols those of the learners not enrolled in the class yet; returns how many were enrolled. */
    int enrol(UUID classId, Collection<UUID> learnerIds);
}
