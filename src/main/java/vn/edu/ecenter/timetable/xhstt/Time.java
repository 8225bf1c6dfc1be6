package vn.edu.ecenter.timetable.xhstt;

import org.jspecify.annotations.Nullable;

/**
 * One time slot of the cycle (a lesson period). Times are numbered by their position in {@link Instance#times()}, which
 * is their chronological order: an event of duration 2 starting at time {@code t} also occupies {@code t + 1}.
 *
 * @param week index of the {@link TimeGroup.Kind#WEEK} time group it belongs to, or {@link Instance#NONE}
 * @param day index of the {@link TimeGroup.Kind#DAY} time group it belongs to, or {@link Instance#NONE}
 * @param timeGroups the plain {@link TimeGroup.Kind#TIME_GROUP}s it is declared in
 */
public record Time(String id, @Nullable String name, int week, int day, IndexSet timeGroups) {}
