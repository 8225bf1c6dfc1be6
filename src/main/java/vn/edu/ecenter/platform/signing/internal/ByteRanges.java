package vn.edu.ecenter.platform.signing.internal;

import java.nio.charset.StandardCharsets;

/**
 * Checks of a signature's /ByteRange {@code [0 a b c]} against the file: the signed bytes are {@code [0, a)} and
 * {@code [b, b + c)}, and the gap {@code [a, b)} must hold nothing but the hexadecimal signature value in angle
 * brackets — otherwise unsigned content could hide in it.
 */
final class ByteRanges {

    private static final byte[] EOF_MARKER = "%%EOF".getBytes(StandardCharsets.US_ASCII);

    private ByteRanges() {}

    static boolean coversRevision(byte[] pdf, int[] range) {
        if (range.length != 4 || range[0] != 0 || range[1] <= 0 || range[2] <= range[1] || range[3] < 0) {
            return false;
        }
        long end = (long) range[2] + range[3];
        return end <= pdf.length && gapIsSignatureValue(pdf, range[1], range[2]) && endsRevision(pdf, (int) end);
    }

    /** Where the signed bytes end (clamped to the file), or 0 for a range that makes no sense. */
    static long end(byte[] pdf, int[] range) {
        if (range.length != 4) {
            return 0;
        }
        return Math.max(0, Math.min(pdf.length, (long) range[2] + range[3]));
    }

    private static boolean gapIsSignatureValue(byte[] pdf, int from, int to) {
        if (pdf[from] != '<' || pdf[to - 1] != '>') {
            return false;
        }
        for (int i = from + 1; i < to - 1; i++) {
            if (Character.digit(pdf[i], 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** A revision ends with {@code %%EOF} and an optional end of line. */
    private static boolean endsRevision(byte[] pdf, int end) {
        int i = end;
        while (i > 0 && (pdf[i - 1] == '\n' || pdf[i - 1] == '\r')) {
            i--;
        }
        if (i < EOF_MARKER.length) {
            return false;
        }
        for (int k = 0; k < EOF_MARKER.length; k++) {
            if (pdf[i - EOF_MARKER.length + k] != EOF_MARKER[k]) {
                return false;
            }
        }
        return true;
    }

    /** Whether the file holds nothing after this offset but white space (which a transfer may add). */
    static boolean onlyWhitespaceAfter(byte[] pdf, long offset) {
        for (long i = offset; i < pdf.length; i++) {
            byte b = pdf[(int) i];
            if (b != '\n' && b != '\r' && b != ' ' && b != '\t' && b != 0) {
                return false;
            }
        }
        return true;
    }
}
