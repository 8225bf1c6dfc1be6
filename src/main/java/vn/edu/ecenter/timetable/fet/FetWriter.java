package vn.edu.ecenter.timetable.fet;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a {@link FetDocument} as a .fet file FET 6.8.5 opens, laid out as FET saves its files; constraints the model
 * does not support are written back as they were read. {@link #withTimetable} adds a timetable the way FET saves
 * "data and timetable": one locked, compulsory preferred starting time per placed activity.
 */
public final class FetWriter {

    private FetWriter() {}

    public static void write(FetDocument document, Path file) {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            write(document, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(FetDocument document, OutputStream out) {
        XmlTreeWriter.write(DocumentEncoder.encode(document), out);
    }

    /**
     * The document with the timetable locked in: a permanently locked ConstraintActivityPreferredStartingTime at 100 %
     * for each placed active activity, except where an active compulsory one already fixes it there (FET does not
     * add a second); and for each placement with a room, a permanently locked ConstraintActivityPreferredRoom at 100 %
     * unless one already names that room.
     */
    public static FetDocument withTimetable(FetDocument document, Timetable timetable) {
        Timetable alreadyFixed = Timetable.lockedIn(document);
        List<FetConstraint.ActivityPreferredStartingTime> locks = document.activeActivities()
                .flatMap(activity -> timetable.placement(activity.id()).stream()
                        .filter(placement -> !startsAt(alreadyFixed, activity.id(), placement))
                        .map(placement -> new FetConstraint.ActivityPreferredStartingTime(
                                ConstraintHeader.compulsory(), activity.id(), placement.day(), placement.hour(), true)))
                .toList();
        List<FetConstraint.ActivityPreferredRoom> rooms = document.activeActivities()
                .flatMap(activity -> timetable.placement(activity.id()).stream()
                        .filter(placement -> placement.room() != null)
                        .filter(placement -> !inRoom(alreadyFixed, activity.id(), placement))
                        .map(placement -> new FetConstraint.ActivityPreferredRoom(
                                ConstraintHeader.compulsory(),
                                activity.id(),
                                java.util.Objects.requireNonNull(placement.room()),
                                List.of(),
                                true)))
                .toList();
        return document.withTimeConstraintsAdded(locks).withSpaceConstraintsAdded(rooms);
    }

    private static boolean inRoom(Timetable timetable, int activityId, Placement placement) {
        return timetable
                .placement(activityId)
                .filter(p -> placement.room() != null && placement.room().equals(p.room()))
                .isPresent();
    }

    private static boolean startsAt(Timetable timetable, int activityId, Placement placement) {
        return timetable
                .placement(activityId)
                .filter(p -> p.day() == placement.day() && p.hour() == placement.hour())
                .isPresent();
    }
}
