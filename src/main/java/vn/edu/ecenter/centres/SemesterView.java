package vn.edu.ecenter.centres;

import java.time.LocalDate;

/** A semester (học kỳ) of a school year with its number of teaching weeks. */
public record SemesterView(int number, LocalDate startsOn, LocalDate endsOn, int teachingWeeks) {}
