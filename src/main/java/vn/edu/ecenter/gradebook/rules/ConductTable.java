package vn.edu.ecenter.gradebook.rules;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The year's conduct result (kết quả rèn luyện cả năm) from the two semesters' results, as a lookup table: one row per
 * semester-II level, each row listing the year level for semester-I Tốt, Khá, Đạt, Chưa đạt. The homeroom teacher
 * proposes each semester's level and the head of the centre approves it (TT 43/2021 Art. 18).
 *
 * <p>FROM MEMORY (vn-regulations §1.5): the whole table. It is data of each rule set, not code.
 */
public record ConductTable(Map<Rating, List<Rating>> bySecondSemester) {

    public ConductTable {
        if (bySecondSemester.size() != Rating.values().length
                || bySecondSemester.values().stream().anyMatch(row -> row.size() != Rating.values().length)) {
            throw new IllegalArgumentException("A conduct table has a year level for every HK1 × HK2 pair");
        }
        bySecondSemester = Map.copyOf(new EnumMap<>(bySecondSemester));
    }

    /** The year level for these semester levels. */
    public Rating year(Rating first, Rating second) {
        return bySecondSemester.get(second).get(first.ordinal());
    }
}
