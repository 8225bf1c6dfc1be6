package vn.edu.ecenter.platform.signing.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Small PDFs for signing tests: a one-page score extract whose text is readable in the file's bytes. */
final class SamplePdfs {

    static final String SCORE_LINE = "Toan - DTBmcn: 8.5";

    private SamplePdfs() {}

    /** One page, its content stream left uncompressed so that a test can find and change the score in the bytes. */
    static byte[] scoreExtract() {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (var content =
                    new PDPageContentStream(document, page, PDPageContentStream.AppendMode.OVERWRITE, false)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN), 12);
                content.newLineAtOffset(72, 700);
                content.showText("Hoc ba - Nguyen Van An - lop 10A1");
                content.newLineAtOffset(0, -20);
                content.showText(SCORE_LINE);
                content.endText();
            }
            var out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same bytes with one occurrence of {@code from} replaced by {@code to} (of the same length). */
    static byte[] replaced(byte[] pdf, String from, String to) {
        byte[] needle = from.getBytes(StandardCharsets.US_ASCII);
        byte[] replacement = to.getBytes(StandardCharsets.US_ASCII);
        int at = indexOf(pdf, needle);
        if (at < 0 || needle.length != replacement.length) {
            throw new IllegalArgumentException(from + " is not in the PDF, or the replacement differs in length");
        }
        byte[] changed = pdf.clone();
        System.arraycopy(replacement, 0, changed, at, replacement.length);
        return changed;
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int k = 0; k < needle.length; k++) {
                if (haystack[i + k] != needle[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** An unsigned incremental update appended to the file: a new document title, as any PDF editor could save it. */
    static byte[] withTitleChangedIncrementally(byte[] pdf, String title) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var information = document.getDocumentInformation();
            information.setTitle(title);
            var out = new ByteArrayOutputStream();
            document.saveIncremental(out, Set.of(information.getCOSObject()));
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
