package vn.edu.ecenter.platform.signing.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import vn.edu.ecenter.platform.web.Rejected;

/** Opens a PDF to sign or verify, turning what is wrong with it into a message for the user. */
final class PdfDocuments {

    private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private PdfDocuments() {}

    static PDDocument load(byte[] pdf) {
        if (pdf.length < MAGIC.length || !Arrays.equals(pdf, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new Rejected("signing.notPdf");
        }
        try {
            return Loader.loadPDF(pdf);
        } catch (InvalidPasswordException e) {
            throw new Rejected("signing.encryptedPdf");
        } catch (IOException e) {
            throw new Rejected("signing.unreadablePdf");
        }
    }
}
