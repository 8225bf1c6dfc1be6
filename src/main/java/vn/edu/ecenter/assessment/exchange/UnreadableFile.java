package vn.edu.ecenter.assessment.exchange;

/**
 * A file that cannot be read at all (empty, too big, not XML, not a zip, not a workbook, an unsafe package); its
 * message, in Vietnamese, is meant for the person who uploaded it.
 */
public class UnreadableFile extends RuntimeException {

    UnreadableFile(String message) {
        super(message);
    }

    UnreadableFile(String message, Throwable cause) {
        super(message, cause);
    }

    static UnreadableFile of(String key, Object... arguments) {
        return new UnreadableFile(Wording.text(key, arguments));
    }
}
