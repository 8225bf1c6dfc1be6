/**
 * FET files (tệp .fet of FET, the Free Timetabling Software many Vietnamese schools use): an immutable model of a
 * {@link vn.edu.ecenter.timetable.fet.FetDocument}, a {@link vn.edu.ecenter.timetable.fet.FetReader} that is safe
 * against XXE and explains bad files in Vietnamese, a {@link vn.edu.ecenter.timetable.fet.FetChecker} that counts the
 * violations of a timetable the way FET defines its constraints, and a {@link vn.edu.ecenter.timetable.fet.FetWriter}
 * that saves data and timetable as FET 6.8.5 does. Pure Java: no Spring, no database. docs/timetable/fet.md lists the
 * supported constraints and how the checker was validated against FET itself.
 */
@NullMarked
package vn.edu.ecenter.timetable.fet;

import org.jspecify.annotations.NullMarked;
