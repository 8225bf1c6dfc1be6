package vn.edu.ecenter.platform.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One stored entry of the audit trail, with the hash that chains it to the entry before it. */
public record AuditEntry(
        UUID centreId,
        long seq,
        Instant occurredAt,
        String actor,
        String action,
        String entityType,
        @Nullable String entityId,
        @Nullable String oldValue,
        @Nullable String newValue,
        @Nullable String reason,
        String prevHash,
        String hash) {

    /** The hash before the first entry of every chain. */
    public static final String GENESIS = "0".repeat(64);

    /** The entry stored unlinked, now given its number in the chain and sealed with the hash that links it. */
    AuditEntry linkedAs(long number, String previousHash) {
        AuditEntry unsealed = withLink(number, previousHash, "");
        return withLink(number, previousHash, unsealed.contentHash());
    }

    private AuditEntry withLink(long number, String previousHash, String sealedHash) {
        return new AuditEntry(
                centreId,
                number,
                occurredAt,
                actor,
                action,
                entityType,
                entityId,
                oldValue,
                newValue,
                reason,
                previousHash,
                sealedHash);
    }

    private String contentHash() {
        return hashOf(
                centreId, seq, occurredAt, actor, action, entityType, entityId, oldValue, newValue, reason, prevHash);
    }

    /** Whether the stored hash still matches the stored content. */
    public boolean intact() {
        return hash.equals(contentHash());
    }

    /**
     * SHA-256 over every field, each written as its length and its text, so that no two different entries share an
     * input. Timestamps are taken in microseconds, PostgreSQL's precision.
     */
    static String hashOf(
            UUID centreId,
            long seq,
            Instant occurredAt,
            String actor,
            String action,
            String entityType,
            @Nullable String entityId,
            @Nullable String oldValue,
            @Nullable String newValue,
            @Nullable String reason,
            String prevHash) {
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, occurredAt);
        var input = new StringBuilder();
        for (String field : new String[] {
            prevHash,
            centreId.toString(),
            Long.toString(seq),
            Long.toString(micros),
            actor,
            action,
            entityType,
            entityId,
            oldValue,
            newValue,
            reason
        }) {
            if (field == null) {
                input.append("-1:");
            } else {
                input.append(field.length()).append(':').append(field);
            }
            input.append('|');
        }
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(input.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
