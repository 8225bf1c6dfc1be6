package vn.edu.ecenter.academics;

import java.util.Set;
import java.util.UUID;

/**
 * Published inside the transaction that changes a class's learning topics, before it commits, for the subjects whose
 * topics change (added, removed or reordered). A listener may refuse the change by throwing; nothing is then changed.
 * The score book listens: a topic's scores sit in columns placed by the class's topics.
 */
public record ClassTopicsChanging(UUID classId, Set<UUID> subjectIds) {

    public ClassTopicsChanging {
        subjectIds = Set.copyOf(subjectIds);
    }
}
