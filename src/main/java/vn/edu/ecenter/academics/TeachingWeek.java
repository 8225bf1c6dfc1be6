package vn.edu.ecenter.academics;

/**
 * Which teaching week a date falls in.
 *
 * @param semester 1 or 2
 * @param week the teaching week within the semester, from 1; weeks without a school day (e.g. the Tết break) are not
 *     counted
 * @param weekOfYear the teaching week within the school year, from 1
 * @param schoolDay whether the date itself is a school day
 */
public record TeachingWeek(int semester, int week, int weekOfYear, boolean schoolDay) {}
