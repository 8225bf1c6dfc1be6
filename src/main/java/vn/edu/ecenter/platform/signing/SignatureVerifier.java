package vn.edu.ecenter.platform.signing;

/**
 * Checks the signatures of a PDF: for each one, who signed and when, whether its byte range covers the document up to
 * its revision, whether the message digest and the CMS signature verify; and whether the document was changed after
 * the last signature. Refuses with a {@code Rejected} content that is not a readable PDF.
 */
public interface SignatureVerifier {

    PdfVerification verify(byte[] pdf);
}
