package vn.edu.ecenter.timetable.engine;

import ai.timefold.solver.core.api.domain.common.PlanningId;
import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Timefold's view of a {@link Choice}: the resource is the planning variable, chosen among the candidates. */
@PlanningEntity
public class ResourcePick {

    private int index;

    private List<Integer> candidates = List.of();

    @PlanningVariable(valueRangeProviderRefs = "candidates", allowsUnassigned = true)
    private @Nullable Integer resource;

    /** For Timefold's cloning. */
    ResourcePick() {}

    ResourcePick(Choice choice, int resource) {
        this.index = choice.index();
        this.candidates = Arrays.stream(choice.candidates()).boxed().toList();
        this.resource = resource < 0 ? null : resource;
    }

    @PlanningId
    public int getIndex() {
        return index;
    }

    @ValueRangeProvider(id = "candidates")
    public List<Integer> getCandidates() {
        return candidates;
    }

    public @Nullable Integer getResource() {
        return resource;
    }

    public void setResource(@Nullable Integer resource) {
        this.resource = resource;
    }

    int resourceOrNone() {
        return resource == null ? -1 : resource;
    }
}
