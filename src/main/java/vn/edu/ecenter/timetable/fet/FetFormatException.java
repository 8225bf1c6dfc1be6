package vn.edu.ecenter.timetable.fet;

import org.jspecify.annotations.Nullable;

/**
 * A file that cannot be read as a FET file, with a Vietnamese message naming the cause, the element and the line, so
 * that the school's staff can find and fix it ("Hoạt động Id=12 ghi giáo viên «Lan» không có trong danh sách giáo
 * viên (phần tử &lt;Activity&gt;, dòng 431)").
 */
public class FetFormatException extends RuntimeException {

    private final String problem;
    private final @Nullable String element;
    private final int line;

    FetFormatException(String problem, @Nullable String element, int line) {
        super(problem + place(element, line));
        this.problem = problem;
        this.element = element;
        this.line = line;
    }

    FetFormatException(String problem, FetElement at) {
        this(problem, at.name(), at.line());
    }

    /** What is wrong, without the place. */
    public String problem() {
        return problem;
    }

    /** The element the problem was found in, when known. */
    public @Nullable String element() {
        return element;
    }

    /** The line the problem was found on, from 1; 0 when unknown. */
    public int line() {
        return line;
    }

    private static String place(@Nullable String element, int line) {
        if (element == null) {
            return line > 0 ? " (dòng " + line + ")" : "";
        }
        return " (phần tử <" + element + ">" + (line > 0 ? ", dòng " + line : "") + ")";
    }
}
