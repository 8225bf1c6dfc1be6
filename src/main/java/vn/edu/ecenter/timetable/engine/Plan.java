package vn.edu.ecenter.timetable.engine;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.score.HardSoftScore;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Timefold's view of a placement: the problem, its lessons' starts and its choices' resources, and the score. */
@PlanningSolution
public class Plan {

    private @Nullable Problem problem;

    private @Nullable Record record;

    @PlanningEntityCollectionProperty
    private List<LessonStart> lessons = new ArrayList<>();

    @PlanningEntityCollectionProperty
    private List<ResourcePick> picks = new ArrayList<>();

    @PlanningScore
    private @Nullable HardSoftScore score;

    /** For Timefold's cloning. */
    Plan() {}

    /**
     * The plan of a placement (unplaced lessons and pinned ones included); lessons that start together take the start
     * of the first of them.
     */
    Plan(Placement placement, Record record) {
        this.problem = placement.problem();
        this.record = record;
        int[][] groups = Together.groups(problem);
        for (int g = 0; g < groups.length; g++) {
            lessons.add(new LessonStart(g, problem.lessons(), groups[g], placement.start(groups[g][0])));
        }
        for (Choice choice : problem.choices()) {
            picks.add(new ResourcePick(choice, placement.chosen(choice.index())));
        }
    }

    Problem problem() {
        if (problem == null) {
            throw new IllegalStateException("plan without problem");
        }
        return problem;
    }

    /** The record of the run this plan belongs to (shared by Timefold's copies of it). */
    Record record() {
        if (record == null) {
            throw new IllegalStateException("plan without record");
        }
        return record;
    }

    public List<LessonStart> getLessons() {
        return lessons;
    }

    public List<ResourcePick> getPicks() {
        return picks;
    }

    public @Nullable HardSoftScore getScore() {
        return score;
    }

    public void setScore(@Nullable HardSoftScore score) {
        this.score = score;
    }

    /** A placement of the problem as this plan has it. */
    Placement placement() {
        Placement placement = new Placement(problem());
        for (ResourcePick pick : picks) {
            placement.choose(pick.getIndex(), pick.resourceOrNone());
        }
        for (LessonStart lesson : lessons) {
            for (int member : lesson.members()) {
                placement.move(member, lesson.startOrNone());
            }
        }
        return placement;
    }
}
