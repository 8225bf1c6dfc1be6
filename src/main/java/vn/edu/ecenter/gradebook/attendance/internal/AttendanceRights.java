package vn.edu.ecenter.gradebook.attendance.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.edu.ecenter.academics.Academics;
import vn.edu.ecenter.people.LearnerSummary;
import vn.edu.ecenter.people.People;
import vn.edu.ecenter.platform.security.CurrentUser;

/**
 * Who may record and read attendance: the director, the homeroom teacher and the teachers of a class record it; they
 * and the clerks read it (the system administrator too, when acting in the centre); a learner and a guardian read
 * their own (their children's) days absent.
 */
@Component
class AttendanceRights {

    private final Academics academics;
    private final People people;
    private final AttendanceRecords records;

    AttendanceRights(Academics academics, People people, AttendanceRecords records) {
        this.academics = academics;
        this.people = people;
        this.records = records;
    }

    /** Reads every class of the centre. */
    boolean manager() {
        return CurrentUser.hasRole("DIRECTOR") || CurrentUser.hasRole("CLERK") || CurrentUser.isSystemAdmin();
    }

    /** The director, the homeroom teacher and the teachers of the class record its attendance. */
    boolean mayRecord(UUID classId) {
        return CurrentUser.hasRole("DIRECTOR") || teachesClass(classId);
    }

    void checkMayRecord(UUID classId) {
        if (!mayRecord(classId)) {
            throw new AccessDeniedException("Not the director, the homeroom teacher nor a teacher of class " + classId);
        }
    }

    /** Those who record, the director and the clerks read; returns whether the user may also record. */
    boolean checkMayRead(UUID classId) {
        boolean mayRecord = mayRecord(classId);
        if (!mayRecord && !manager()) {
            throw new AccessDeniedException("May not read the attendance of class " + classId);
        }
        return mayRecord;
    }

    /** Managers, the learner, the learner's guardians and the teachers of the learner's classes of the year. */
    void checkMayReadLearner(UUID learnerId, UUID schoolYearId) {
        if (manager()) {
            return;
        }
        boolean own = (CurrentUser.hasRole("LEARNER") || CurrentUser.hasRole("GUARDIAN"))
                && ownLearners().stream().anyMatch(learner -> learner.id().equals(learnerId));
        boolean teaches = CurrentUser.hasRole("TEACHER")
                && records.classesOf(learnerId, schoolYearId).stream().anyMatch(this::teachesClass);
        if (!own && !teaches) {
            throw new AccessDeniedException("Not a teacher of the learner " + learnerId);
        }
    }

    /** The signed-in learner, or a guardian's children. */
    List<LearnerSummary> ownLearners() {
        return people.ownLearners();
    }

    private boolean teachesClass(UUID classId) {
        return CurrentUser.hasRole("TEACHER")
                && (academics.isHomeroomTeacher(classId) || academics.teaches(classId, null));
    }
}
