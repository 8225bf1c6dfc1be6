package vn.edu.ecenter.gradebook;

import java.util.List;
import java.util.UUID;
import vn.edu.ecenter.gradebook.rules.SubjectResult;
import vn.edu.ecenter.shared.PersonName;

/**
 * A learner's row of a score sheet: number in the sheet (STT), the cells in book order (TX 1…n, GK, CK) and the
 * semester result, {@link SubjectResult.Incomplete} until every cell has its mark.
 */
public record ScoreRow(
        int number, UUID learnerId, String code, PersonName name, List<ScoreCell> cells, SubjectResult average) {

    public ScoreRow {
        cells = List.copyOf(cells);
    }
}
