package vn.edu.ecenter.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.edu.ecenter.identity.SignedInUser;

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

    /**
     * The user an unexpired token of an enabled account signs in: one statement, needing no tenant scope and no
     * transaction (the function {@code identity.account_of_token} reads the account as the tables' owner).
     */
    Optional<SignedInUser> userOf(String token, Instant now) {
        return jdbc.sql("SELECT * FROM identity.account_of_token(?, ?)")
                .params(hash(token), Timestamp.from(now))
                .query((rs, n) -> new SignedInUser(
                        rs.getObject("id", UUID.class),
                        rs.getString("username"),
                        rs.getString("full_name"),
                        Account.roles(List.of((String[]) rs.getArray("roles").getArray())),
                        rs.getObject("centre_id", UUID.class),
                        rs.getBoolean("must_change_password")))
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
