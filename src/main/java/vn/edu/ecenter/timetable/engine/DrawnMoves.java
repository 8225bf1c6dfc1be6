package vn.edu.ecenter.timetable.engine;

import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import ai.timefold.solver.core.impl.score.director.InnerScoreDirector;
import ai.timefold.solver.core.impl.score.director.ScoreDirector;
import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningVariableMetaModel;
import ai.timefold.solver.core.preview.api.move.Move;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * Moves of lesson starts that Timefold draws at random from a factory of ours ({@link ResourceSwaps}, {@link
 * KempeChains}): each step asks for an endless supply, and each move is drawn from the plan's {@link LessonShapes} and
 * the starts of this moment.
 */
abstract class DrawnMoves implements MoveIteratorFactory<Plan, Move<Plan>> {

    private @Nullable LessonShapes shapes;

    /**
     * One move drawn at random, or null when none was found.
     *
     * @param start the planning variable the move changes
     */
    abstract @Nullable Move<Plan> draw(
            LessonShapes shapes,
            List<LessonStart> entities,
            PlanningVariableMetaModel<Plan, LessonStart, Integer> start,
            RandomGenerator random);

    @Override
    public void phaseStarted(ScoreDirector<Plan> scoreDirector) {
        shapes = new LessonShapes(scoreDirector.getWorkingSolution());
    }

    @Override
    public void phaseEnded(ScoreDirector<Plan> scoreDirector) {
        shapes = null;
    }

    @Override
    public long getSize(ScoreDirector<Plan> scoreDirector) {
        long entities = scoreDirector.getWorkingSolution().getLessons().size();
        return entities * entities;
    }

    @Override
    public Iterator<Move<Plan>> createOriginalMoveIterator(ScoreDirector<Plan> scoreDirector) {
        throw new UnsupportedOperationException("these moves are drawn at random only");
    }

    @Override
    public Iterator<Move<Plan>> createRandomMoveIterator(ScoreDirector<Plan> scoreDirector, RandomGenerator random) {
        LessonShapes current = shapes;
        if (current == null) {
            current = new LessonShapes(scoreDirector.getWorkingSolution());
            shapes = current;
        }
        LessonShapes drawnFrom = current;
        List<LessonStart> entities = scoreDirector.getWorkingSolution().getLessons();
        PlanningVariableMetaModel<Plan, LessonStart, Integer> start = ((InnerScoreDirector<Plan, ?>) scoreDirector)
                .getSolutionDescriptor()
                .getMetaModel()
                .genuineEntity(LessonStart.class)
                .basicVariable("start", Integer.class);
        return new Iterator<>() {
            private @Nullable Move<Plan> next;

            @Override
            public boolean hasNext() {
                if (next == null) {
                    next = draw(drawnFrom, entities, start, random);
                }
                return next != null;
            }

            @Override
            public Move<Plan> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Move<Plan> move = next;
                next = null;
                return move;
            }
        };
    }
}
