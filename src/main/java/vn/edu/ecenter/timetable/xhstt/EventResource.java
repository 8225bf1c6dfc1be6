package vn.edu.ecenter.timetable.xhstt;

import org.jspecify.annotations.Nullable;

/**
 * One resource an event needs: either preassigned (the class and teacher of a lesson) or to be chosen by the solver
 * (a room of type "Room" in role "Gym"). A solution assigns a resource to it by its role.
 *
 * @param preassignedResource index of the resource, or {@link Instance#NONE} when the solver chooses it
 * @param role distinguishes the event's resources of one type; needed for those the solver assigns
 * @param workload what the resource's workload grows by when it attends the whole event
 */
public record EventResource(
        int preassignedResource, @Nullable String role, int resourceType, int workload) {

    public boolean isPreassigned() {
        return preassignedResource != Instance.NONE;
    }
}
