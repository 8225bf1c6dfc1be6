package vn.edu.ecenter.timetable.xhstt;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads one {@code <Instance>} element into an {@link Instance}, resolving every reference as it goes (the format
 * declares everything before it is referred to).
 */
final class InstanceParser {

    private final XmlCursor cursor;
    private final References ids = new References();
    private final List<Time> times = new ArrayList<>();
    private final List<Group> timeGroups = new ArrayList<>();
    private final List<ResourceType> resourceTypes = new ArrayList<>();
    private final List<Group> resourceGroups = new ArrayList<>();
    private final List<Resource> resources = new ArrayList<>();
    private final List<Group> eventGroups = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private final List<Constraint> constraints = new ArrayList<>();
    private @Nullable InstanceMetadata metadata;

    InstanceParser(XmlCursor cursor) {
        this.cursor = cursor;
    }

    /** Reads the {@code <Instance>} the cursor is on, up to its end tag. */
    Instance parse() {
        String id = cursor.requiredAttribute("Id");
        String where = "phiên bản \"" + id + "\"";
        while (cursor.nextChild()) {
            switch (cursor.name()) {
                case "MetaData" -> metadata = metadata();
                case "Times" -> times();
                case "Resources" -> resources();
                case "Events" -> events();
                case "Constraints" -> constraints();
                default -> throw cursor.unexpected(where);
            }
        }
        if (metadata == null) {
            throw cursor.error("Phiên bản \"" + id + "\" thiếu <MetaData>");
        }
        return new Instance(
                id,
                metadata,
                times,
                timeGroups.stream()
                        .map(g -> new TimeGroup(g.id, g.name, TimeGroup.Kind.valueOf(g.kind), IndexSet.of(g.members)))
                        .toList(),
                resourceTypes,
                resourceGroups.stream()
                        .map(g -> new ResourceGroup(g.id, g.name, g.type, IndexSet.of(g.members)))
                        .toList(),
                resources,
                eventGroups.stream()
                        .map(g -> new EventGroup(g.id, g.name, EventGroup.Kind.valueOf(g.kind), IndexSet.of(g.members)))
                        .toList(),
                events,
                constraints);
    }

    private InstanceMetadata metadata() {
        String[] fields = new String[6];
        List<String> names = List.of("Name", "Contributor", "Date", "Country", "Description", "Remarks");
        while (cursor.nextChild()) {
            int field = names.indexOf(cursor.name());
            if (field < 0) {
                throw cursor.unexpected("<MetaData> của phiên bản");
            }
            fields[field] = cursor.text();
        }
        for (int field = 0; field < 5; field++) {
            if (fields[field] == null) {
                fields[field] = "";
            }
        }
        return new InstanceMetadata(fields[0], fields[1], fields[2], fields[3], fields[4], fields[5]);
    }

    private void times() {
        while (cursor.nextChild()) {
            switch (cursor.name()) {
                case "TimeGroups" -> timeGroupDeclarations();
                case "Time" -> time();
                default -> throw cursor.unexpected("<Times>");
            }
        }
    }

    private void timeGroupDeclarations() {
        while (cursor.nextChild()) {
            String kind =
                    switch (cursor.name()) {
                        case "Week" -> "WEEK";
                        case "Day" -> "DAY";
                        case "TimeGroup" -> "TIME_GROUP";
                        default -> throw cursor.unexpected("<TimeGroups> của <Times>");
                    };
            ids.timeGroups.declare(cursor);
            timeGroups.add(namedGroup(kind, Instance.NONE));
        }
    }

    private void time() {
        int index = ids.times.declare(cursor);
        String id = cursor.requiredAttribute("Id");
        String owner = "Thời điểm \"" + id + "\"";
        String name = null;
        int week = Instance.NONE;
        int day = Instance.NONE;
        BitSet groups = new BitSet();
        while (cursor.nextChild()) {
            switch (cursor.name()) {
                case "Name" -> name = cursor.text();
                case "Week" -> week = memberOf(owner, index, TimeGroup.Kind.WEEK);
                case "Day" -> day = memberOf(owner, index, TimeGroup.Kind.DAY);
                case "TimeGroups" -> {
                    while (cursor.nextChild()) {
                        cursor.expect("TimeGroup", owner);
                        groups.set(memberOf(owner, index, TimeGroup.Kind.TIME_GROUP));
                    }
                }
                default -> throw cursor.unexpected(References.lowerFirst(owner));
            }
        }
        times.add(new Time(id, name, week, day, IndexSet.of(groups)));
    }

    private int memberOf(String owner, int time, TimeGroup.Kind kind) {
        int group = ids.timeGroups.resolve(cursor, owner);
        Group timeGroup = timeGroups.get(group);
        if (!timeGroup.kind.equals(kind.name())) {
            throw cursor.error(owner + " tham chiếu \"" + timeGroup.id + "\" như một <" + kind.element()
                    + ">, nhưng nó được khai báo là loại khác");
        }
        timeGroup.members.set(time);
        cursor.skip();
        return group;
    }

    private void resources() {
        while (cursor.nextChild()) {
            switch (cursor.name()) {
                case "ResourceTypes" -> {
                    while (cursor.nextChild()) {
                        cursor.expect("ResourceType", "<ResourceTypes>");
                        ids.resourceTypes.declare(cursor);
                        Group type = namedGroup("RESOURCE_TYPE", Instance.NONE);
                        resourceTypes.add(new ResourceType(type.id, type.name));
                    }
                }
                case "ResourceGroups" -> {
                    while (cursor.nextChild()) {
                        cursor.expect("ResourceGroup", "<ResourceGroups>");
                        ids.resourceGroups.declare(cursor);
                        resourceGroups.add(namedGroup("RESOURCE_GROUP", Instance.NONE));
                    }
                }
                case "Resource" -> resource();
                default -> throw cursor.unexpected("<Resources>");
            }
        }
    }

    private void resource() {
        int index = ids.resources.declare(cursor);
        String id = cursor.requiredAttribute("Id");
        String owner = "Tài nguyên \"" + id + "\"";
        String name = null;
        int type = Instance.NONE;
        BitSet groups = new BitSet();
        while (cursor.nextChild()) {
            switch (cursor.name()) {
                case "Name" -> name = cursor.text();
                case "ResourceType" -> type = ids.resourceTypes.reference(cursor, owner);
                case "ResourceGroups" -> {
                    while (cursor.nextChild()) {
                        cursor.expect("ResourceGroup", References.lowerFirst(owner));
                        int group = ids.resourceGroups.reference(cursor, owner);
                        resourceGroups.get(group).members.set(index);
                        groups.set(group);
                    }
                }
                default -> throw cursor.unexpected(References.lowerFirst(owner));
            }
        }
        if (type == Instance.NONE) {
            throw cursor.error(owner + " thiếu <ResourceType>");
        }
        resources.add(new Resource(id, name, type, IndexSet.of(groups)));
    }

    private void events() {
        while (cursor.nextChild()) {
            switch (cursor.name()) {
                case "EventGroups" -> {
                    while (cursor.nextChild()) {
                        String kind =
                                switch (cursor.name()) {
                                    case "Course" -> "COURSE";
                                    case "EventGroup" -> "EVENT_GROUP";
                                    default -> throw cursor.unexpected("<EventGroups> của <Events>");
                                };
                        ids.eventGroups.declare(cursor);
                        eventGroups.add(namedGroup(kind, Instance.NONE));
                    }
                }
                case "Event" ->
                    events.add(
                            new EventParser(cursor, ids, eventGroups, resourceGroups, resources).parse(events.size()));
                default -> throw cursor.unexpected("<Events>");
            }
        }
    }

    private void constraints() {
        ConstraintParser parser = new ConstraintParser(cursor, ids, timeGroupMembers(), resourceGroups, eventGroups);
        while (cursor.nextChild()) {
            constraints.add(parser.parse());
        }
    }

    private List<BitSet> timeGroupMembers() {
        return timeGroups.stream().map(g -> g.members).toList();
    }

    /** Reads an element holding only an optional {@code <Name>} (and, for resource groups, a type). */
    private Group namedGroup(String kind, int type) {
        String id = cursor.requiredAttribute("Id");
        Group group = new Group(id, kind, type);
        while (cursor.nextChild()) {
            switch (cursor.name()) {
                case "Name" -> group.name = cursor.text();
                case "ResourceType" ->
                    group.type = ids.resourceTypes.reference(cursor, "Nhóm tài nguyên \"" + id + "\"");
                default -> throw cursor.unexpected("\"" + id + "\"");
            }
        }
        return group;
    }

    /** A group being read: its members are added as the objects that declare membership are read. */
    static final class Group {
        final String id;
        final String kind;
        final BitSet members = new BitSet();

        @Nullable
        String name;

        int type;

        Group(String id, String kind, int type) {
            this.id = id;
            this.kind = kind;
            this.type = type;
        }
    }
}
