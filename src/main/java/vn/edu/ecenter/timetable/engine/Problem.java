package vn.edu.ecenter.timetable.engine;

import java.util.List;

/**
 * A timetabling problem in the engine's terms: the week, the resources, the lessons to place, the resources to choose
 * and the monitors that price a placement.
 *
 * @param resources the name of each resource, by index
 * @param fixedCost cost decided before solving, e.g. by how events were split into lessons (XHSTT SplitEvents)
 */
public record Problem(
        String name,
        Week week,
        List<String> resources,
        List<Lesson> lessons,
        List<Choice> choices,
        List<Monitor> monitors,
        Cost fixedCost) {

    public Problem {
        resources = List.copyOf(resources);
        lessons = List.copyOf(lessons);
        choices = List.copyOf(choices);
        monitors = List.copyOf(monitors);
        for (int i = 0; i < lessons.size(); i++) {
            if (lessons.get(i).index() != i) {
                throw new IllegalArgumentException(
                        "lesson " + i + " has index " + lessons.get(i).index());
            }
            for (int resource : lessons.get(i).resources()) {
                if (resource < 0 || resource >= resources.size()) {
                    throw new IllegalArgumentException("lesson " + i + " uses unknown resource " + resource);
                }
            }
        }
        for (int i = 0; i < choices.size(); i++) {
            if (choices.get(i).index() != i) {
                throw new IllegalArgumentException(
                        "choice " + i + " has index " + choices.get(i).index());
            }
        }
    }

    /** The same problem, priced by other monitors and with another fixed cost (e.g. its hard monitors only). */
    Problem withMonitors(List<Monitor> monitors, Cost fixedCost) {
        return new Problem(name, week, resources, lessons, choices, monitors, fixedCost);
    }
}
