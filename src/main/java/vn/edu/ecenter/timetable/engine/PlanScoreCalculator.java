package vn.edu.ecenter.timetable.engine;

import ai.timefold.solver.core.api.score.HardSoftScore;
import ai.timefold.solver.core.api.score.calculator.IncrementalScoreCalculator;
import org.jspecify.annotations.Nullable;

/**
 * Scores Timefold's moves incrementally through a {@link Placement}, by the cost the search steers by (hard monitors
 * boosted, see {@link Record}), and shows each scored placement to the run's record. Each change moves one lesson (or lessons
 * that start together) or one pick. */
public class PlanScoreCalculator implements IncrementalScoreCalculator<Plan, HardSoftScore> {

    private @Nullable Placement placement;
    private @Nullable Record record;

    @Override
    public void resetWorkingSolution(Plan plan) {
        placement = plan.placement();
        record = plan.record();
        record.workOn(placement);
    }

    @Override
    public void beforeVariableChanged(Object entity, String variableName) {
        // The placement needs only the new value: it remembers the old one itself.
    }

    @Override
    public void afterVariableChanged(Object entity, String variableName) {
        Placement current = current();
        switch (entity) {
            case LessonStart lesson -> {
                for (int member : lesson.members()) {
                    current.move(member, lesson.startOrNone());
                }
            }
            case ResourcePick pick -> current.choose(pick.getIndex(), pick.resourceOrNone());
            default -> throw new IllegalArgumentException("not an entity of a plan: " + entity);
        }
    }

    @Override
    public HardSoftScore calculateScore() {
        Placement current = current();
        if (record != null) {
            record.scored(current);
        }
        Cost cost = current.searchCost();
        return HardSoftScore.of(-cost.hard(), -cost.soft());
    }

    private Placement current() {
        if (placement == null) {
            throw new IllegalStateException("no working solution yet");
        }
        return placement;
    }
}
