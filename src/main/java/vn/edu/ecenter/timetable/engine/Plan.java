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

    @PlanningEntityCollectionProperty
    private List<LessonStart> lessons = new ArrayList<>();

    @PlanningEntityCollectionProperty
    private List<ResourcePick> picks = new ArrayList<>();

    @PlanningScore
    private @Nullable HardSoftScore score;

    /** For Timefold's cloning. */
    Plan() {}

    /** The plan of a placement (unplaced lessons and pinned ones included). */
    Plan(Placement placement) {
        this.problem = placement.problem();
        for (Lesson lesson : problem.lessons()) {
            lessons.add(new LessonStart(lesson, placement.start(lesson.index())));
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
            placement.move(lesson.getIndex(), lesson.startOrNone());
        }
        return placement;
    }
}
