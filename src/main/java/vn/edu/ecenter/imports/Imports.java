package vn.edu.ecenter.imports;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Imports from .xlsx files into the signed-in user's centre; director and clerks only. */
public interface Imports {

    /** The downloadable template (.xlsx) of a kind of import, with its "Hướng dẫn" sheet. */
    byte[] template(ImportKind kind);

    /**
     * Reads, checks and (unless a dry run) writes a file, in one transaction: nothing is half-written. A file that
     * cannot be read at all (not an .xlsx, sheet renamed or empty, columns missing) is refused with a {@code Rejected}
     * (400) whose message says why.
     *
     * @param classId for learners: the class the accepted learners are enrolled in, or null
     */
    ImportReport run(
            ImportKind kind, byte[] file, String fileName, @Nullable UUID classId, boolean dryRun, ImportMode mode);
}
