package vn.edu.ecenter.gradebook.prints.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;

/** Joins printed documents into one PDF, each keeping its own pages and page numbers. */
final class PdfDocuments {

    private PdfDocuments() {}

    static byte[] join(List<byte[]> documents) {
        if (documents.isEmpty()) {
            throw new IllegalArgumentException("Nothing to join");
        }
        if (documents.size() == 1) {
            return documents.getFirst();
        }
        try (PDDocument joined = Loader.loadPDF(documents.getFirst())) {
            var merger = new PDFMergerUtility();
            for (byte[] document : documents.subList(1, documents.size())) {
                try (PDDocument next = Loader.loadPDF(new RandomAccessReadBuffer(document))) {
                    merger.appendDocument(joined, next);
                }
            }
            var out = new ByteArrayOutputStream();
            joined.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot join the printed documents", e);
        }
    }

    static int pages(byte[] document) {
        try (PDDocument pdf = Loader.loadPDF(document)) {
            return pdf.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read a printed document", e);
        }
    }
}
