package vn.edu.ecenter.platform.signing.internal;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.List;
import vn.edu.ecenter.platform.signing.SigningKey;

/** A private key held in memory (read from a PKCS#12 file), with its certificate chain. */
final class KeystoreKey implements SigningKey {

    private final PrivateKey privateKey;
    private final List<X509Certificate> chain;

    KeystoreKey(PrivateKey privateKey, List<X509Certificate> chain) {
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("A signing key needs its certificate");
        }
        this.privateKey = privateKey;
        this.chain = List.copyOf(chain);
    }

    @Override
    public List<X509Certificate> certificateChain() {
        return chain;
    }

    @Override
    public String signatureAlgorithm() {
        return switch (privateKey.getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC" -> "SHA256withECDSA";
            default -> throw new IllegalStateException("Unsupported key algorithm: " + privateKey.getAlgorithm());
        };
    }

    @Override
    public byte[] sign(byte[] data) {
        try {
            Signature signature = Signature.getInstance(signatureAlgorithm());
            signature.initSign(privateKey);
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "Signing with the key of " + chain.getFirst().getSubjectX500Principal() + " failed", e);
        }
    }
}
