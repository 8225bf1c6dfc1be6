package vn.edu.ecenter.centres;

import java.time.LocalDate;
import java.util.List;

/** Adds a school year with its semesters to the current centre. */
public record CreateSchoolYear(
        String name, LocalDate startsOn, LocalDate endsOn, boolean current, List<SemesterView> semesters) {}
