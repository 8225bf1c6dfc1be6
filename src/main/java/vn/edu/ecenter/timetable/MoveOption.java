package vn.edu.ecenter.timetable;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.edu.ecenter.timetable.centre.Slot;

/**
 * A slot a lesson could be moved to by hand, with what the editor must know before choosing it: the lesson of the same
 * class already there (the move becomes a swap with it), and the rules the move would break that are kept now.
 */
public record MoveOption(
        Slot slot, @Nullable UUID swapWith, @Nullable String swapTitle, List<TimetableView.Broken> newlyBroken) {

    public boolean breaksHardRule() {
        return newlyBroken.stream().anyMatch(TimetableView.Broken::hard);
    }
}
