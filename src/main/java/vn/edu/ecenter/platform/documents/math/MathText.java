package vn.edu.ecenter.platform.documents.math;

import java.util.ArrayList;
import java.util.List;

/**
 * A text cut into plain text and formulas, by the same delimiter rules as the browser's {@code static/js/math.js}:
 * {@code \( … \)} and {@code $ … $} in the line, {@code \[ … \]} and {@code $$ … $$} on a line of their own.
 *
 * <p>A dollar sign opens a formula only when it is followed by a non-space and not preceded by a digit, and closes one
 * only when it follows a non-space and is not followed by a digit, so that "5$", "$5 và $10" or "5$/kg và 7$/kg" stay
 * money; a formula between single dollars does not run over a line break. A backslash takes the next character with
 * it as text, so {@code \$} is never a delimiter. Both sides must keep these rules identical (see
 * {@code MathTextTests}, whose cases match the browser's).
 */
public final class MathText {

    private MathText() {}

    /** A piece of the text: written text, or a formula. */
    public sealed interface Piece {}

    /** Text as written (backslash escapes included). */
    public record Text(String text) implements Piece {}

    /**
     * A formula.
     *
     * @param tex the TeX between the delimiters
     * @param display whether it stands on a line of its own
     * @param source the formula with its delimiters, as written
     */
    public record Formula(String tex, boolean display, String source) implements Piece {}

    /** The text cut into pieces, in order; their written forms put together give the text back. */
    public static List<Piece> split(String text) {
        List<Piece> pieces = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int i = 0;
        int length = text.length();
        while (i < length) {
            char c = text.charAt(i);
            int next = at(text, i + 1);
            if (c == '\\' && (next == '(' || next == '[')) {
                int end = text.indexOf(next == '(' ? "\\)" : "\\]", i + 2);
                if (end > i + 2) {
                    flush(pieces, plain);
                    pieces.add(new Formula(text.substring(i + 2, end), next == '[', text.substring(i, end + 2)));
                    i = end + 2;
                    continue;
                }
            } else if (c == '\\') {
                plain.append(text, i, Math.min(i + 2, length));
                i += 2;
                continue;
            } else if (c == '$' && next == '$') {
                int end = text.indexOf("$$", i + 2);
                if (end > i + 2) {
                    flush(pieces, plain);
                    pieces.add(new Formula(text.substring(i + 2, end), true, text.substring(i, end + 2)));
                    i = end + 2;
                    continue;
                }
                plain.append("$$");
                i += 2;
                continue;
            } else if (c == '$' && !isSpace(next) && !isDigit(at(text, i - 1))) {
                int end = closingDollar(text, i);
                if (end > 0) {
                    flush(pieces, plain);
                    pieces.add(new Formula(text.substring(i + 1, end), false, text.substring(i, end + 1)));
                    i = end + 1;
                    continue;
                }
            }
            plain.append(c);
            i++;
        }
        flush(pieces, plain);
        return pieces;
    }

    /** Whether the text may hold a formula at all (a cheap test before splitting). */
    public static boolean mayHoldMath(String text) {
        return text.indexOf('$') >= 0 || text.contains("\\(") || text.contains("\\[");
    }

    /** Where the inline formula opened by the dollar at index open ends, or -1. */
    private static int closingDollar(String text, int open) {
        for (int j = open + 1; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '\\') {
                j++;
            } else if (c == '\n') {
                return -1;
            } else if (c == '$' && !isSpace(at(text, j - 1)) && !isDigit(at(text, j + 1))) {
                return j;
            }
        }
        return -1;
    }

    private static void flush(List<Piece> pieces, StringBuilder plain) {
        if (!plain.isEmpty()) {
            pieces.add(new Text(plain.toString()));
            plain.setLength(0);
        }
    }

    /** The character at index, or -1 outside the text (which is neither a space nor a digit, as in JavaScript). */
    private static int at(String text, int index) {
        return index >= 0 && index < text.length() ? text.charAt(index) : -1;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    /** JavaScript's {@code \s}: Unicode spaces, line terminators and the byte order mark. */
    private static boolean isSpace(int c) {
        return switch (c) {
            case '\t', '\n', 0x0B, '\f', '\r', ' ', 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF ->
                true;
            default -> c >= 0x2000 && c <= 0x200A;
        };
    }
}
