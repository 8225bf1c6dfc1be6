package vn.edu.ecenter.imports.internal;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.edu.ecenter.academics.Academics;
import vn.edu.ecenter.academics.ClassMember;
import vn.edu.ecenter.academics.Enrol;
import vn.edu.ecenter.platform.clock.BusinessClock;
import vn.edu.ecenter.platform.web.Rejected;

/**
 * Enrols imported learners in a class through {@link Academics#enrolAll}, from today, skipping those already in the
 * class (so that importing the same file again enrols no one twice). A learner active in another class of the year
 * makes academics refuse the whole enrolment, and so the whole import.
 */
@Component
class AcademicsEnrolment implements ClassEnrolment {

    private final Academics academics;
    private final BusinessClock clock;

    AcademicsEnrolment(Academics academics, BusinessClock clock) {
        this.academics = academics;
        this.clock = clock;
    }

    @Override
    public void checkClass(UUID classId) {
        if (academics.schoolClass(classId).isEmpty()) {
            throw Rejected.badRequest("imports.class.unknown");
        }
    }

    @Override
    public int enrol(UUID classId, Collection<UUID> learnerIds) {
        Set<UUID> members = academics.classList(classId).stream()
                .map(ClassMember::learnerId)
                .collect(Collectors.toSet());
        List<Enrol> commands = learnerIds.stream()
                .distinct()
                .filter(id -> !members.contains(id))
                .map(id -> new Enrol(id, classId, clock.today(), null))
                .toList();
        if (!commands.isEmpty()) {
            academics.enrolAll(commands);
        }
        return commands.size();
    }
}
