package vn.edu.ecenter.timetable.engine;

import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import ai.timefold.solver.core.impl.score.director.InnerScoreDirector;
import ai.timefold.solver.core.impl.score.director.ScoreDirector;
import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningVariableMetaModel;
import ai.timefold.solver.core.preview.api.move.Move;
import ai.timefold.solver.core.preview.api.move.builtin.Moves;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.IntUnaryOperator;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * Two lessons of one resource (a class, a teacher, a fixed room) swapping their starts. Both are equally long, so the
 * resource's week stays exactly as busy as before: a class whose days must stay without gaps keeps them, and only the
 * other resources of the two lessons change. Timefold's own swap takes two lessons at random, which on a school with
 * 40 classes almost always puts a lesson where its class is already busy; this one draws the second lesson among those
 * of a resource of the first.
 *
 * <p>Lessons that start together ({@link Together}) swap with groups of the same durations, lesson by lesson.
 */
public final class ResourceSwaps implements MoveIteratorFactory<Plan, Move<Plan>> {

    /** Draws before a step's iterator gives up finding a swap (nearly never reached: most draws give one). */
    private static final int DRAWS = 1000;

    private @Nullable Shapes shapes;

    /** For Timefold, which creates the factory from the configuration. */
    public ResourceSwaps() {}

    @Override
    public void phaseStarted(ScoreDirector<Plan> scoreDirector) {
        shapes = new Shapes(scoreDirector.getWorkingSolution());
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
        throw new UnsupportedOperationException("swaps within a resource are drawn at random only");
    }

    @Override
    public Iterator<Move<Plan>> createRandomMoveIterator(ScoreDirector<Plan> scoreDirector, RandomGenerator random) {
        Shapes current = shapes;
        if (current == null) {
            current = new Shapes(scoreDirector.getWorkingSolution());
            shapes = current;
        }
        PlanningVariableMetaModel<Plan, LessonStart, Integer> start = ((InnerScoreDirector<Plan, ?>) scoreDirector)
                .getSolutionDescriptor()
                .getMetaModel()
                .genuineEntity(LessonStart.class)
                .basicVariable("start", Integer.class);
        return new Draws(current, scoreDirector.getWorkingSolution().getLessons(), start, random);
    }

    /**
     * What a swap needs to know of each entity of a plan, computed once per phase: its resources, the durations of its
     * lessons in order, its allowed starts, and for each resource the entities that use it.
     */
    static final class Shapes {

        final int[][] resources;
        final int[][] durations;
        final int[][] starts;
        final boolean[] movable;
        final int[][] users;

        Shapes(Plan plan) {
            List<Lesson> lessons = plan.problem().lessons();
            List<LessonStart> entities = plan.getLessons();
            int n = entities.size();
            resources = new int[n][];
            durations = new int[n][];
            starts = new int[n][];
            movable = new boolean[n];
            List<List<Integer>> byResource = new ArrayList<>();
            for (int i = 0; i < plan.problem().resources().size(); i++) {
                byResource.add(new ArrayList<>());
            }
            for (int e = 0; e < n; e++) {
                LessonStart entity = entities.get(e);
                int[] members = entity.members();
                resources[e] = Arrays.stream(members)
                        .flatMap(m -> Arrays.stream(lessons.get(m).resources()))
                        .distinct()
                        .toArray();
                durations[e] = Arrays.stream(members)
                        .map(m -> lessons.get(m).duration())
                        .toArray();
                starts[e] =
                        entity.getStarts().stream().mapToInt(Integer::intValue).toArray();
                movable[e] = !entity.isPinned() && starts[e].length > 1;
                if (movable[e]) {
                    for (int resource : resources[e]) {
                        byResource.get(resource).add(e);
                    }
                }
            }
            users = byResource.stream()
                    .map(list -> list.stream().mapToInt(Integer::intValue).toArray())
                    .toArray(int[][]::new);
        }

        /**
         * Two entities that may swap starts, drawn at random: the first among all, the second among the users of one of
         * the first's resources; or null when {@link #DRAWS} draws found none.
         *
         * @param startOf each entity's start now, -1 when not placed
         */
        int @Nullable [] draw(RandomGenerator random, IntUnaryOperator startOf) {
            int n = movable.length;
            for (int draw = 0; draw < DRAWS; draw++) {
                int a = random.nextInt(n);
                if (!movable[a] || resources[a].length == 0) {
                    continue;
                }
                int[] sharing = users[resources[a][random.nextInt(resources[a].length)]];
                int b = sharing[random.nextInt(sharing.length)];
                if (swappable(a, b, startOf.applyAsInt(a), startOf.applyAsInt(b))) {
                    return new int[] {a, b};
                }
            }
            return null;
        }

        /** Whether placed entities {@code a} and {@code b} may take each other's starts, and the swap changes anything. */
        boolean swappable(int a, int b, int startA, int startB) {
            return a != b
                    && startA >= 0
                    && startB >= 0
                    && startA != startB
                    && Arrays.equals(durations[a], durations[b])
                    && Arrays.binarySearch(starts[a], startB) >= 0
                    && Arrays.binarySearch(starts[b], startA) >= 0;
        }
    }

    /** An endless supply of swaps for one step, drawn at random. */
    private static final class Draws implements Iterator<Move<Plan>> {

        private final Shapes shapes;
        private final List<LessonStart> entities;
        private final PlanningVariableMetaModel<Plan, LessonStart, Integer> start;
        private final RandomGenerator random;
        private @Nullable Move<Plan> next;

        Draws(
                Shapes shapes,
                List<LessonStart> entities,
                PlanningVariableMetaModel<Plan, LessonStart, Integer> start,
                RandomGenerator random) {
            this.shapes = shapes;
            this.entities = entities;
            this.start = start;
            this.random = random;
        }

        @Override
        public boolean hasNext() {
            if (next == null) {
                next = draw();
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

        private @Nullable Move<Plan> draw() {
            int[] pair = shapes.draw(random, e -> entities.get(e).startOrNone());
            return pair == null ? null : Moves.swap(start, entities.get(pair[0]), entities.get(pair[1]));
        }
    }
}
