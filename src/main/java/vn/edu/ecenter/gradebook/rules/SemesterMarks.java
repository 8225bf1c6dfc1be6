package vn.edu.ecenter.gradebook.rules;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The marks one learner has so far in one subject and semester, by column. A column without a mark has not been
 * assessed yet (or its mark was cleared).
 */
public record SemesterMarks(Map<MarkSlot, Mark> marks) {

    public static final SemesterMarks NONE = new SemesterMarks(Map.of());

    public SemesterMarks {
        marks = Map.copyOf(marks);
    }

    public Optional<Mark> mark(MarkSlot slot) {
        return Optional.ofNullable(marks.get(slot));
    }

    /** These marks with one more (or one replaced). */
    public SemesterMarks with(MarkSlot slot, Mark mark) {
        var changed = new LinkedHashMap<>(marks);
        changed.put(slot, mark);
        return new SemesterMarks(changed);
    }
}
