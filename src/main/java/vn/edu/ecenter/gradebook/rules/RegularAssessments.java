package vn.edu.ecenter.gradebook.rules;

/**
 * How many regular assessments (ĐĐGtx) a subject has per semester (TT 22/2021 Art. 6; TT 43/2021 Art. 6): by the
 * subject's periods per year, 2 up to {@code firstLimit} (35), 3 up to {@code secondLimit} (70), 4 above; a subject
 * assessed by comments only has {@code commentOnly} (2); each learning-topic cluster (cụm chuyên đề học tập) the
 * subject carries adds {@code perTopicCluster} (1), because topic scores count as ĐĐGtx (TT 43/2021 Art. 9.1).
 *
 * <p>FROM MEMORY (vn-regulations §1.2): that TT 43 uses the same 35/70 scale as TT 22 (high confidence), and one
 * ĐĐGtx per topic cluster per semester.
 */
public record RegularAssessments(
        int firstLimit,
        int firstCount,
        int secondLimit,
        int secondCount,
        int aboveCount,
        int commentOnly,
        int perTopicCluster) {

    public RegularAssessments {
        if (firstLimit < 1 || secondLimit <= firstLimit || firstCount < 1 || commentOnly < 1 || perTopicCluster < 0) {
            throw new IllegalArgumentException("Inconsistent regular-assessment scale");
        }
    }

    /**
     * @param periodsPerYear the subject's periods per year, learning topics not included
     * @param topicClusters the learning-topic clusters of the subject the learner takes (0 for none)
     */
    public int count(Grading grading, int periodsPerYear, int topicClusters) {
        if (periodsPerYear < 1 || topicClusters < 0) {
            throw new IllegalArgumentException("Periods per year ≥ 1 and topic clusters ≥ 0");
        }
        int base;
        if (grading == Grading.COMMENTS) {
            base = commentOnly;
        } else if (periodsPerYear <= firstLimit) {
            base = firstCount;
        } else if (periodsPerYear <= secondLimit) {
            base = secondCount;
        } else {
            base = aboveCount;
        }
        return base + topicColumns(topicClusters);
    }

    /** The ĐĐGtx that learning-topic scores add: {@code perTopicCluster} for each cluster (FROM MEMORY: 1). */
    public int topicColumns(int topicClusters) {
        if (topicClusters < 0) {
            throw new IllegalArgumentException("Topic clusters ≥ 0");
        }
        return topicClusters * perTopicCluster;
    }
}
