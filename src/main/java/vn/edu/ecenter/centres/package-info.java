/**
 * Centres (Trung tâm GDTX) of the deployment and each centre's school calendar: school years (năm học) and semesters
 * (học kỳ I with 18 teaching weeks, học kỳ II with 17), kept as data. A city's Department can host many centres; the
 * system administrator creates them.
 */
@ApplicationModule(displayName = "Centres (Trung tâm)")
@NullMarked
package vn.edu.ecenter.centres;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
