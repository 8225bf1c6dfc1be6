package vn.edu.ecenter.timetable.fet;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The rules about a person's week, each written once and applied to every {@link Week} its {@link Scope} selects.
 * Amounts follow FET: excess days or gaps, periods in a not-available slot, one per day over the daily maximum, one
 * per run over the continuous maximum, one per day under the daily minimum.
 */
final class PeopleRules {

    private final Schedule schedule;

    PeopleRules(Schedule schedule) {
        this.schedule = schedule;
    }

    List<Violation> notAvailable(FetConstraint.NotAvailableTimes c) {
        return each(c.scope(), week -> c.slots().stream()
                .filter(slot -> week.busy(slot.day(), slot.hour()))
                .map(slot -> new Violation(
                        "%s không rảnh vào %s nhưng có %s"
                                .formatted(
                                        capitalized(week.label()),
                                        schedule.slot(slot.day(), slot.hour()),
                                        activitiesAt(week, slot)),
                        week.load(slot.day(), slot.hour()),
                        c.header().weight())));
    }

    List<Violation> maxDaysPerWeek(FetConstraint.MaxDaysPerWeek c) {
        return each(
                c.scope(),
                week -> excess(
                        week.workingDays(),
                        c.maxDays(),
                        c,
                        "%s có tiết vào %d ngày trong tuần, tối đa %d"
                                .formatted(capitalized(week.label()), week.workingDays(), c.maxDays())));
    }

    List<Violation> intervalMaxDaysPerWeek(FetConstraint.IntervalMaxDaysPerWeek c) {
        return each(c.scope(), week -> {
            long days = IntStream.range(0, week.days())
                    .filter(d -> week.busyBetween(d, c.startHour(), c.endHour()))
                    .count();
            return excess(
                    days,
                    c.maxDays(),
                    c,
                    "%s có tiết trong khoảng %s vào %d ngày trong tuần, tối đa %d"
                            .formatted(capitalized(week.label()), interval(c), days, c.maxDays()));
        });
    }

    List<Violation> maxGapsPerWeek(FetConstraint.MaxGapsPerWeek c) {
        return each(c.scope(), week -> {
            int gaps = IntStream.range(0, week.days()).map(week::gaps).sum();
            return excess(
                    gaps,
                    c.maxGaps(),
                    c,
                    "%s có %d tiết trống trong tuần, tối đa %d"
                            .formatted(capitalized(week.label()), gaps, c.maxGaps()));
        });
    }

    List<Violation> maxGapsPerDay(FetConstraint.MaxGapsPerDay c) {
        return eachDay(
                c.scope(),
                (week, day) -> excess(
                        week.gaps(day),
                        c.maxGaps(),
                        c,
                        "%s có %d tiết trống vào %s, tối đa %d"
                                .formatted(capitalized(week.label()), week.gaps(day), schedule.day(day), c.maxGaps())));
    }

    List<Violation> maxHoursDaily(FetConstraint.MaxHoursDaily c) {
        return eachDay(
                c.scope(),
                (week, day) -> once(
                        week.busyHours(day) > c.maxHours(),
                        c,
                        "%s có %d tiết vào %s, tối đa %d"
                                .formatted(
                                        capitalized(week.label()),
                                        week.busyHours(day),
                                        schedule.day(day),
                                        c.maxHours())));
    }

    List<Violation> maxHoursContinuously(FetConstraint.MaxHoursContinuously c) {
        return eachDay(c.scope(), (week, day) -> week.runs(day).stream()
                .filter(run -> run.length() > c.maxHours())
                .flatMap(run -> once(
                        true,
                        c,
                        "%s có %d tiết liền nhau từ %s, tối đa %d"
                                .formatted(
                                        capitalized(week.label()),
                                        run.length(),
                                        schedule.slot(day, run.start()),
                                        c.maxHours()))));
    }

    List<Violation> minHoursDaily(FetConstraint.MinHoursDaily c) {
        return eachDay(c.scope(), (week, day) -> {
            int hours = week.busyHours(day);
            return once(
                    hours < c.minHours() && (hours > 0 || !c.allowEmptyDays()),
                    c,
                    "%s chỉ có %d tiết vào %s, tối thiểu %d"
                            .formatted(capitalized(week.label()), hours, schedule.day(day), c.minHours()));
        });
    }

    private List<Violation> each(Scope scope, Function<Week, Stream<Violation>> rule) {
        return schedule.weeks(scope).stream().flatMap(rule).toList();
    }

    private interface DayRule {
        Stream<Violation> check(Week week, int day);
    }

    private List<Violation> eachDay(Scope scope, DayRule rule) {
        return each(scope, week -> IntStream.range(0, week.days()).boxed().flatMap(day -> rule.check(week, day)));
    }

    private static Stream<Violation> excess(long actual, int allowed, FetConstraint c, String description) {
        return actual > allowed
                ? Stream.of(new Violation(
                        description, (int) (actual - allowed), c.header().weight()))
                : Stream.empty();
    }

    private static Stream<Violation> once(boolean broken, FetConstraint c, String description) {
        return broken ? Stream.of(new Violation(description, 1, c.header().weight())) : Stream.empty();
    }

    private String activitiesAt(Week week, TimeSlot slot) {
        return week.activities().stream()
                .filter(a -> a.day() == slot.day() && a.hours().anyMatch(h -> h == slot.hour()))
                .map(schedule::describe)
                .collect(Collectors.joining(", "));
    }

    private String interval(FetConstraint.IntervalMaxDaysPerWeek c) {
        List<String> hours = schedule.document().hours();
        return hours.get(c.startHour()) + " – " + (c.endHour() < hours.size() ? hours.get(c.endHour()) : "cuối ngày");
    }

    static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
