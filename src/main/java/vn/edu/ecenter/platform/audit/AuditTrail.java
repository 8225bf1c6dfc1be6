package vn.edu.ecenter.platform.audit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;
import vn.edu.ecenter.platform.tenancy.Tenancy;
import vn.edu.ecenter.platform.tenancy.TenantContext;
import vn.edu.ecenter.platform.tenancy.TenantScope;

/**
 * The append-only, hash-chained audit trail. {@link #record} joins the caller's transaction, so the entry is stored
 * exactly when the change it describes is; it is numbered and linked into its centre's chain moments after that
 * transaction commits ({@link AuditLinker}, ADR 0012), so that changes of one centre never wait for one another.
 */
@Component
public class AuditTrail {

    private final JdbcClient jdbc;
    private final Tenancy tenancy;
    private final Clock clock;

    private final JsonMapper json;
    private final AuditLinker linker;

    AuditTrail(JdbcClient jdbc, Tenancy tenancy, Clock clock, JsonMapper json, AuditLinker linker) {
        this.linker = linker;
        this.jdbc = jdbc;
        this.tenancy = tenancy;
        this.clock = clock;
        this.json = json;
    }

    /** Records the fact in the current centre's chain, or in the deployment's chain outside any centre. */
    @Transactional
    public void record(AuditRecord record) {
        TenantScope scope = TenantContext.current();
        if (scope.centreId() != null) {
            append(scope.centreId(), currentActor(), record);
        } else if (scope.system()) {
            append(TenantScope.SYSTEM_CENTRE, currentActor(), record);
        } else {
            tenancy.asSystem(() -> append(TenantScope.SYSTEM_CENTRE, currentActor(), record));
        }
    }

    /** Records a fact about another centre (for example a sign-in failure, before any centre is chosen). */
    public void recordIn(UUID centreId, AuditRecord record) {
        recordAs(currentActor(), centreId, record);
    }

    /**
     * Records a fact in a centre's chain on behalf of a named actor: at sign-in the user is known before Spring
     * Security holds them ({@code anonymous} for a failed attempt).
     */
    public void recordAs(String actor, UUID centreId, AuditRecord record) {
        if (TenantScope.SYSTEM_CENTRE.equals(centreId)) {
            tenancy.asSystem(() -> append(centreId, actor, record));
        } else {
            tenancy.inCentre(centreId, () -> append(centreId, actor, record));
        }
    }

    private void append(UUID centreId, String actor, AuditRecord record) {
        // Stored unlinked: numbering and hashing wait for the commit (AuditLinker), so that concurrent changes of one
        // centre do not queue behind one another's chain head.
        jdbc.sql("""
                INSERT INTO platform.audit_entry (centre_id, occurred_at, actor, action, entity_type, entity_id,
                  old_value, new_value, reason)
                VALUES (:centre, :at, :actor, :action, :type, :id, :old, :new, :reason)
                """)
                .param("centre", centreId)
                .param("at", java.sql.Timestamp.from(clock.instant()))
                .param("actor", actor)
                .param("action", record.action())
                .param("type", record.entityType())
                .param("id", record.entityId())
                .param("old", asJson(record.oldValue()))
                .param("new", asJson(record.newValue()))
                .param("reason", record.reason())
                .update();
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            linker.wake();
        } else if (TransactionSynchronizationManager.getSynchronizations().stream()
                .noneMatch(LinkAfterCommit.class::isInstance)) {
            TransactionSynchronizationManager.registerSynchronization(new LinkAfterCommit(linker));
        }
    }

    /** Wakes the linker once the transaction that recorded entries has committed (once, however many it recorded). */
    private record LinkAfterCommit(AuditLinker linker) implements TransactionSynchronization {
        @Override
        public void afterCommit() {
            linker.wake();
        }
    }

    /**
     * Links every entry committed so far into its chain, now, in the caller's thread. The application does this
     * moments after each commit by itself; verification and tests call it to see the chain as of this moment.
     */
    public void linkPending() {
        linker.linkAll();
    }

    private @Nullable String asJson(@Nullable Object value) {
        if (value == null || value instanceof String) {
            return (String) value;
        }
        return json.writeValueAsString(value);
    }

    private static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication.getName() == null
                || "anonymousUser".equals(authentication.getName())) {
            return "system";
        }
        return authentication.getName();
    }

    /** The newest entries of the current centre's chain, newest first (entries committed so far are linked first). */
    public List<AuditEntry> recent(int limit, int offset) {
        UUID centre = TenantContext.current().centreId();
        if (centre == null) {
            return List.of();
        }
        linker.linkCentre(centre);
        return tenancy.inCentre(centre, () -> jdbc.sql("SELECT * FROM platform.audit_entry "
                        + "WHERE centre_id = platform.current_centre() AND seq IS NOT NULL "
                        + "ORDER BY seq DESC LIMIT ? OFFSET ?")
                .params(limit, offset)
                .query(AuditTrail::entry)
                .list());
    }

    /** Verifies the current centre's chain, after linking what has been committed so far. */
    public ChainVerification verifyCurrentCentre(Consumer<Long> progress) {
        UUID centre = TenantContext.current().centreId();
        if (centre == null) {
            throw new IllegalStateException("No centre chosen");
        }
        linker.linkCentre(centre);
        return tenancy.inCentre(centre, () -> verify(centre, progress));
    }

    /** Verifies every chain of the deployment (the documented {@code audit-verify} command). */
    public List<ChainVerification> verifyAll() {
        linker.linkAll();
        return tenancy.asSystem(() ->
                jdbc
                        .sql("SELECT centre_id FROM platform.audit_chain ORDER BY centre_id")
                        .query(UUID.class)
                        .list()
                        .stream()
                        .map(centre -> verify(centre, seq -> {}))
                        .toList());
    }

    private ChainVerification verify(UUID centreId, Consumer<Long> progress) {
        var head = jdbc.sql("SELECT last_seq, last_hash FROM platform.audit_chain WHERE centre_id = ?")
                .param(centreId)
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
                .optional()
                .orElse(new Head(0, AuditEntry.GENESIS));
        var walk = new Walk(progress);
        jdbc.sql("SELECT * FROM platform.audit_entry WHERE centre_id = ? AND seq IS NOT NULL ORDER BY seq")
                .param(centreId)
                .query(rs -> {
                    walk.accept(entry(rs, 0));
                });
        walk.finish(head);
        return new ChainVerification(centreId, walk.count, List.copyOf(walk.problems));
    }

    static AuditEntry entry(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new AuditEntry(
                rs.getObject("centre_id", UUID.class),
                rs.getLong("seq"),
                rs.getTimestamp("occurred_at").toInstant(),
                rs.getString("actor"),
                rs.getString("action"),
                rs.getString("entity_type"),
                rs.getString("entity_id"),
                rs.getString("old_value"),
                rs.getString("new_value"),
                rs.getString("reason"),
                rs.getString("prev_hash"),
                rs.getString("hash"));
    }

    private record Head(long seq, String hash) {}

    private static final class Walk {
        private final Consumer<Long> progress;
        private final List<ChainVerification.Problem> problems = new ArrayList<>();
        private long expectedSeq = 1;
        private String previousHash = AuditEntry.GENESIS;
        private long count;

        Walk(Consumer<Long> progress) {
            this.progress = progress;
        }

        void accept(AuditEntry entry) {
            count++;
            while (expectedSeq < entry.seq()) {
                problems.add(new ChainVerification.Problem(expectedSeq++, ChainVerification.Kind.MISSING));
                previousHash = null;
            }
            if (!entry.intact()) {
                problems.add(new ChainVerification.Problem(entry.seq(), ChainVerification.Kind.ALTERED));
            } else if (previousHash != null && !previousHash.equals(entry.prevHash())) {
                problems.add(new ChainVerification.Problem(entry.seq(), ChainVerification.Kind.BROKEN_LINK));
            }
            previousHash = entry.hash();
            expectedSeq = entry.seq() + 1;
            if (count % 500 == 0) {
                progress.accept(count);
            }
        }

        void finish(Head head) {
            if (expectedSeq - 1 < head.seq()
                    || (head.seq() > 0 && previousHash != null && !previousHash.equals(head.hash()))) {
                problems.add(new ChainVerification.Problem(expectedSeq, ChainVerification.Kind.TRUNCATED));
            }
        }
    }
}
