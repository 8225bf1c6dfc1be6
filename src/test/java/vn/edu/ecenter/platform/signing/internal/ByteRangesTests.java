package vn.edu.ecenter.platform.signing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The byte-range rules on a miniature file: signed part, hex gap, signed part ending a revision. */
class ByteRangesTests {

    static final String BEFORE = "%PDF-1.7 signed part /Contents ";
    static final String GAP = "<3082abcdef000000>";
    static final String AFTER = " /M (D:2026) trailer\n%%EOF\n";

    @Test
    void aRangeThatLeavesOutOnlyTheSignatureValueAndEndsARevisionCoversIt() {
        byte[] file = bytes(BEFORE + GAP + AFTER);

        assertThat(ByteRanges.coversRevision(file, range(file))).isTrue();
        assertThat(ByteRanges.onlyWhitespaceAfter(file, file.length)).isTrue();
    }

    @Test
    void contentHiddenInTheGapIsNotCovered() {
        byte[] file = bytes(BEFORE + "<3082> /Hidden (9,5) <00>" + AFTER);

        assertThat(ByteRanges.coversRevision(file, range(file))).isFalse();
    }

    @Test
    void aRangeThatDoesNotStartAtTheFirstByteIsNotCovered() {
        byte[] file = bytes(BEFORE + GAP + AFTER);
        int[] range = range(file);

        assertThat(ByteRanges.coversRevision(file, new int[] {1, range[1] - 1, range[2], range[3]}))
                .isFalse();
    }

    @Test
    void aRangeThatStopsInsideARevisionIsNotCovered() {
        byte[] file = bytes(BEFORE + GAP + AFTER);
        int[] range = range(file);

        assertThat(ByteRanges.coversRevision(file, new int[] {0, range[1], range[2], range[3] - 8}))
                .isFalse();
        assertThat(ByteRanges.coversRevision(file, new int[] {0, range[1], range[2], range[3] + 1}))
                .as("beyond the end of the file")
                .isFalse();
    }

    @Test
    void onlyWhiteSpaceAfterTheLastRevisionIsNotAChange() {
        byte[] file = bytes(BEFORE + GAP + AFTER + "\r\n ");
        byte[] appended = bytes(BEFORE + GAP + AFTER + "1 0 obj << >> endobj\n%%EOF\n");
        int end = bytes(BEFORE + GAP + AFTER).length;

        assertThat(ByteRanges.onlyWhitespaceAfter(file, end)).isTrue();
        assertThat(ByteRanges.onlyWhitespaceAfter(appended, end)).isFalse();
    }

    /** [0, start of the gap, end of the gap, rest of the file]. */
    private static int[] range(byte[] file) {
        String text = new String(file, StandardCharsets.ISO_8859_1);
        int gapStart = text.indexOf('<');
        int gapEnd = text.indexOf(AFTER);
        return new int[] {0, gapStart, gapEnd, file.length - gapEnd};
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
