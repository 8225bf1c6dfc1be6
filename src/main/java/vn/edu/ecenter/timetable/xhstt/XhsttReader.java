package vn.edu.ecenter.timetable.xhstt;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads XHSTT files (StAX, DTDs and external entities refused). Two entry points, on purpose:
 *
 * <ul>
 *   <li>{@link #readInstances} reads the instances and stops at {@code <SolutionGroups>}: nothing of the stored
 *       solutions is read or built. This is the only one a solver may use.
 *   <li>{@link #readArchive} also reads the solutions, for the evaluator and tests.
 * </ul>
 *
 * A bad file raises {@link XhsttFormatException} with a Vietnamese message.
 */
public final class XhsttReader {

    private XhsttReader() {}

    /** The instances of the file; its solution groups are not read. */
    public static List<Instance> readInstances(Path file) {
        return read(file, XhsttReader::readInstances);
    }

    public static List<Instance> readInstances(InputStream in) {
        return parse(in, false).instances();
    }

    /** The instances and the solution groups of the file. */
    public static Archive readArchive(Path file) {
        return read(file, XhsttReader::readArchive);
    }

    public static Archive readArchive(InputStream in) {
        return parse(in, true);
    }

    private static <T> T read(Path file, Function<InputStream, T> reading) {
        try (InputStream in = Files.newInputStream(file)) {
            return reading.apply(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Archive parse(InputStream in, boolean withSolutions) {
        XmlCursor cursor = new XmlCursor(in);
        cursor.enterRoot("HighSchoolTimetableArchive");
        List<Instance> instances = new ArrayList<>();
        List<SolutionGroup> groups = new ArrayList<>();
        while (cursor.nextChild()) {
            switch (cursor.name()) {
                case "MetaData" -> cursor.skip();
                case "Instances" -> {
                    while (cursor.nextChild()) {
                        if (!cursor.name().equals("Instance")) {
                            throw cursor.unexpected("<Instances>");
                        }
                        instances.add(new InstanceParser(cursor).parse());
                    }
                }
                case "SolutionGroups" -> {
                    if (!withSolutions) {
                        return new Archive(instances, List.of());
                    }
                    groups.addAll(new SolutionParser(cursor, instances).parse());
                }
                default -> throw cursor.unexpected("<HighSchoolTimetableArchive>");
            }
        }
        return new Archive(instances, groups);
    }
}
