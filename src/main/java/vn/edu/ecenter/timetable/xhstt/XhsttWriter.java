package vn.edu.ecenter.timetable.xhstt;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Writes an XHSTT archive: one instance, serialised from the model (so an instance built from a centre's data can be
 * written as well as one that was read), and one solution group. References are written as they are resolved: a
 * constraint's points of application are listed one by one, not through the groups the original file may have used.
 */
public final class XhsttWriter {

    private final Instance instance;
    private final XmlOut out;

    private XhsttWriter(Instance instance, OutputStream stream) {
        this.instance = instance;
        this.out = new XmlOut(stream);
    }

    public static void write(Instance instance, SolutionGroup group, Path file) {
        try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(file))) {
            write(instance, group, stream);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes an archive of the instance and one solution of our own, in a solution group named "eCenter" with the
     * given description and today's date: what the command line's solver writes. The solver never sees a stored
     * solution group; only this writer makes one.
     */
    public static void writeOwnSolution(Instance instance, Solution solution, String description, Path file) {
        write(
                instance,
                new SolutionGroup(
                        "eCenter",
                        new SolutionGroup.Metadata(
                                "eCenter", java.time.LocalDate.now().toString(), description),
                        List.of(solution)),
                file);
    }

    /** Writes the archive; the group's solutions must be solutions of {@code instance}. */
    public static void write(Instance instance, SolutionGroup group, OutputStream stream) {
        XhsttWriter writer = new XhsttWriter(instance, stream);
        writer.out.open("HighSchoolTimetableArchive");
        writer.out.open("Instances");
        writer.instance();
        writer.out.close();
        writer.out.open("SolutionGroups");
        writer.solutionGroup(group);
        writer.out.close();
        writer.out.close();
        writer.out.finish();
    }

    private void instance() {
        out.open("Instance", "Id", instance.id());
        metadata(instance.metadata());
        times();
        resources();
        events();
        out.open("Constraints");
        ConstraintWriter constraints = new ConstraintWriter(instance, out);
        instance.constraints().forEach(constraints::write);
        out.close();
        out.close();
    }

    private void metadata(InstanceMetadata metadata) {
        out.open("MetaData");
        out.text("Name", metadata.name());
        out.text("Contributor", metadata.contributor());
        out.text("Date", metadata.date());
        out.text("Country", metadata.country());
        out.text("Description", metadata.description());
        if (metadata.remarks() != null) {
            out.text("Remarks", metadata.remarks());
        }
        out.close();
    }

    private void times() {
        out.open("Times");
        if (!instance.timeGroups().isEmpty()) {
            out.open("TimeGroups");
            instance.timeGroups().forEach(g -> named(g.kind().element(), g.id(), g.name()));
            out.close();
        }
        for (Time time : instance.times()) {
            out.open("Time", "Id", time.id());
            name(time.name());
            if (time.week() != Instance.NONE) {
                out.reference("Week", timeGroupId(time.week()));
            }
            if (time.day() != Instance.NONE) {
                out.reference("Day", timeGroupId(time.day()));
            }
            out.references("TimeGroups", "TimeGroup", time.timeGroups().toArray(), this::timeGroupId);
            out.close();
        }
        out.close();
    }

    private void resources() {
        out.open("Resources");
        out.open("ResourceTypes");
        instance.resourceTypes().forEach(t -> named("ResourceType", t.id(), t.name()));
        out.close();
        if (!instance.resourceGroups().isEmpty()) {
            out.open("ResourceGroups");
            for (ResourceGroup group : instance.resourceGroups()) {
                out.open("ResourceGroup", "Id", group.id());
                name(group.name());
                out.reference("ResourceType", resourceTypeId(group.resourceType()));
                out.close();
            }
            out.close();
        }
        for (Resource resource : instance.resources()) {
            out.open("Resource", "Id", resource.id());
            name(resource.name());
            out.reference("ResourceType", resourceTypeId(resource.resourceType()));
            out.references(
                    "ResourceGroups",
                    "ResourceGroup",
                    resource.resourceGroups().toArray(),
                    g -> instance.resourceGroups().get(g).id());
            out.close();
        }
        out.close();
    }

    private void events() {
        out.open("Events");
        if (!instance.eventGroups().isEmpty()) {
            out.open("EventGroups");
            instance.eventGroups().forEach(g -> named(g.kind().element(), g.id(), g.name()));
            out.close();
        }
        instance.events().forEach(this::event);
        out.close();
    }

    private void event(Event event) {
        out.open("Event", "Id", event.id());
        name(event.name());
        out.text("Duration", event.duration());
        out.text("Workload", event.workload());
        if (event.course() != Instance.NONE) {
            out.reference("Course", eventGroupId(event.course()));
        }
        if (event.hasPreassignedTime()) {
            out.reference("Time", instance.times().get(event.preassignedTime()).id());
        }
        if (!event.resources().isEmpty()) {
            out.open("Resources");
            event.resources().forEach(this::eventResource);
            out.close();
        }
        out.references("EventGroups", "EventGroup", event.eventGroups().toArray(), this::eventGroupId);
        out.close();
    }

    private void eventResource(EventResource resource) {
        if (resource.isPreassigned()) {
            out.open("Resource", "Reference", resourceId(resource.preassignedResource()));
        } else {
            out.open("Resource");
        }
        if (resource.role() != null) {
            out.text("Role", resource.role());
        }
        out.reference("ResourceType", resourceTypeId(resource.resourceType()));
        out.text("Workload", resource.workload());
        out.close();
    }

    private void solutionGroup(SolutionGroup group) {
        out.open("SolutionGroup", "Id", group.id());
        out.open("MetaData");
        out.text("Contributor", group.metadata().contributor());
        out.text("Date", group.metadata().date());
        out.text("Description", group.metadata().description());
        out.close();
        for (Solution solution : group.solutions()) {
            out.open("Solution", "Reference", instance.id());
            out.open("Events");
            solution.events().forEach(this::solutionEvent);
            out.close();
            out.close();
        }
        out.close();
    }

    private void solutionEvent(SolutionEvent solutionEvent) {
        Event event = instance.events().get(solutionEvent.event());
        out.open("Event", "Reference", event.id());
        out.text("Duration", solutionEvent.duration());
        if (solutionEvent.hasTime()) {
            out.reference("Time", instance.times().get(solutionEvent.time()).id());
        }
        List<SolutionEvent.Assignment> assignments = solutionEvent.resources();
        if (!assignments.isEmpty()) {
            out.open("Resources");
            for (SolutionEvent.Assignment assignment : assignments) {
                out.open("Resource", "Reference", resourceId(assignment.resource()));
                String role = event.resources().get(assignment.eventResource()).role();
                if (role != null) {
                    out.text("Role", role);
                }
                out.close();
            }
            out.close();
        }
        out.close();
    }

    private void named(String element, String id, @Nullable String name) {
        out.open(element, "Id", id);
        name(name);
        out.close();
    }

    private void name(@Nullable String name) {
        if (name != null) {
            out.text("Name", name);
        }
    }

    private String timeGroupId(int group) {
        return instance.timeGroups().get(group).id();
    }

    private String resourceTypeId(int type) {
        return instance.resourceTypes().get(type).id();
    }

    private String resourceId(int resource) {
        return instance.resources().get(resource).id();
    }

    private String eventGroupId(int group) {
        return instance.eventGroups().get(group).id();
    }
}
