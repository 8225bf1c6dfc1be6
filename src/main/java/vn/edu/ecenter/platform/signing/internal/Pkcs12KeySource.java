package vn.edu.ecenter.platform.signing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.edu.ecenter.platform.signing.Signer;
import vn.edu.ecenter.platform.signing.SigningKey;
import vn.edu.ecenter.platform.signing.SigningKeySource;

/**
 * Signers' keys from one PKCS#12 file whose key entries are named after the signers' accounts (case does not matter).
 * The file is read on every look-up, so a key added by the administrator is used without a restart; it is read once
 * at start-up too, so that a wrong path or password stops the application with a clear message instead of failing at
 * the first signature.
 */
final class Pkcs12KeySource implements SigningKeySource {

    private final Path file;
    private final char[] password;

    Pkcs12KeySource(Path file, char[] password) {
        this.file = file;
        this.password = password.clone();
        try {
            load();
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(
                    "Cannot read the signing key store " + file.toAbsolutePath()
                            + " (ecenter.signing.keystore.path / .password): " + e.getMessage(),
                    e);
        }
    }

    @Override
    public Optional<SigningKey> keyFor(Signer signer) {
        try {
            KeyStore store = load();
            for (String alias : Collections.list(store.aliases())) {
                if (alias.toLowerCase(Locale.ROOT).equals(signer.account().toLowerCase(Locale.ROOT))
                        && store.isKeyEntry(alias)) {
                    return Optional.of(keyOf(store, alias, password));
                }
            }
            return Optional.empty();
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the signing key store " + file.toAbsolutePath(), e);
        }
    }

    private KeyStore load() throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, password);
        }
        return store;
    }

    static KeystoreKey keyOf(KeyStore store, String alias, char[] password) throws GeneralSecurityException {
        if (!(store.getKey(alias, password) instanceof PrivateKey key)) {
            throw new GeneralSecurityException("The entry " + alias + " holds no private key");
        }
        List<X509Certificate> chain = new ArrayList<>();
        for (Certificate certificate : store.getCertificateChain(alias)) {
            chain.add((X509Certificate) certificate);
        }
        return new KeystoreKey(key, chain);
    }
}
