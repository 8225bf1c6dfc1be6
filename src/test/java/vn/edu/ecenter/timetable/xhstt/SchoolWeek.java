package vn.edu.ecenter.timetable.xhstt;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A small school for hand-worked cost examples: two days (Mo, Tu) of four periods, teachers T1 and T2, classes C1 and
 * C2, rooms R1 and R2, and the lessons and the one constraint a test gives. A timetable is written as {@code
 * "Maths@Mo1"} (one solution event of the whole lesson at Mo1), {@code "Maths@Mo1/1"} (a piece lasting 1), {@code
 * "Maths"} (a piece of the whole duration with no time) and {@code "Maths@Mo1 Room=R1"} (with a room chosen).
 */
final class SchoolWeek {

    private final List<String> lessons = new ArrayList<>();
    private final List<String> groups = new ArrayList<>();
    private String constraint = "";

    static SchoolWeek with() {
        return new SchoolWeek();
    }

    /** A soft constraint of weight 1 with the linear cost function. */
    static String soft(String type, String appliesTo, String parameters) {
        return rule(type, false, 1, "Linear", appliesTo, parameters);
    }

    static String rule(
            String type, boolean required, int weight, String costFunction, String appliesTo, String parameters) {
        return ("<%sConstraint Id=\"%s\"><Name>%s</Name><Required>%s</Required><Weight>%d</Weight>"
                        + "<CostFunction>%s</CostFunction><AppliesTo>%s</AppliesTo>%s</%sConstraint>")
                .formatted(type, type, type, required, weight, costFunction, appliesTo, parameters, type);
    }

    static String events(String... ids) {
        return references("Events", "Event", ids);
    }

    static String eventGroups(String... ids) {
        return references("EventGroups", "EventGroup", ids);
    }

    static String resources(String... ids) {
        return references("Resources", "Resource", ids);
    }

    static String timeGroups(String... ids) {
        return references("TimeGroups", "TimeGroup", ids);
    }

    static String references(String list, String element, String... ids) {
        return Arrays.stream(ids)
                .map(id -> "<" + element + " Reference=\"" + id + "\"/>")
                .collect(Collectors.joining("", "<" + list + ">", "</" + list + ">"));
    }

    /**
     * A lesson; each resource is a preassigned Id (T1, C1, R1, ...) or {@code "Room"}, a room the timetable chooses (in
     * role Room), or {@code "Room:3"}, such a room whose workload is 3.
     */
    SchoolWeek lesson(String id, int duration, String... resources) {
        String demands = Arrays.stream(resources).map(SchoolWeek::eventResource).collect(Collectors.joining());
        String memberships = groups.stream()
                .filter(g -> g.contains("|" + id + "|"))
                .map(g -> "<EventGroup Reference=\"" + g.substring(0, g.indexOf('|')) + "\"/>")
                .collect(Collectors.joining());
        lessons.add("<Event Id=\"" + id + "\"><Name>" + id + "</Name><Duration>" + duration + "</Duration>"
                + "<Resources>" + demands + "</Resources><EventGroups>" + memberships + "</EventGroups></Event>");
        return this;
    }

    /** An event group of lessons declared after it. */
    SchoolWeek group(String id, String... lessonIds) {
        groups.add(id + "|" + String.join("|", lessonIds) + "|");
        return this;
    }

    /** The constraint under test, as it is written in a file. */
    SchoolWeek constraint(String xml) {
        this.constraint = xml;
        return this;
    }

    Instance instance() {
        return XhsttReader.readInstances(stream(archive(""))).getFirst();
    }

    /** Evaluates the timetable written as described in the class comment. */
    Evaluation timetable(String... pieces) {
        String events = Arrays.stream(pieces).map(SchoolWeek::solutionEvent).collect(Collectors.joining());
        String solutions = "<SolutionGroups><SolutionGroup Id=\"hand\"><MetaData><Contributor>test</Contributor>"
                + "<Date>2026</Date><Description>hand</Description></MetaData><Solution Reference=\"Week\"><Events>"
                + events + "</Events></Solution></SolutionGroup></SolutionGroups>";
        Archive archive = XhsttReader.readArchive(stream(archive(solutions)));
        return new Evaluator(archive.instances().getFirst())
                .evaluate(archive.solutionGroups().getFirst().solutions().getFirst());
    }

    private String archive(String solutions) {
        String groupDeclarations = groups.stream()
                .map(g -> g.substring(0, g.indexOf('|')))
                .map(g -> "<EventGroup Id=\"" + g + "\"><Name>" + g + "</Name></EventGroup>")
                .collect(Collectors.joining());
        return """
                <HighSchoolTimetableArchive><Instances><Instance Id="Week">
                <MetaData><Name>Week</Name><Contributor>test</Contributor><Date>2026</Date><Country>Vietnam</Country>
                <Description>two days of four periods</Description></MetaData>
                <Times><TimeGroups><Day Id="Mo"><Name>Mo</Name></Day><Day Id="Tu"><Name>Tu</Name></Day>
                <TimeGroup Id="Mornings"><Name>Mornings</Name></TimeGroup></TimeGroups>
                %s</Times>
                <Resources><ResourceTypes><ResourceType Id="Teacher"><Name>Teacher</Name></ResourceType>
                <ResourceType Id="Class"><Name>Class</Name></ResourceType><ResourceType Id="Room"><Name>Room</Name>
                </ResourceType></ResourceTypes>
                <ResourceGroups><ResourceGroup Id="Teachers"><Name>Teachers</Name><ResourceType Reference="Teacher"/>
                </ResourceGroup><ResourceGroup Id="Rooms"><Name>Rooms</Name><ResourceType Reference="Room"/>
                </ResourceGroup></ResourceGroups>
                %s</Resources>
                <Events><EventGroups>%s</EventGroups>%s</Events>
                <Constraints>%s</Constraints>
                </Instance></Instances>%s</HighSchoolTimetableArchive>
                """.formatted(
                times(), resourceDeclarations(), groupDeclarations, String.join("\n", lessons), constraint, solutions);
    }

    private static String times() {
        StringBuilder times = new StringBuilder();
        for (String day : List.of("Mo", "Tu")) {
            for (int period = 1; period <= 4; period++) {
                String morning = period <= 2 ? "<TimeGroups><TimeGroup Reference=\"Mornings\"/></TimeGroups>" : "";
                times.append("<Time Id=\"%s%d\"><Name>%s%d</Name><Day Reference=\"%s\"/>%s</Time>"
                        .formatted(day, period, day, period, day, morning));
            }
        }
        return times.toString();
    }

    private static String resourceDeclarations() {
        StringBuilder resources = new StringBuilder();
        for (String id : List.of("T1", "T2", "C1", "C2", "R1", "R2")) {
            String type = typeOf(id);
            String group = type.equals("Class")
                    ? ""
                    : "<ResourceGroups><ResourceGroup Reference=\"" + type + "s\"/>" + "</ResourceGroups>";
            resources.append("<Resource Id=\"%s\"><Name>%s</Name><ResourceType Reference=\"%s\"/>%s</Resource>"
                    .formatted(id, id, type, group));
        }
        return resources.toString();
    }

    private static String typeOf(String resourceId) {
        return switch (resourceId.charAt(0)) {
            case 'T' -> "Teacher";
            case 'C' -> "Class";
            default -> "Room";
        };
    }

    private static String eventResource(String resource) {
        if (resource.startsWith("Room")) {
            String workload = resource.contains(":") ? "<Workload>" + resource.substring(5) + "</Workload>" : "";
            return "<Resource><Role>Room</Role><ResourceType Reference=\"Room\"/>" + workload + "</Resource>";
        }
        return "<Resource Reference=\"" + resource + "\"><Role>" + typeOf(resource) + "</Role></Resource>";
    }

    private static String solutionEvent(String piece) {
        String[] parts = piece.split(" ");
        String[] placed = parts[0].split("@");
        StringBuilder event = new StringBuilder("<Event Reference=\"" + placed[0] + "\">");
        if (placed.length > 1) {
            String[] timed = placed[1].split("/");
            if (timed.length > 1) {
                event.append("<Duration>").append(timed[1]).append("</Duration>");
            }
            event.append("<Time Reference=\"").append(timed[0]).append("\"/>");
        }
        if (parts.length > 1) {
            event.append("<Resources>");
            for (int i = 1; i < parts.length; i++) {
                String[] assignment = parts[i].split("=");
                event.append("<Resource Reference=\"%s\"><Role>%s</Role></Resource>"
                        .formatted(assignment[1], assignment[0]));
            }
            event.append("</Resources>");
        }
        return event.append("</Event>").toString();
    }

    private static ByteArrayInputStream stream(String xml) {
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }
}
