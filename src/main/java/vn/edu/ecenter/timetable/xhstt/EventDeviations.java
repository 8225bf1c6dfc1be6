package vn.edu.ecenter.timetable.xhstt;

import java.util.List;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import vn.edu.ecenter.timetable.xhstt.Timetable.Meet;

/** Deviations of the constraints whose points of application are events or their event resources. */
final class EventDeviations {

    private final Timetable timetable;
    private final List<Event> events;

    EventDeviations(Timetable timetable) {
        this.timetable = timetable;
        this.events = timetable.instance().events();
    }

    /** Duration of the event left without a time. */
    void assignTime(Constraint.AssignTime c, Deviations out) {
        c.events().stream().forEach(e -> out.add(this::eventId, e, durationOf(e, meet -> !meet.hasTime())));
    }

    /** Per event: meets too short or too long, plus how far the number of meets is out of bounds. */
    void splitEvents(Constraint.SplitEvents c, Deviations out) {
        c.events().stream().forEach(e -> {
            List<Meet> meets = timetable.meetsOf(e);
            int badDurations = (int) meets.stream()
                    .filter(m -> m.duration() < c.minimumDuration() || m.duration() > c.maximumDuration())
                    .count();
            out.add(
                    this::eventId,
                    e,
                    badDurations + Deviations.outside(meets.size(), c.minimumAmount(), c.maximumAmount()));
        });
    }

    /** Per event: how far the number of meets lasting the given duration is out of bounds. */
    void distributeSplitEvents(Constraint.DistributeSplitEvents c, Deviations out) {
        c.events().stream().forEach(e -> {
            int count = (int) timetable.meetsOf(e).stream()
                    .filter(m -> m.duration() == c.duration())
                    .count();
            out.add(this::eventId, e, Deviations.outside(count, c.minimum(), c.maximum()));
        });
    }

    /** Duration of the event's meets starting outside the preferred times (only meets of the given duration, if any). */
    void preferTimes(Constraint.PreferTimes c, Deviations out) {
        c.events().stream()
                .forEach(e -> out.add(
                        this::eventId,
                        e,
                        durationOf(
                                e,
                                m -> m.hasTime()
                                        && (c.duration() == Instance.NONE || m.duration() == c.duration())
                                        && !c.times().contains(m.time()))));
    }

    /** Per event resource in the role: duration for which it has no resource. */
    void assignResource(Constraint.AssignResource c, Deviations out) {
        eventResources(
                c.events(),
                c.role(),
                (e, position) -> out.add(
                        p -> eventResourceName(e, position),
                        position,
                        durationOf(e, m -> m.resources()[position] == Instance.NONE)));
    }

    /** Per event resource in the role: duration for which it has a resource not among the preferred ones. */
    void preferResources(Constraint.PreferResources c, Deviations out) {
        eventResources(
                c.events(),
                c.role(),
                (e, position) -> out.add(p -> eventResourceName(e, position), position, durationOf(e, m -> {
                    int resource = m.resources()[position];
                    return resource != Instance.NONE && !c.resources().contains(resource);
                })));
    }

    private void eventResources(IndexList of, @Nullable String role, EventResourceAction action) {
        of.stream().forEach(e -> {
            List<EventResource> resources = events.get(e).resources();
            for (int position = 0; position < resources.size(); position++) {
                if (role == null || role.equals(resources.get(position).role())) {
                    action.apply(e, position);
                }
            }
        });
    }

    private int durationOf(int event, Predicate<Meet> counted) {
        return timetable.meetsOf(event).stream()
                .filter(counted)
                .mapToInt(Meet::duration)
                .sum();
    }

    private String eventId(int event) {
        return events.get(event).id();
    }

    private String eventResourceName(int event, int position) {
        EventResource resource = events.get(event).resources().get(position);
        return eventId(event) + " / " + (resource.role() == null ? "#" + (position + 1) : resource.role());
    }

    @FunctionalInterface
    private interface EventResourceAction {
        void apply(int event, int position);
    }
}
