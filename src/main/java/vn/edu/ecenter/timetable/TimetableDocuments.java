package vn.edu.ecenter.timetable;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A timetable version on paper and in Excel, and the teachers' week in it against their workload norm. The director's
 * office (DIRECTOR, CLERK) prints any version; a teacher prints published ones. The workload is the office's.
 */
public interface TimetableDocuments {

    /** What a print shows: a page per class, per teacher or per room, or the whole centre on one overview. */
    enum Print {
        CLASSES,
        TEACHERS,
        ROOMS,
        CENTRE
    }

    /**
     * The version as an A4 landscape PDF. {@code only} narrows a per-class, per-teacher or per-room print to one page:
     * the class's or teacher's id, or the room's name; null prints them all.
     */
    byte[] print(UUID versionId, Print print, @Nullable String only, Locale locale);

    /** The version as an Excel workbook: a sheet per class, then a sheet per teacher. */
    byte[] workbook(UUID versionId, Locale locale);

    /**
     * The version as a FET file with its data and its lessons locked in place (office only), so that a centre can open
     * it in FET.
     */
    byte[] fet(UUID versionId, Locale locale);

    /** Every active teacher of the version's school year: periods in the timetable against the norm and assignments. */
    List<WorkloadRow> workload(UUID versionId);

    /** {@link #workload} as an Excel workbook. */
    byte[] workloadWorkbook(UUID versionId, Locale locale);
}
