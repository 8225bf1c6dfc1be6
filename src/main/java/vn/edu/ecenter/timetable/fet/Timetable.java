package vn.edu.ecenter.timetable.fet;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A timetable for a FET document: activity Id to placement. Activities without a placement are not placed (a partial
 * timetable, as FET leaves when it gives up).
 */
public record Timetable(Map<Integer, Placement> placements) {

    public Timetable {
        placements = Map.copyOf(placements);
    }

    public Optional<Placement> placement(int activityId) {
        return Optional.ofNullable(placements.get(activityId));
    }

    /**
     * The timetable a file saved by FET as "data and timetable" carries: the active, compulsory preferred starting
     * times that fix both day and hour, each with the room an active, compulsory preferred room fixes, if any.
     */
    public static Timetable lockedIn(FetDocument document) {
        Map<Integer, String> rooms = new LinkedHashMap<>();
        document.spaceConstraints().stream()
                .filter(FetConstraint.ActivityPreferredRoom.class::isInstance)
                .map(FetConstraint.ActivityPreferredRoom.class::cast)
                .filter(c -> c.header().active() && c.header().weight().isHard())
                .forEach(c -> rooms.put(c.activityId(), c.room()));
        Map<Integer, Placement> placements = new LinkedHashMap<>();
        document.timeConstraints().stream()
                .filter(FetConstraint.ActivityPreferredStartingTime.class::isInstance)
                .map(FetConstraint.ActivityPreferredStartingTime.class::cast)
                .filter(c -> c.header().active() && c.header().weight().isHard())
                .filter(c -> c.day() != null && c.hour() != null)
                .forEach(c ->
                        placements.put(c.activityId(), new Placement(c.day(), c.hour(), rooms.get(c.activityId()))));
        return new Timetable(placements);
    }

    /** This timetable with one activity moved (or placed). */
    public Timetable with(int activityId, Placement placement) {
        Map<Integer, Placement> changed = new LinkedHashMap<>(placements);
        changed.put(activityId, placement);
        return new Timetable(changed);
    }
}
