package vn.edu.ecenter.platform.signing;

import java.util.List;

/**
 * The signatures of a PDF, in the order they were made, and whether anything was appended after the last one.
 *
 * @param signatures one check per signature, oldest first
 * @param modifiedAfterLastSignature the file goes on after the revision of its last signature: an unsigned change
 */
public record PdfVerification(List<SignatureCheck> signatures, boolean modifiedAfterLastSignature) {

    public PdfVerification {
        signatures = List.copyOf(signatures);
    }

    public boolean signed() {
        return !signatures.isEmpty();
    }

    /** Signed, every signature intact, and nothing changed after the last one. */
    public boolean valid() {
        return signed() && signatures.stream().allMatch(SignatureCheck::intact) && !modifiedAfterLastSignature;
    }
}
