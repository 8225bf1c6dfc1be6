package vn.edu.ecenter.timetable.xhstt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@code <SolutionGroups>} against instances already read. Only the evaluator and tests come here: a solver reads
 * instances with {@link XhsttReader#readInstances} and never sees stored solutions.
 */
final class SolutionParser {

    private final XmlCursor cursor;
    private final Map<String, Lookup> instances = new HashMap<>();

    SolutionParser(XmlCursor cursor, List<Instance> instances) {
        this.cursor = cursor;
        instances.forEach(instance -> this.instances.put(instance.id(), new Lookup(instance)));
    }

    /** Reads the {@code <SolutionGroups>} the cursor is on. */
    List<SolutionGroup> parse() {
        List<SolutionGroup> groups = new ArrayList<>();
        while (cursor.nextChild()) {
            if (!cursor.name().equals("SolutionGroup")) {
                throw cursor.unexpected("<SolutionGroups>");
            }
            groups.add(group());
        }
        return groups;
    }

    private SolutionGroup group() {
        String id = cursor.requiredAttribute("Id");
        String where = "nhóm lời giải \"" + id + "\"";
        SolutionGroup.Metadata metadata = new SolutionGroup.Metadata("", "", "");
        List<Solution> solutions = new ArrayList<>();
        while (cursor.nextChild()) {
            switch (cursor.name()) {
                case "MetaData" -> metadata = metadata(where);
                case "Solution" -> solutions.add(solution());
                default -> throw cursor.unexpected(where);
            }
        }
        return new SolutionGroup(id, metadata, solutions);
    }

    private SolutionGroup.Metadata metadata(String where) {
        Map<String, String> fields = new HashMap<>();
        while (cursor.nextChild()) {
            switch (cursor.name()) {
                case "Contributor", "Date", "Description", "Publication", "Remarks" ->
                    fields.put(cursor.name(), cursor.text());
                default -> throw cursor.unexpected("<MetaData> của " + where);
            }
        }
        return new SolutionGroup.Metadata(
                fields.getOrDefault("Contributor", ""),
                fields.getOrDefault("Date", ""),
                fields.getOrDefault("Description", ""));
    }

    private Solution solution() {
        String reference = cursor.requiredAttribute("Reference");
        Lookup instance = instances.get(reference);
        if (instance == null) {
            throw cursor.error("Lời giải tham chiếu phiên bản \"" + reference + "\" không tồn tại");
        }
        List<SolutionEvent> events = new ArrayList<>();
        while (cursor.nextChild()) {
            switch (cursor.name()) {
                case "Events" -> {
                    while (cursor.nextChild()) {
                        if (!cursor.name().equals("Event")) {
                            throw cursor.unexpected("<Events> của lời giải");
                        }
                        events.add(event(instance));
                    }
                }
                case "Description", "RunningTime", "Report" -> cursor.skip();
                default -> throw cursor.unexpected("lời giải của phiên bản \"" + reference + "\"");
            }
        }
        return new Solution(reference, events);
    }

    private SolutionEvent event(Lookup instance) {
        String eventId = cursor.requiredAttribute("Reference");
        String owner = "Lời giải của sự kiện \"" + eventId + "\"";
        int eventIndex = instance.resolve(cursor, instance.events, "sự kiện", owner, eventId);
        Event event = instance.instance.events().get(eventIndex);
        int duration = event.duration();
        int time = Instance.NONE;
        List<SolutionEvent.Assignment> assignments = new ArrayList<>();
        while (cursor.nextChild()) {
            switch (cursor.name()) {
                case "Duration" -> duration = positiveDuration(owner);
                case "Time" -> {
                    time = instance.resolve(
                            cursor, instance.times, "thời điểm", owner, cursor.requiredAttribute("Reference"));
                    cursor.skip();
                }
                case "Resources" -> {
                    while (cursor.nextChild()) {
                        if (!cursor.name().equals("Resource")) {
                            throw cursor.unexpected(References.lowerFirst(owner));
                        }
                        assignments.add(assignment(instance, event, owner, assignments));
                    }
                }
                default -> throw cursor.unexpected(References.lowerFirst(owner));
            }
        }
        return new SolutionEvent(eventIndex, duration, time, assignments);
    }

    private int positiveDuration(String owner) {
        int value = cursor.integer("Thời lượng (<Duration>) trong " + References.lowerFirst(owner));
        if (value <= 0) {
            throw cursor.error(
                    "Thời lượng (<Duration>) trong " + References.lowerFirst(owner) + " phải lớn hơn 0: " + value);
        }
        return value;
    }

    /** Matches a {@code <Resource>} of a solution event to the event resource it fills, by role or else by type. */
    private SolutionEvent.Assignment assignment(
            Lookup instance, Event event, String owner, List<SolutionEvent.Assignment> earlier) {
        String resourceId = cursor.requiredAttribute("Reference");
        int resource = instance.resolve(cursor, instance.resources, "tài nguyên", owner, resourceId);
        String role = null;
        while (cursor.nextChild()) {
            if (!cursor.name().equals("Role")) {
                throw cursor.unexpected("<Resource> của " + References.lowerFirst(owner));
            }
            role = cursor.text();
        }
        int type = instance.instance.resources().get(resource).resourceType();
        for (int position = 0; position < event.resources().size(); position++) {
            if (fits(event.resources().get(position), position, role, type, earlier)) {
                return new SolutionEvent.Assignment(position, resource);
            }
        }
        throw cursor.error(owner + " gán tài nguyên \"" + resourceId + "\""
                + (role == null ? "" : " với vai trò \"" + role + "\"")
                + " nhưng sự kiện không có tài nguyên nào như vậy cần gán");
    }

    private static boolean fits(
            EventResource wanted,
            int position,
            @Nullable String role,
            int type,
            List<SolutionEvent.Assignment> earlier) {
        if (role != null) {
            return role.equals(wanted.role());
        }
        return !wanted.isPreassigned()
                && wanted.resourceType() == type
                && earlier.stream().noneMatch(a -> a.eventResource() == position);
    }

    /** An instance with its Ids indexed, for resolving a solution's references. */
    private static final class Lookup {
        final Instance instance;
        final Map<String, Integer> events;
        final Map<String, Integer> times;
        final Map<String, Integer> resources;

        Lookup(Instance instance) {
            this.instance = instance;
            this.events = index(instance.events(), Event::id);
            this.times = index(instance.times(), Time::id);
            this.resources = index(instance.resources(), Resource::id);
        }

        int resolve(XmlCursor cursor, Map<String, Integer> ids, String kind, String owner, String reference) {
            Integer index = ids.get(reference);
            if (index == null) {
                throw cursor.error(owner + " tham chiếu " + kind + " \"" + reference + "\" không tồn tại");
            }
            return index;
        }

        private static <T> Map<String, Integer> index(List<T> items, Function<T, String> id) {
            Map<String, Integer> indices = new HashMap<>();
            for (int i = 0; i < items.size(); i++) {
                indices.put(id.apply(items.get(i)), i);
            }
            return indices;
        }
    }
}
