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
     * times that fix both day and hour.
     */
    public static Timetable lockedIn(FetDocument document) {
        Map<Integer, Placement> placements = new LinkedHashMap<>();
        document.timeConstraints().stream()
                .filter(FetConstraint.ActivityPreferredStartingTime.class::isInstance)
                .map(FetConstraint.ActivityPreferredStartingTime.class::cast)
                .filter(c -> c.header().active() && c.header().weight().isHard())
                .filter(c -> c.day() != null && c.hour() != null)
                .forEach(c -> placements.put(c.activityId(), new Placement(c.day(), c.hour())));
        return new Timetable(placements);
    }

    /** This timetable with one activity moved (or placed). */
    public Timetable with(int activityId, Placement placement) {
        Map<Integer, Placement> changed = new LinkedHashMap<>(placements);
        changed.put(activityId, placement);
        return new Timetable(changed);
    }
}
