package vn.edu.ecenter.timetable;

import java.util.Locale;
import java.util.UUID;

/**
 * Import of a FET file (.fet) into the centre's records, for a centre that timetables with FET today (director's
 * office: DIRECTOR, CLERK). Subjects are matched to the programme; teachers to the staff (registered when unknown);
 * FET's classes to the school year's classes (opened when unknown); activities become teaching assignments; rooms the
 * set-up's rooms; teachers' not-available times their busy slots. What cannot be imported is listed in the report, each
 * item named, never dropped silently. A file that is not a FET file is refused with a message naming the cause.
 */
public interface FetImports {

    /**
     * What importing the file into the school year would do; writes nothing.
     *
     * @param replaceAssignments whether a class's subject already assigned differently is re-assigned as in the file
     *     (otherwise the existing assignment is kept and reported)
     */
    FetImportReport preview(UUID schoolYearId, byte[] file, boolean replaceAssignments, Locale locale);

    /** Imports the file into the school year in one transaction (all or nothing) and reports what was done. */
    FetImportReport apply(UUID schoolYearId, byte[] file, boolean replaceAssignments, Locale locale);
}
