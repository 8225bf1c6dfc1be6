package vn.edu.ecenter.gradebook.prints;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;

/** What a printed PDF holds, read back with PDFBox: its text, page count and page orientation. */
record PrintedPdf(String text, int pages, List<Boolean> landscape) {

    static PrintedPdf read(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            List<Boolean> orientation = java.util.stream.StreamSupport.stream(
                            document.getPages().spliterator(), false)
                    .map(PrintedPdf::isLandscape)
                    .toList();
            return new PrintedPdf(stripper.getText(document), document.getNumberOfPages(), orientation);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isLandscape(PDPage page) {
        PDRectangle box = page.getMediaBox();
        boolean turned = page.getRotation() % 180 != 0;
        return turned ? box.getHeight() > box.getWidth() : box.getWidth() > box.getHeight();
    }

    /** Whether every page is A4 (210 × 297 mm, either way round, to a millimetre). */
    static boolean allA4(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                float shortSide = Math.min(
                        page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
                float longSide = Math.max(
                        page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
                if (Math.abs(shortSide - PDRectangle.A4.getWidth()) > 3
                        || Math.abs(longSide - PDRectangle.A4.getHeight()) > 3) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The line of extracted text that holds this name (a learner's row), or fails. */
    String lineOf(String name) {
        return text.lines()
                .filter(line -> line.contains(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No line with " + name + " in:\n" + text));
    }

    boolean allLandscape() {
        return landscape.stream().allMatch(Boolean::booleanValue);
    }

    boolean allPortrait() {
        return landscape.stream().noneMatch(Boolean::booleanValue);
    }
}
