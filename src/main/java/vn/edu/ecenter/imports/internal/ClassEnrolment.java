package vn.edu.ecenter.imports.internal;

import java.util.Collection;
import java.util.UUID;

/** Enrols imported learners in a class (the academics module's enrolment), in the import's transaction. */
interface ClassEnrolment {

    /** Refuses (with a {@code Rejected}) a class that is not one of the centre's. */
    void checkClass(UUID classId);

    /** Enrols those of the learners not enrolled in the class yet; returns how many were enrolled. */
    int enrol(UUID classId, Collection<UUID> learnerIds);
}
