package vn.edu.ecenter.gradebook;

import java.util.List;

/**
 * The director's overview of a period's results across the centre's classes of the current school year: how many
 * learners got each learning result per class, each conduct level per class, and per subject how many averages fall in
 * each band (below 3,5; 3,5–4,9; 5,0–6,4; 6,5–7,9; 8,0 and above) or are Đạt / Chưa đạt.
 */
public record CentreOverview(
        String schoolYearName,
        ResultPeriod period,
        int learners,
        Distribution learning,
        List<Distribution> learningByClass,
        List<Distribution> conductByClass,
        List<Distribution> bySubject) {

    public CentreOverview {
        learningByClass = List.copyOf(learningByClass);
        conductByClass = List.copyOf(conductByClass);
        bySubject = List.copyOf(bySubject);
    }

    /** One chart: a label (a class's or subject's name) and its bars. */
    public record Distribution(String label, List<Bar> bars) {

        public Distribution {
            bars = List.copyOf(bars);
        }

        public int total() {
            return bars.stream().mapToInt(Bar::count).sum();
        }

        /** The largest bar, for scaling (at least 1). */
        public int max() {
            return Math.max(1, bars.stream().mapToInt(Bar::count).max().orElse(0));
        }
    }

    /** A bar: its message key ("results.band.B8", "gradebook.rating.TOT") and how many learners. */
    public record Bar(String key, int count) {}
}
