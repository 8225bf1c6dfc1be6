package vn.edu.ecenter.platform.signing;

/**
 * Signs PDF documents with a PAdES baseline B-B signature (ETSI EN 319 142-1): an invisible signature field whose
 * value is a detached CMS SignedData ({@code ETSI.CAdES.detached}) with the signing-certificate-v2 attribute, the
 * signing time in the signature dictionary. The signature is appended as an incremental update, so a document that
 * is already signed keeps its earlier signatures valid: the homeroom teacher signs the học bạ, then the director.
 *
 * <p>Refuses with a {@code Rejected} (message in Vietnamese) content that is not a readable PDF and a signer for whom
 * the key source holds no key.
 */
public interface PdfSigner {

    /** The document with one more signature: the original bytes unchanged, followed by the signature's revision. */
    byte[] sign(byte[] pdf, SignRequest request);
}
