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
 * Timefold's view of a lesson — or of lessons that start together ({@link Together}) —: its start is the planning
 * variable, chosen among the starts every member allows. The solver places every lesson: with lessons allowed to stay out, local search got stuck leaving some out (on the FET
 * files of Vietnamese schools); the monitors show what a placement breaks.
 */
@PlanningEntity
public class LessonStart {

    private int index;

    private boolean pinned;

    private int[] members = {};

    private List<Integer> starts = List.of();

    @PlanningVariable(valueRangeProviderRefs = "starts")
    private @Nullable Integer start;

    /** For Timefold's cloning. */
    LessonStart() {}

    LessonStart(int index, List<Lesson> lessons, int[] members, int start) {
        this.index = index;
        this.members = members.clone();
        this.pinned = members.length == 1 && lessons.get(members[0]).pinned();
        this.starts = Arrays.stream(Together.starts(lessons, members)).boxed().toList();
        this.start = start < 0 ? null : start;
    }

    /** The entity's position in the plan (the lesson's index when it moves alone). */
    @PlanningId
    public int getIndex() {
        return index;
    }

    /** The lessons that take this start. */
    int[] members() {
        return members;
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
