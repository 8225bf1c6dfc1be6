package vn.edu.ecenter.timetable.engine;

/**
 * A resource the solver chooses for a lesson among candidates, e.g. a room of the right kind (XHSTT: an event resource
 * without a preassigned resource).
 *
 * @param index the choice's position in {@link Problem#choices()}
 * @param lesson the lesson that uses the chosen resource
 * @param role what the resource is for, for messages and for grouping choices (e.g. "Room")
 * @param candidates the resources that may be chosen
 */
public record Choice(int index, int lesson, String role, int[] candidates) {

    public Choice {
        candidates = candidates.clone();
    }
}
