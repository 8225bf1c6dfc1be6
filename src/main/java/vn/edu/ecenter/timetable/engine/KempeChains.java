package vn.edu.ecenter.timetable.engine;

import ai.timefold.solver.core.preview.api.move.Move;
import ai.timefold.solver.core.preview.api.move.builtin.Moves;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A lesson going to another start, and with it every lesson that would then clash — those there that share a resource
 * with it go to its old start, and so on (a Kempe chain, {@link LessonShapes#chain}). The chain adds no clash at the
 * two starts, however busy the week: where a class has exactly as many lessons as times, a lesson of it can move only
 * with the lessons it would meet, and a chain moves them all in one step instead of passing through clashes. A chain of one is a plain change of start; a chain of two
 * lessons of one resource is a {@link ResourceSwaps swap}.
 */
public final class KempeChains extends DrawnMoves {

    /** For Timefold, which creates the factory from the configuration. */
    public KempeChains() {}

    @Override
    @Nullable
    Move<Plan> draw(Source source) {
        LessonShapes.Chain chain = source.shapes().chain(source.random(), source::startOf);
        if (chain == null) {
            return null;
        }
        List<Move<Plan>> moves = new ArrayList<>(chain.entities().length);
        for (int e : chain.entities()) {
            LessonStart entity = source.entities().get(e);
            moves.add(Moves.change(source.start(), entity, chain.target(entity.startOrNone())));
        }
        return moves.size() == 1 ? moves.get(0) : Moves.compose(moves);
    }
}
