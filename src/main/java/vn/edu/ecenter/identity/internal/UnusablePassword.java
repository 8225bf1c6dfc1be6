package vn.edu.ecenter.identity.internal;

import java.security.SecureRandom;
import java.util.HexFormat;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The stored "hash" of an account opened without a password ({@link #HASH_PREFIX} and random text, with no encoder id):
 * nothing matches it. Matching still runs one bcrypt comparison, so such an account answers as slowly as a wrong
 * password does.
 */
final class UnusablePassword implements PasswordEncoder {

    static final String HASH_PREFIX = "!unusable!";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();
    private final String decoy = bcrypt.encode("decoy-" + System.nanoTime());

    /** A fresh unusable hash. */
    static String next() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HASH_PREFIX + HexFormat.of().formatHex(bytes);
    }

    @Override
    public String encode(CharSequence rawPassword) {
        throw new UnsupportedOperationException("an unusable password is never encoded");
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        bcrypt.matches(rawPassword, decoy);
        return false;
    }
}
