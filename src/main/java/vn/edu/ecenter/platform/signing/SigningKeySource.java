package vn.edu.ecenter.platform.signing;

import java.util.Optional;

/**
 * Where signers' keys come from ({@code ecenter.signing.*}): a PKCS#12 key store whose aliases are account names, or,
 * in demo mode and tests, demo keys issued on first use by a self-signed demo authority. A USB token or a remote
 * signing service is another implementation of this interface.
 */
public interface SigningKeySource {

    /** The key of this signer, or empty if the source holds none for them. */
    Optional<SigningKey> keyFor(Signer signer);
}
