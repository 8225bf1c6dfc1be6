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
     * What a draw works with: the plan's shapes and entities, the planning variable the moves change, and the step's
     * random generator.
     */
    record Source(
            LessonShapes shapes,
            List<LessonStart> entities,
            PlanningVariableMetaModel<Plan, LessonStart, Integer> start,
            RandomGenerator random) {

        /** The entity's start now, -1 when not placed. */
        int startOf(int entity) {
            return entities.get(entity).startOrNone();
        }
    }

    /** One move drawn at random, or null when none was found. */
    abstract @Nullable Move<Plan> draw(Source source);

    @Override
    public void phaseStarted(ScoreDirector<Plan> scoreDirector) {
        shapes = new LessonShapes(scoreDirector.getWorkingSolution().problem());
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
            current = new LessonShapes(scoreDirector.getWorkingSolution().problem());
            shapes = current;
        }
        PlanningVariableMetaModel<Plan, LessonStart, Integer> start = ((InnerScoreDirector<Plan, ?>) scoreDirector)
                .getSolutionDescriptor()
                .getMetaModel()
                .genuineEntity(LessonStart.class)
                .basicVariable("start", Integer.class);
        Source source = new Source(current, scoreDirector.getWorkingSolution().getLessons(), start, random);
        return new Iterator<>() {
            private @Nullable Move<Plan> next;

            @Override
            public boolean hasNext() {
                if (next == null) {
                    next = draw(source);
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
