package vn.edu.ecenter.platform.signing;

import java.security.cert.X509Certificate;
import java.util.List;

/**
 * A private key that can sign, wherever it lives: in a PKCS#12 file now, on a USB token (PKCS#11) or at a remote
 * signing service later. The signer never sees the key itself: it hands over the bytes to sign (the DER encoding of
 * the CMS signed attributes) and gets the signature value back, which is all a token or a remote service offers too.
 */
public interface SigningKey {

    /** The signer's certificate first, then the certificates of the authorities that issued it, up to the root. */
    List<X509Certificate> certificateChain();

    default X509Certificate certificate() {
        return certificateChain().getFirst();
    }

    /** The JCA name of the signature algorithm, with SHA-256: {@code SHA256withRSA} or {@code SHA256withECDSA}. */
    String signatureAlgorithm();

    /** The signature value over the data, made with {@link #signatureAlgorithm()}. */
    byte[] sign(byte[] data);
}
