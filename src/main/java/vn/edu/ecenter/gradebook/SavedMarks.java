package vn.edu.ecenter.gradebook;

import java.util.List;
import java.util.UUID;
import vn.edu.ecenter.gradebook.rules.SubjectResult;

/**
 * What a save did: every cell of the request as it is now (with its new version; an unchanged mark keeps its version),
 * how many marks changed, and the semester result of each learner concerned.
 */
public record SavedMarks(int changed, List<Saved> cells, List<Average> averages) {

    public SavedMarks {
        cells = List.copyOf(cells);
        averages = List.copyOf(averages);
    }

    public record Saved(UUID learnerId, ScoreCell cell) {}

    public record Average(UUID learnerId, SubjectResult result) {}
}
