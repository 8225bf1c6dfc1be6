package vn.edu.ecenter.gradebook;

import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Loading remarks in bulk for the system administrator's data tools (the demo centre), inside the centre the
 * administrator acts in: the same validation, storage and audit as a teacher's save, without a teacher's rights check.
 * Remarks already written are kept.
 */
public interface RemarkLoading {

    /** Fills the empty subject remarks of a sheet: {@code text} gives a learner's remark, or null to leave none. */
    int loadSubjectRemarks(UUID classId, UUID subjectId, int semester, Function<UUID, @Nullable String> text);

    /** Fills the empty year remarks of a class's homeroom teacher, likewise. */
    int loadHomeroomRemarks(UUID classId, Function<UUID, @Nullable String> text);
}
