package vn.edu.ecenter.platform.session;

import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * Turns a session attribute's stored bytes back into its value, remembering the values of bytes it has seen (ADR
 * 0008, amendment of 2026-12-05). Every signed-in request reads the session row and its security context; Java
 * deserialization of that context was about 6 % of the application's time per page view. Bytes that are equal give an
 * equal value, so a value is found by its bytes, whichever session they came from: nothing is kept per session, and a
 * session ended on another node is still gone for the next request (the row is read every time).
 *
 * <p>Only values that a request cannot change in place are shared: CSRF tokens, locales, strings, numbers and ids as
 * they are; a security context as a new context holding the same (signed-in, immutable in practice) authentication,
 * because sign-out clears the context object it is given. Anything else is deserialized every time.
 */
final class RecentAttributeValues implements Converter<byte[], Object> {

    /** Enough for every session active on a node of one city's deployment; past it the memory starts anew. */
    static final int LIMIT = 5_000;

    private final Converter<byte[], Object> deserializer;
    private final ConcurrentHashMap<Bytes, Object> values = new ConcurrentHashMap<>();

    RecentAttributeValues(Converter<byte[], Object> deserializer) {
        this.deserializer = deserializer;
    }

    @Override
    public Object convert(byte[] source) {
        Bytes key = new Bytes(source);
        Object known = values.get(key);
        if (known != null) {
            return copy(known);
        }
        Object value = deserializer.convert(source);
        if (shareable(value)) {
            if (values.size() >= LIMIT) {
                values.clear();
            }
            values.put(key, value);
            return copy(value);
        }
        return value;
    }

    int size() {
        return values.size();
    }

    private static boolean shareable(Object value) {
        return value instanceof SecurityContext
                || value instanceof CsrfToken
                || value instanceof Locale
                || value instanceof String
                || value instanceof Number
                || value instanceof UUID
                || value instanceof Boolean;
    }

    private static Object copy(Object value) {
        if (value instanceof SecurityContext context) {
            return new SecurityContextImpl(context.getAuthentication());
        }
        return value;
    }

    /** A byte array compared by content; the array is the one just read from the database, never changed after. */
    private static final class Bytes {
        private final byte[] content;
        private final int hash;

        Bytes(byte[] content) {
            this.content = content;
            this.hash = Arrays.hashCode(content);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Bytes bytes && hash == bytes.hash && Arrays.equals(content, bytes.content);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
