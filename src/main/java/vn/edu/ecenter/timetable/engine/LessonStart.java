package vn.edu.ecenter.timetable.engine;

import ai.timefold.solver.core.api.domain.common.PlanningId;
import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Timefold's view of a lesson: its start is the planning variable, chosen among the lesson's allowed starts. The
 * solver places every lesson: with lessons allowed to stay out, local search got stuck leaving some out (on the FET
 * files of Vietnamese schools); the monitors show what a placement breaks.
 */
@PlanningEntity
public class LessonStart {

    private int index;

    private boolean pinned;

    private List<Integer> starts = List.of();

    @PlanningVariable(valueRangeProviderRefs = "starts")
    private @Nullable Integer start;

    /** For Timefold's cloning. */
    LessonStart() {}

    LessonStart(Lesson lesson, int start) {
        this.index = lesson.index();
        this.pinned = lesson.pinned();
        this.starts = Arrays.stream(lesson.starts()).boxed().toList();
        this.start = start < 0 ? null : start;
    }

    @PlanningId
    public int getIndex() {
        return index;
    }

    @PlanningPin
    public boolean isPinned() {
        return pinned;
    }

    @ValueRangeProvider(id = "starts")
    public List<Integer> getStarts() {
        return starts;
    }

    public @Nullable Integer getStart() {
        return start;
    }

    public void setStart(@Nullable Integer start) {
        this.start = start;
    }

    int startOrNone() {
        return start == null ? -1 : start;
    }
}
