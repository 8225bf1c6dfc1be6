package vn.edu.ecenter.timetable.engine;

import ai.timefold.solver.core.api.score.HardSoftScore;
import ai.timefold.solver.core.api.score.calculator.IncrementalScoreCalculator;
import org.jspecify.annotations.Nullable;

/** Scores Timefold's moves incrementally through a {@link Placement}: each change moves one lesson or one pick. */
public class PlanScoreCalculator implements IncrementalScoreCalculator<Plan, HardSoftScore> {

    private @Nullable Placement placement;

    @Override
    public void resetWorkingSolution(Plan plan) {
        placement = plan.placement();
    }

    @Override
    public void beforeVariableChanged(Object entity, String variableName) {
        // The placement needs only the new value: it remembers the old one itself.
    }

    @Override
    public void afterVariableChanged(Object entity, String variableName) {
        Placement current = current();
        switch (entity) {
            case LessonStart lesson -> current.move(lesson.getIndex(), lesson.startOrNone());
            case ResourcePick pick -> current.choose(pick.getIndex(), pick.resourceOrNone());
            default -> throw new IllegalArgumentException("not an entity of a plan: " + entity);
        }
    }

    @Override
    public HardSoftScore calculateScore() {
        Cost cost = current().cost();
        return HardSoftScore.of(-cost.hard(), -cost.soft());
    }

    private Placement current() {
        if (placement == null) {
            throw new IllegalStateException("no working solution yet");
        }
        return placement;
    }
}
