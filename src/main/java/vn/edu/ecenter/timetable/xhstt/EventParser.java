package vn.edu.ecenter.timetable.xhstt;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Reads one {@code <Event>} of an instance, with its event resources and group memberships. */
final class EventParser {

    private final XmlCursor cursor;
    private final References ids;
    private final List<InstanceParser.Group> eventGroups;
    private final List<InstanceParser.Group> resourceGroups;
    private final List<Resource> resources;

    EventParser(
            XmlCursor cursor,
            References ids,
            List<InstanceParser.Group> eventGroups,
            List<InstanceParser.Group> resourceGroups,
            List<Resource> resources) {
        this.cursor = cursor;
        this.ids = ids;
        this.eventGroups = eventGroups;
        this.resourceGroups = resourceGroups;
        this.resources = resources;
    }

    /** Reads the {@code <Event>} the cursor is on, which becomes event number {@code index}. */
    Event parse(int index) {
        ids.events.declare(cursor);
        String id = cursor.requiredAttribute("Id");
        String owner = "Sự kiện \"" + id + "\"";
        String name = null;
        int duration = Instance.NONE;
        int workload = Instance.NONE;
        int time = Instance.NONE;
        int course = Instance.NONE;
        List<Demand> demands = new ArrayList<>();
        BitSet groups = new BitSet();
        while (cursor.nextChild()) {
            switch (cursor.name()) {
                case "Name" -> name = cursor.text();
                case "Duration" -> duration = positive(owner, "Thời lượng (<Duration>)");
                case "Workload" -> workload = nonNegative(cursor.integer("<Workload> của " + lower(owner)), owner);
                case "Course" -> {
                    course = ids.eventGroups.reference(cursor, owner);
                    eventGroups.get(course).members.set(index);
                }
                case "Time" -> time = ids.times.reference(cursor, owner);
                case "Resources" -> {
                    while (cursor.nextChild()) {
                        cursor.expect("Resource", lower(owner));
                        demands.add(eventResource(owner));
                    }
                }
                case "ResourceGroups" -> {
                    while (cursor.nextChild()) {
                        cursor.expect("ResourceGroup", lower(owner));
                        int group = ids.resourceGroups.reference(cursor, owner);
                        resourceGroups.get(group).members.stream()
                                .forEach(r -> demands.add(
                                        new Demand(r, null, resources.get(r).resourceType(), Instance.NONE)));
                    }
                }
                case "EventGroups" -> {
                    while (cursor.nextChild()) {
                        cursor.expect("EventGroup", lower(owner));
                        int group = ids.eventGroups.reference(cursor, owner);
                        eventGroups.get(group).members.set(index);
                        groups.set(group);
                    }
                }
                default -> throw cursor.unexpected(lower(owner));
            }
        }
        if (duration == Instance.NONE) {
            throw cursor.error(owner + " thiếu thời lượng <Duration>");
        }
        int eventWorkload = workload == Instance.NONE ? duration : workload;
        List<EventResource> eventResources = demands.stream()
                .map(d -> new EventResource(
                        d.resource, d.role, d.type, d.workload == Instance.NONE ? eventWorkload : d.workload))
                .toList();
        return new Event(id, name, duration, eventWorkload, time, course, eventResources, IndexSet.of(groups));
    }

    private Demand eventResource(String owner) {
        int resource = Instance.NONE;
        String reference = cursor.attribute("Reference");
        if (reference != null) {
            resource = ids.resources.resolve(cursor, owner, reference);
        }
        String role = null;
        int type = Instance.NONE;
        int workload = Instance.NONE;
        while (cursor.nextChild()) {
            switch (cursor.name()) {
                case "Role" -> role = cursor.text();
                case "ResourceType" -> type = ids.resourceTypes.reference(cursor, owner);
                case "Workload" -> workload = nonNegative(cursor.integer("<Workload> của " + lower(owner)), owner);
                default -> throw cursor.unexpected("<Resource> của " + lower(owner));
            }
        }
        if (resource != Instance.NONE) {
            int actual = resources.get(resource).resourceType();
            if (type != Instance.NONE && type != actual) {
                throw cursor.error(owner + " cần tài nguyên \"" + reference + "\" với loại khác loại của nó");
            }
            type = actual;
        } else if (type == Instance.NONE) {
            throw cursor.error(owner + " có tài nguyên không chỉ định cả tài nguyên lẫn loại tài nguyên");
        }
        return new Demand(resource, role, type, workload);
    }

    private int positive(String owner, String what) {
        int value = cursor.integer(what + " của " + lower(owner));
        if (value <= 0) {
            throw cursor.error(what + " của " + lower(owner) + " phải lớn hơn 0, không phải " + value);
        }
        return value;
    }

    private int nonNegative(int value, String owner) {
        if (value < 0) {
            throw cursor.error("<Workload> của " + lower(owner) + " không được âm: " + value);
        }
        return value;
    }

    private static String lower(String owner) {
        return References.lowerFirst(owner);
    }

    private record Demand(int resource, @Nullable String role, int type, int workload) {}
}
