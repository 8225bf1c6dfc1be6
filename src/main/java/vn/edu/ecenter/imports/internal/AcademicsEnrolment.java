package vn.edu.ecenter.imports.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.edu.ecenter.academics.Academics;
import vn.edu.ecenter.academics.ClassMember;
import vn.edu.ecenter.academics.ClassView;
import vn.edu.ecenter.academics.Enrol;
import vn.edu.ecenter.platform.clock.BusinessClock;
import vn.edu.ecenter.platform.web.Rejected;

/**
 * Enrols imported learners in a class through {@link Academics#enrolAll}, from today, skipping those already in the
 * class (so that importing the same file again enrols no one twice). Learners active in another class of the year are
 * found beforehand ({@link #activeInOtherClass}) so that the importer rejects their rows instead of academics refusing
 * the whole enrolment.
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

    /**
     * Reads the class lists of the other classes of the year (a few dozen queries for a whole centre, whatever the
     * number of learners), and only when some of the learners are stored already: new learners are in no class.
     */
    @Override
    public Map<UUID, String> activeInOtherClass(UUID classId, Collection<UUID> learnerIds) {
        if (learnerIds.isEmpty()) {
            return Map.of();
        }
        ClassView target =
                academics.schoolClass(classId).orElseThrow(() -> Rejected.badRequest("imports.class.unknown"));
        Set<UUID> wanted = Set.copyOf(learnerIds);
        Map<UUID, String> elsewhere = new HashMap<>();
        for (ClassView other : academics.classes(target.schoolYearId())) {
            if (other.id().equals(classId) || other.learners() == 0) {
                continue;
            }
            for (ClassMember member : academics.classList(other.id())) {
                if (wanted.contains(member.learnerId())) {
                    elsewhere.put(member.learnerId(), other.name());
                }
            }
        }
        return elsewhere;
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
