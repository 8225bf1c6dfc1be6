package vn.edu.ecenter.people.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Encryption at rest of sensitive personal data (Law 91/2025, NĐ 356/2025: the personal ID number and images of the
 * citizen card): AES-256-GCM with a random 12-byte nonce stored before the ciphertext, and an HMAC-SHA256 digest for
 * finding duplicates without decrypting. Both keys derive from one configured master key ({@code
 * ecenter.people.encryption-key}, base64 of 32 bytes). In embedded (demo) mode without it, a key is generated once and
 * kept in {@code <data-dir>/keys/people-data.key}; with an external database the application refuses to start without it,
 * since a key generated on one node would make the data unreadable on another and after a move.
 */
@Component
class PersonalDataCipher {

    static final String KEY_PROPERTY = "ecenter.people.encryption-key";
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec digestKey;

    PersonalDataCipher(PeopleProperties properties, Environment environment) {
        byte[] master = masterKey(properties, environment);
        this.encryptionKey = new SecretKeySpec(derive(master, "encryption"), "AES");
        this.digestKey = new SecretKeySpec(derive(master, "digest"), "HmacSHA256");
    }

    private static byte[] masterKey(PeopleProperties properties, Environment environment) {
        if (StringUtils.hasText(properties.encryptionKey())) {
            return decode(properties.encryptionKey(), KEY_PROPERTY);
        }
        if (!environment.getProperty("ecenter.db.embedded", Boolean.class, false)) {
            throw new IllegalStateException("Missing " + KEY_PROPERTY + " (base64 of 32 random bytes, e.g. from "
                    + "'openssl rand -base64 32'). With an external database the key that encrypts personal ID "
                    + "numbers and ID images must be configured (environment variable ECENTER_PEOPLE_ENCRYPTIONKEY) "
                    + "and kept safe: without it those data cannot be read.");
        }
        Path file = Path.of(environment.getProperty("ecenter.data-dir", "./data"), "keys", "people-data.key");
        try {
            if (Files.exists(file)) {
                return decode(Files.readString(file, StandardCharsets.US_ASCII), file.toString());
            }
            Files.createDirectories(file.getParent());
            byte[] fresh = new byte[32];
            RANDOM.nextBytes(fresh);
            Files.writeString(file, Base64.getEncoder().encodeToString(fresh), StandardCharsets.US_ASCII);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // Not a POSIX file system (Windows): the data directory's own permissions protect the key.
            }
            return fresh;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the personal-data key " + file, e);
        }
    }

    private static byte[] decode(String base64, String source) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(source + " is not valid base64", e);
        }
        if (key.length < 32) {
            throw new IllegalStateException(source + " must hold at least 32 bytes (256 bits), base64-encoded");
        }
        return key;
    }

    private static byte[] derive(byte[] master, String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(master, "HmacSHA256"));
            return mac.doFinal(("ecenter.people." + purpose).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    byte[] encrypt(byte[] plain) {
        try {
            byte[] nonce = new byte[NONCE];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(NONCE + sealed.length)
                    .put(nonce)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    byte[] decrypt(byte[] stored) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, stored, 0, NONCE));
            return cipher.doFinal(stored, NONCE, stored.length - NONCE);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Personal data cannot be decrypted with the configured key", e);
        }
    }

    byte[] encryptText(String plain) {
        return encrypt(plain.getBytes(StandardCharsets.UTF_8));
    }

    String decryptText(byte[] stored) {
        return new String(decrypt(stored), StandardCharsets.UTF_8);
    }

    /** The keyed digest of a normalised value, for duplicate look-ups. */
    String digest(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(digestKey);
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
