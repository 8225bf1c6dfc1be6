package vn.edu.ecenter.gradebook.prints;

import org.jspecify.annotations.Nullable;

/**
 * A signature block: the signer's title, room to sign, and the name written below (blank, to be written by hand, when
 * unknown). A digital signature (PAdES) is applied to the finished PDF by the signing workflow, not printed here.
 */
public record Signature(Signer signer, @Nullable String name) {

    public static Signature of(Signer signer, @Nullable String name) {
        return new Signature(signer, name == null || name.isBlank() ? null : name.strip());
    }

    public static Signature blank(Signer signer) {
        return new Signature(signer, null);
    }
}
