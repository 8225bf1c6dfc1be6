package vn.edu.ecenter.centres;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A school year (năm học) such as "2026-2027" with its semesters in order. */
public record SchoolYearView(
        UUID id, String name, LocalDate startsOn, LocalDate endsOn, boolean current, List<SemesterView> semesters) {

    public int teachingWeeks() {
        return semesters.stream().mapToInt(SemesterView::teachingWeeks).sum();
    }
}
