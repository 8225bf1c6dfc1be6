package vn.edu.ecenter.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Opaque bearer tokens. Only their SHA-256 is stored, so a copy of the database cannot be used to call the API; any
 * node can check a token, and changing or resetting a password revokes them.
 */
@Component
class ApiTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    ApiTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String issue(UUID accountId, Instant now, Instant expiresAt) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("INSERT INTO identity.api_token (token_hash, account_id, created_at, expires_at) VALUES (?, ?, ?, ?)")
                .params(hash(token), accountId, Timestamp.from(now), Timestamp.from(expiresAt))
                .update();
        jdbc.sql("DELETE FROM identity.api_token WHERE expires_at < ?")
                .param(Timestamp.from(now))
                .update();
        return token;
    }

    Optional<UUID> accountOf(String token, Instant now) {
        return jdbc.sql("SELECT account_id FROM identity.api_token WHERE token_hash = ? AND expires_at > ?")
                .params(hash(token), Timestamp.from(now))
                .query(UUID.class)
                .optional();
    }

    void revokeAll(UUID accountId) {
        jdbc.sql("DELETE FROM identity.api_token WHERE account_id = ?")
                .param(accountId)
                .update();
    }

    private static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
