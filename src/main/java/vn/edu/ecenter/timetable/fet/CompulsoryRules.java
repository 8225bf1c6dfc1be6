package vn.edu.ecenter.timetable.fet;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * FET's basic compulsory rules and breaks: nobody (teacher, students set without parts, room) in two activities in
 * one period, each extra activity counting one; no activity past the end of the day, each period past it counting
 * one; no activity period in a break.
 */
final class CompulsoryRules {

    private final Schedule schedule;

    CompulsoryRules(Schedule schedule) {
        this.schedule = schedule;
    }

    List<Violation> basicTime(FetConstraint.BasicCompulsoryTime c) {
        Stream<Week> people = Stream.concat(
                schedule.weeks(new Scope.AllTeachers()).stream(), schedule.weeks(new Scope.AllStudents()).stream());
        int hours = schedule.document().hours().size();
        Stream<Violation> pastTheEnd = schedule.placedActivities()
                .filter(a -> a.end() > hours)
                .map(a -> new Violation(
                        "%s bắt đầu %s, dài %d tiết, quá cuối ngày %d tiết"
                                .formatted(
                                        PeopleRules.capitalized(schedule.describe(a)),
                                        schedule.slot(a.day(), a.hour()),
                                        a.activity().duration(),
                                        a.end() - hours),
                        a.end() - hours,
                        c.header().weight()));
        return Stream.concat(clashes(people, c), pastTheEnd).toList();
    }

    List<Violation> basicSpace(FetConstraint.BasicCompulsorySpace c) {
        Map<String, List<PlacedActivity>> byRoom = schedule.placedActivities()
                .filter(a -> a.room() != null)
                .collect(Collectors.groupingBy(a -> Objects.requireNonNull(a.room())));
        Stream<Week> rooms = byRoom.entrySet().stream()
                .map(room -> new Week(
                        "phòng " + room.getKey(),
                        room.getValue(),
                        Set.of(),
                        schedule.document().days().size(),
                        schedule.document().hours().size()));
        return clashes(rooms, c).toList();
    }

    List<Violation> breaks(FetConstraint.BreakTimes c) {
        return schedule.placedActivities()
                .flatMap(a -> {
                    long inBreak = a.hours()
                            .filter(h -> c.slots().contains(new TimeSlot(a.day(), h)))
                            .count();
                    return inBreak == 0
                            ? Stream.empty()
                            : Stream.of(new Violation(
                                    "%s có %d tiết vào giờ nghỉ"
                                            .formatted(PeopleRules.capitalized(schedule.describe(a)), inBreak),
                                    (int) inBreak,
                                    c.header().weight()));
                })
                .toList();
    }

    private Stream<Violation> clashes(Stream<Week> weeks, FetConstraint c) {
        int hours = schedule.document().hours().size();
        return weeks.flatMap(week -> IntStream.range(0, week.days()).boxed().flatMap(day -> IntStream.range(0, hours)
                .filter(h -> week.load(day, h) > 1)
                .mapToObj(h -> new Violation(
                        "%s có %d hoạt động cùng lúc vào %s: %s"
                                .formatted(
                                        PeopleRules.capitalized(week.label()),
                                        week.load(day, h),
                                        schedule.slot(day, h),
                                        week.activities().stream()
                                                .filter(a -> a.day() == day
                                                        && a.hours().anyMatch(x -> x == h))
                                                .map(schedule::describe)
                                                .collect(Collectors.joining(", "))),
                        week.load(day, h) - 1,
                        c.header().weight()))));
    }
}
