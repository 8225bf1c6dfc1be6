package vn.edu.ecenter.platform.signing;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * What the verifier found about one signature of a PDF. Integrity only: whether the certificate is trusted (a public
 * CA under NĐ 23/2025, the Government Cipher Committee) is for the PDF reader or a later trust list to decide.
 *
 * @param fieldName the signature field ("Signature1")
 * @param signerName the common name (CN) of the signing certificate, or null if the CMS holds no certificate for it
 * @param signingTime the time in the signature dictionary (/M), as the signer's software claimed it
 * @param reason the reason in the signature dictionary
 * @param location the location in the signature dictionary
 * @param subFilter the signature's format: {@code ETSI.CAdES.detached} for PAdES
 * @param revisionLength how many bytes of the file the signature covers: the document up to and including its revision
 * @param coversRevision the byte range starts at the first byte, leaves out exactly the signature value and ends where
 *     a revision of the file ends (after its {@code %%EOF})
 * @param coversWholeDocument the byte range ends at the end of the file (nothing was appended after this signature)
 * @param digestMatches the hash of the covered bytes equals the message digest the signature holds
 * @param signatureValid the CMS signature value verifies with the certificate's public key
 * @param certificateBound the signing-certificate-v2 attribute names the certificate that verifies the signature
 */
public record SignatureCheck(
        String fieldName,
        @Nullable String signerName,
        @Nullable OffsetDateTime signingTime,
        @Nullable String reason,
        @Nullable String location,
        @Nullable String subFilter,
        long revisionLength,
        boolean coversRevision,
        boolean coversWholeDocument,
        boolean digestMatches,
        boolean signatureValid,
        boolean certificateBound) {

    /** The signed revision is exactly as the signer signed it. */
    public boolean intact() {
        return coversRevision && digestMatches && signatureValid && certificateBound;
    }
}
