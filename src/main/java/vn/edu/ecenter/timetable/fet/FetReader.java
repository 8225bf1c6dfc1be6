package vn.edu.ecenter.timetable.fet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a FET file (.fet, FET 5 or 6, "Official" mode) into a {@link FetDocument}. The XML is read with StAX with
 * DTDs and entities refused (safe against XXE). Every problem is a {@link FetFormatException} with a Vietnamese
 * message naming the cause, element and line: malformed XML, a file that is not FET's, an activity or constraint
 * naming a teacher, subject, students set, activity, day or hour the file does not declare, or a bad number.
 * Constraint types the model does not know are kept as {@link FetConstraint.Unsupported}; {@link ImportReport} lists
 * them.
 */
public final class FetReader {

    private FetReader() {}

    public static FetDocument read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static FetDocument read(InputStream in) {
        return DocumentDecoder.decode(XmlTree.read(in));
    }
}
