package vn.edu.ecenter.timetable.engine;

import ai.timefold.solver.core.preview.api.move.Move;
import ai.timefold.solver.core.preview.api.move.builtin.Moves;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Two lessons of one resource (a class, a teacher, a fixed room) swapping their starts. Both are equally long, so the
 * resource's week stays exactly as busy as before: a class whose days must stay without gaps keeps them, and only the
 * other resources of the two lessons change. Timefold's own swap takes two lessons at random, which on a school with
 * 40 classes almost always puts a lesson where its class is already busy; this one draws the second lesson among those
 * of a resource of the first ({@link LessonShapes#swap}).
 *
 * <p>Lessons that start together ({@link Together}) swap with groups of the same durations, lesson by lesson.
 */
public final class ResourceSwaps extends DrawnMoves {

    /** For Timefold, which creates the factory from the configuration. */
    public ResourceSwaps() {}

    @Override
    @Nullable
    Move<Plan> draw(Source source) {
        int[] pair = source.shapes().swap(source.random(), source::startOf);
        if (pair == null) {
            return null;
        }
        List<LessonStart> entities = source.entities();
        return Moves.swap(source.start(), entities.get(pair[0]), entities.get(pair[1]));
    }
}
