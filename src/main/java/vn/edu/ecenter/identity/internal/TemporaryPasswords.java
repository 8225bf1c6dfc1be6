package vn.edu.ecenter.identity.internal;

import java.security.SecureRandom;

/** Temporary passwords that are easy to read aloud: no 0/O, 1/l/I; always letters and digits. */
final class TemporaryPasswords {

    private static final String LETTERS = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String DIGITS = "23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private TemporaryPasswords() {}

    static String next() {
        var password = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            String pool = i % 4 == 3 ? DIGITS : LETTERS;
            password.append(pool.charAt(RANDOM.nextInt(pool.length())));
        }
        return password.toString();
    }
}
