package vn.edu.ecenter.timetable.fet;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What a FET file brought in, for the person importing it: counts, the constraint types eCenter does not support (by
 * element name, with how many of each: kept in the document and written back, but not checked or solved), and the
 * inactive activities and constraints, which are kept but skipped by the checker.
 *
 * @param classes students sets without parts (the classes in Vietnamese files, which have no subgroups)
 * @param periodsToPlace total duration of the active activities
 */
public record ImportReport(
        int days,
        int hours,
        int subjects,
        int teachers,
        int years,
        int classes,
        int activities,
        int activeActivities,
        int periodsToPlace,
        int timeConstraints,
        int spaceConstraints,
        SortedMap<String, Integer> unsupportedConstraints,
        int inactiveActivities,
        int inactiveConstraints) {

    public ImportReport {
        unsupportedConstraints = new TreeMap<>(unsupportedConstraints);
    }

    public static ImportReport of(FetDocument document) {
        StudentsStructure students = StudentsStructure.of(document);
        Map<String, Integer> unsupported = document.constraints()
                .filter(FetConstraint.Unsupported.class::isInstance)
                .collect(Collectors.groupingBy(FetConstraint::elementName, Collectors.summingInt(c -> 1)));
        return new ImportReport(
                document.days().size(),
                document.hours().size(),
                document.subjects().size(),
                document.teachers().size(),
                document.years().size(),
                students.units().size(),
                document.activities().size(),
                (int) document.activeActivities().count(),
                document.activeActivities().mapToInt(Activity::duration).sum(),
                document.timeConstraints().size(),
                document.spaceConstraints().size(),
                new TreeMap<>(unsupported),
                (int) document.activities().stream().filter(a -> !a.active()).count(),
                (int) document.constraints().filter(c -> !c.header().active()).count());
    }

    /** The report as one Vietnamese paragraph for the import screen and the command line. */
    public String summary() {
        StringBuilder text = new StringBuilder()
                .append(days)
                .append(" ngày x ")
                .append(hours)
                .append(" tiết; ")
                .append(subjects)
                .append(" môn, ")
                .append(teachers)
                .append(" giáo viên, ")
                .append(classes)
                .append(" lớp (")
                .append(years)
                .append(" khối); ")
                .append(activeActivities)
                .append('/')
                .append(activities)
                .append(" hoạt động đang dùng, ")
                .append(periodsToPlace)
                .append(" tiết cần xếp; ")
                .append(timeConstraints)
                .append(" ràng buộc thời gian, ")
                .append(spaceConstraints)
                .append(" ràng buộc không gian.");
        if (!unsupportedConstraints.isEmpty()) {
            text.append(" Chưa hỗ trợ (giữ nguyên, không kiểm tra): ")
                    .append(unsupportedConstraints.entrySet().stream()
                            .map(e -> e.getKey() + " x" + e.getValue())
                            .collect(Collectors.joining(", ")))
                    .append('.');
        }
        if (inactiveActivities + inactiveConstraints > 0) {
            text.append(" Bỏ qua (không hoạt động): ")
                    .append(inactiveActivities)
                    .append(" hoạt động, ")
                    .append(inactiveConstraints)
                    .append(" ràng buộc.");
        }
        return text.toString();
    }
}
