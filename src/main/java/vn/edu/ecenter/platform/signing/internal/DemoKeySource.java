package vn.edu.ecenter.platform.signing.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.edu.ecenter.platform.signing.Signer;
import vn.edu.ecenter.platform.signing.SigningKey;
import vn.edu.ecenter.platform.signing.SigningKeySource;

/**
 * Demo mode's keys: a PKCS#12 file under {@code <data-dir>/keys/signing-demo.p12} holding a self-signed demo authority
 * and a key per signer, issued the first time that signer signs. Its password is generated once and kept beside it in
 * {@code signing-demo.password} — acceptable only because these keys sign nothing of value; a real key store's
 * password comes from the environment. Neither file belongs in a repository or a backup of real data.
 */
final class DemoKeySource implements SigningKeySource {

    static final String STORE = "signing-demo.p12";
    static final String PASSWORD = "signing-demo.password";
    static final String AUTHORITY_ALIAS = "demo-ca";

    /** One lock for every instance: test runs start several application contexts on one data folder. */
    private static final Object LOCK = new Object();

    private final Path store;
    private final Path passwordFile;
    private final Clock clock;
    private final Map<String, KeystoreKey> issued = new ConcurrentHashMap<>();

    DemoKeySource(Path folder, Clock clock) {
        this.store = folder.resolve(STORE);
        this.passwordFile = folder.resolve(PASSWORD);
        this.clock = clock;
    }

    @Override
    public Optional<SigningKey> keyFor(Signer signer) {
        String alias = "user-" + signer.account().toLowerCase(Locale.ROOT);
        KeystoreKey known = issued.get(alias);
        if (known != null) {
            return Optional.of(known);
        }
        synchronized (LOCK) {
            try {
                char[] password = password();
                KeyStore keys = load(password);
                if (!keys.isKeyEntry(alias)) {
                    issue(keys, alias, signer, password);
                    save(keys, password);
                }
                KeystoreKey key = Pkcs12KeySource.keyOf(keys, alias, password);
                issued.put(alias, key);
                return Optional.of(key);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot keep the demo signing keys in " + store.getParent(), e);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("Cannot use the demo signing keys in " + store, e);
            }
        }
    }

    /** Adds the signer's key, and the demo authority first if this is the first key of all. */
    private void issue(KeyStore keys, String alias, Signer signer, char[] password) throws GeneralSecurityException {
        if (!keys.isKeyEntry(AUTHORITY_ALIAS)) {
            var authority = DemoAuthority.authority(clock.instant());
            keys.setKeyEntry(
                    AUTHORITY_ALIAS, authority.keys().getPrivate(), password, new Certificate[] {authority.certificate()
                    });
        }
        KeystoreKey authority = Pkcs12KeySource.keyOf(keys, AUTHORITY_ALIAS, password);
        PrivateKey authorityKey = (PrivateKey) keys.getKey(AUTHORITY_ALIAS, password);
        var key = DemoAuthority.signer(signer, authority, authorityKey, clock.instant());
        keys.setKeyEntry(alias, key.keys().getPrivate(), password, new X509Certificate[] {
            key.certificate(), authority.certificate()
        });
    }

    private char[] password() throws IOException {
        if (Files.exists(passwordFile)) {
            return Files.readString(passwordFile, StandardCharsets.US_ASCII)
                    .strip()
                    .toCharArray();
        }
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        writePrivately(passwordFile, password.getBytes(StandardCharsets.US_ASCII));
        return password.toCharArray();
    }

    private KeyStore load(char[] password) throws IOException, GeneralSecurityException {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        if (Files.exists(store)) {
            try (InputStream in = Files.newInputStream(store)) {
                keys.load(in, password);
            }
        } else {
            keys.load(null, password);
        }
        return keys;
    }

    private void save(KeyStore keys, char[] password) throws IOException, GeneralSecurityException {
        var buffer = new ByteArrayOutputStream();
        keys.store(buffer, password);
        writePrivately(store, buffer.toByteArray());
    }

    /** Written beside the target and moved into place, readable by the owner only where the file system says so. */
    private static void writePrivately(Path target, byte[] content) throws IOException {
        Files.createDirectories(target.getParent());
        Path partial =
                Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
        try {
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-------"));
            }
            try (OutputStream out = Files.newOutputStream(partial)) {
                out.write(content);
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
