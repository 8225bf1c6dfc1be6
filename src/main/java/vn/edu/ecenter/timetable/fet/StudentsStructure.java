package vn.edu.ecenter.timetable.fet;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The students sets without parts (FET's subgroups: a class with no subgroups, or a year with no groups), which are
 * the ones that cannot be in two activities at once, and which of them each named set stands for.
 */
final class StudentsStructure {

    private static final List<String> LEVELS = List.of("khối", "lớp", "nhóm");

    private final Map<String, Set<String>> unitsOf = new LinkedHashMap<>();
    private final Map<String, String> labels = new LinkedHashMap<>();

    private StudentsStructure() {}

    static StudentsStructure of(FetDocument document) {
        StudentsStructure structure = new StudentsStructure();
        document.years().forEach(year -> structure.add(year, 0));
        return structure;
    }

    private Set<String> add(StudentsSet set, int level) {
        Set<String> units = unitsOf.computeIfAbsent(set.name(), name -> new LinkedHashSet<>());
        if (set.parts().isEmpty()) {
            units.add(set.name());
            labels.putIfAbsent(set.name(), LEVELS.get(level) + " " + set.name());
        }
        set.parts().forEach(part -> units.addAll(add(part, level + 1)));
        return units;
    }

    /** Every set without parts, in the file's order. */
    List<String> units() {
        return List.copyOf(labels.keySet());
    }

    /** The sets without parts that a named set stands for (itself when it has none). */
    Set<String> unitsOf(String set) {
        return unitsOf.getOrDefault(set, Set.of());
    }

    /** "lớp 6A", "khối 10", "nhóm 10A1-1": how descriptions name a set without parts. */
    String label(String unit) {
        return labels.getOrDefault(unit, unit);
    }
}
