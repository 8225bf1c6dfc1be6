package vn.edu.ecenter.gradebook.rules;

/**
 * A mark an average or result still waits for: "Học kỳ I: thiếu ĐĐGtx 3".
 *
 * @param semester the semester of the missing column
 */
public record Missing(Semester semester, MarkSlot slot) {

    /** The message key of the sentence; its arguments are {@link #arguments()}. */
    public String messageKey() {
        return "gradebook.missing." + slot.kind();
    }

    /** The semester's numeral and the column's number: {@code ["I", 3]}. */
    public Object[] arguments() {
        return new Object[] {semester.numeral(), slot.index()};
    }

    @Override
    public String toString() {
        return semester + " " + slot;
    }
}
