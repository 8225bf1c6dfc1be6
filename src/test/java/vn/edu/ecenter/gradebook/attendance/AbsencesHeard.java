package vn.edu.ecenter.gradebook.attendance;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Listens to {@link LearnerMarkedAbsent} the way a notifications module would, and remembers what it heard. */
@Component
public class AbsencesHeard {

    private final List<LearnerMarkedAbsent> heard = new CopyOnWriteArrayList<>();

    @EventListener
    void on(LearnerMarkedAbsent absence) {
        heard.add(absence);
    }

    /** The absences heard for one class, in the order they were published. */
    public List<LearnerMarkedAbsent> of(UUID classId) {
        return heard.stream()
                .filter(absence -> absence.classId().equals(classId))
                .toList();
    }
}
