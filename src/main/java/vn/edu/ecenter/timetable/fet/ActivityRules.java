package vn.edu.ecenter.timetable.fet;

import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The rules about named or selected activities. Unplaced activities are left out: a constraint says nothing about an
 * activity not yet in the timetable. Amounts follow FET: one per wrong start, one per period outside the allowed
 * slots, one per pair on different days, one per shared period of a pair, and days too close per pair.
 */
final class ActivityRules {

    private final Schedule schedule;

    ActivityRules(Schedule schedule) {
        this.schedule = schedule;
    }

    List<Violation> preferredStartingTime(FetConstraint.ActivityPreferredStartingTime c) {
        return schedule.placed(c.activityId()).stream()
                .filter(a -> (c.day() != null && c.day() != a.day()) || (c.hour() != null && c.hour() != a.hour()))
                .map(a -> new Violation(
                        "%s bắt đầu %s thay vì %s"
                                .formatted(
                                        PeopleRules.capitalized(schedule.describe(a)),
                                        schedule.slot(a.day(), a.hour()),
                                        preferred(c)),
                        1,
                        c.header().weight()))
                .toList();
    }

    private String preferred(FetConstraint.ActivityPreferredStartingTime c) {
        String day = c.day() == null ? "ngày bất kỳ" : schedule.day(c.day());
        String hour =
                c.hour() == null ? "tiết bất kỳ" : schedule.document().hours().get(c.hour());
        return day + ", " + hour;
    }

    List<Violation> preferredRoom(FetConstraint.ActivityPreferredRoom c) {
        return schedule.placed(c.activityId()).stream()
                .filter(a -> !c.room().equals(a.room()) && !c.realRooms().contains(a.room()))
                .map(a -> new Violation(
                        "%s ở %s thay vì phòng %s"
                                .formatted(
                                        PeopleRules.capitalized(schedule.describe(a)),
                                        a.room() == null ? "không phòng nào" : "phòng " + a.room(),
                                        c.room()),
                        1,
                        c.header().weight()))
                .toList();
    }

    List<Violation> preferredStartingTimes(FetConstraint.ActivityPreferredStartingTimes c) {
        return schedule.placed(c.activityId()).stream()
                .filter(a -> !c.slots().contains(new TimeSlot(a.day(), a.hour())))
                .map(a -> new Violation(
                        "%s bắt đầu %s, không phải giờ bắt đầu được chọn"
                                .formatted(
                                        PeopleRules.capitalized(schedule.describe(a)),
                                        schedule.slot(a.day(), a.hour())),
                        1,
                        c.header().weight()))
                .toList();
    }

    List<Violation> preferredTimeSlots(FetConstraint.ActivityPreferredTimeSlots c) {
        return outside(schedule.placed(c.activityId()).stream(), c.slots(), c);
    }

    List<Violation> preferredTimeSlots(FetConstraint.ActivitiesPreferredTimeSlots c) {
        return outside(
                schedule.placedActivities().filter(a -> c.filter().selects(a.activity(), schedule.students())),
                c.slots(),
                c);
    }

    /** Every period of the activity must lie in an allowed slot; FET counts the periods that do not. */
    private List<Violation> outside(Stream<PlacedActivity> activities, List<TimeSlot> allowed, FetConstraint c) {
        return activities
                .flatMap(a -> {
                    List<Integer> outside = a.hours()
                            .filter(h -> !allowed.contains(new TimeSlot(a.day(), h)))
                            .boxed()
                            .toList();
                    return outside.isEmpty()
                            ? Stream.empty()
                            : Stream.of(new Violation(
                                    "%s có %d tiết ngoài các khung giờ cho phép: %s"
                                            .formatted(
                                                    PeopleRules.capitalized(schedule.describe(a)),
                                                    outside.size(),
                                                    outside.stream()
                                                            .map(h -> schedule.slot(a.day(), h))
                                                            .collect(Collectors.joining("; "))),
                                    outside.size(),
                                    c.header().weight()));
                })
                .toList();
    }

    List<Violation> sameStartingDay(FetConstraint.ActivitiesSameStartingDay c) {
        return pairs(
                c.activityIds(),
                (a, b) -> a.day() == b.day()
                        ? Stream.empty()
                        : Stream.of(new Violation(
                                "%s (%s) và %s (%s) không bắt đầu cùng ngày"
                                        .formatted(
                                                PeopleRules.capitalized(schedule.describe(a)),
                                                schedule.day(a.day()),
                                                schedule.describe(b),
                                                schedule.day(b.day())),
                                1,
                                c.header().weight())));
    }

    List<Violation> notOverlapping(FetConstraint.ActivitiesNotOverlapping c) {
        return pairs(
                c.activityIds(),
                (a, b) -> a.overlap(b) == 0
                        ? Stream.empty()
                        : Stream.of(new Violation(
                                "%s và %s trùng nhau %d tiết vào %s"
                                        .formatted(
                                                PeopleRules.capitalized(schedule.describe(a)),
                                                schedule.describe(b),
                                                a.overlap(b),
                                                schedule.day(a.day())),
                                a.overlap(b),
                                c.header().weight())));
    }

    /**
     * Each pair closer than {@code minDays} costs the missing days at the constraint's weight. A pair on one day that
     * does not follow each other, under consecutive-if-same-day, is a separate violation that is always hard: FET 6.8.5
     * refuses such a timetable whatever the weight.
     */
    List<Violation> minDaysBetween(FetConstraint.MinDaysBetweenActivities c) {
        return pairs(c.activityIds(), (a, b) -> {
            int distance = Math.abs(a.day() - b.day());
            Stream<Violation> tooClose = distance >= c.minDays()
                    ? Stream.empty()
                    : Stream.of(new Violation(
                            "%s (%s) và %s (%s) cách nhau %d ngày, tối thiểu %d"
                                    .formatted(
                                            PeopleRules.capitalized(schedule.describe(a)),
                                            schedule.day(a.day()),
                                            schedule.describe(b),
                                            schedule.day(b.day()),
                                            distance,
                                            c.minDays()),
                            c.minDays() - distance,
                            c.header().weight()));
            Stream<Violation> apart = c.consecutiveIfSameDay() && distance == 0 && !a.adjacentTo(b)
                    ? Stream.of(new Violation(
                            "%s và %s cùng vào %s nhưng không liền nhau"
                                    .formatted(
                                            PeopleRules.capitalized(schedule.describe(a)),
                                            schedule.describe(b),
                                            schedule.day(a.day())),
                            1,
                            Weight.HARD))
                    : Stream.empty();
            return Stream.concat(tooClose, apart);
        });
    }

    private List<Violation> pairs(
            List<Integer> activityIds, BiFunction<PlacedActivity, PlacedActivity, Stream<Violation>> rule) {
        List<PlacedActivity> placed = schedule.placed(activityIds);
        return IntStream.range(0, placed.size())
                .boxed()
                .flatMap(i -> placed.subList(i + 1, placed.size()).stream().flatMap(b -> rule.apply(placed.get(i), b)))
                .toList();
    }
}
