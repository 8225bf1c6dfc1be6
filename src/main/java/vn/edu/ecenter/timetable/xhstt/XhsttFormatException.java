package vn.edu.ecenter.timetable.xhstt;

/**
 * An XHSTT file that cannot be read: not XML, an element the format does not have, a reference to a missing Id, a
 * number that is not one. The message, in Vietnamese, names the cause, the element and Id concerned and the line, so
 * that a centre's staff can find the mistake.
 */
public final class XhsttFormatException extends RuntimeException {

    private final int line;

    XhsttFormatException(String problem, int line) {
        super(problem + " (dòng " + line + ")");
        this.line = line;
    }

    XhsttFormatException(String problem, int line, Throwable cause) {
        super(problem + " (dòng " + line + ")", cause);
        this.line = line;
    }

    /** The line of the file the problem was found on. */
    public int line() {
        return line;
    }
}
