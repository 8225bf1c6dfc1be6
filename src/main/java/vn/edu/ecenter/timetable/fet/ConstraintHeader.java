package vn.edu.ecenter.timetable.fet;

/** What every FET constraint element carries besides its parameters: Weight_Percentage, Active and Comments. */
public record ConstraintHeader(Weight weight, boolean active, String comments) {

    /** An active, compulsory constraint without comments, as the writer adds for a locked timetable. */
    public static ConstraintHeader compulsory() {
        return new ConstraintHeader(Weight.HARD, true, "");
    }
}
