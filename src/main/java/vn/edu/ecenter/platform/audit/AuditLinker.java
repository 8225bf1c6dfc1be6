package vn.edu.ecenter.platform.audit;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.edu.ecenter.platform.tenancy.Tenancy;

/**
 * Chains the entries that {@link AuditTrail#record} stored unlinked (ADR 0012). Each centre's committed unlinked
 * entries are taken in the order they were stored, numbered after the chain's head and sealed with the hash that links
 * each to its predecessor, under the head's row lock, in a short transaction of their own: the transactions that
 * record entries never wait for one another.
 *
 * <p>A background thread links as soon as a recording transaction has committed (it is woken then), and every few
 * seconds in any case, which also picks up what an earlier process stored just before it stopped. Several application
 * nodes may link at once: the head's lock orders them.
 */
@Component
class AuditLinker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AuditLinker.class);

    /** How many entries one linking transaction takes at most. */
    static final int BATCH = 1_000;

    private static final Duration SWEEP = Duration.ofSeconds(5);

    private final JdbcClient jdbc;
    private final Tenancy tenancy;
    private final TransactionTemplate ownTransaction;
    private final AtomicBoolean wanted = new AtomicBoolean();
    private volatile boolean running;
    private volatile Thread worker;

    AuditLinker(JdbcClient jdbc, Tenancy tenancy, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.tenancy = tenancy;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Asks the background thread to link what has been committed (returns at once). */
    void wake() {
        wanted.set(true);
        Thread thread = worker;
        if (thread != null) {
            LockSupport.unpark(thread);
        }
    }

    /** Links every committed unlinked entry of every centre now, in the caller's thread. */
    void linkAll() {
        List<UUID> centres =
                tenancy.asSystem(() -> jdbc.sql("SELECT DISTINCT centre_id FROM platform.audit_entry WHERE seq IS NULL")
                        .query(UUID.class)
                        .list());
        centres.forEach(this::linkCentre);
    }

    /** Links every committed unlinked entry of one centre (or of the deployment's chain) now. */
    void linkCentre(UUID centreId) {
        while (ownTransaction.execute(status -> tenancy.asSystem(() -> linkBatch(centreId))) == BATCH) {
            // a full batch: there may be more
        }
    }

    private int linkBatch(UUID centreId) {
        jdbc.sql("INSERT INTO platform.audit_chain (centre_id, last_seq, last_hash) VALUES (?, 0, ?) "
                        + "ON CONFLICT (centre_id) DO NOTHING")
                .params(centreId, AuditEntry.GENESIS)
                .update();
        var head = jdbc.sql("SELECT last_seq, last_hash FROM platform.audit_chain WHERE centre_id = ? FOR UPDATE")
                .param(centreId)
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
                .single();
        // Read after the lock: whatever another linker linked before releasing it is no longer unlinked.
        List<Unlinked> pending = jdbc.sql("""
                        SELECT * FROM platform.audit_entry WHERE centre_id = ? AND seq IS NULL ORDER BY id LIMIT ?""")
                .params(centreId, BATCH)
                .query((rs, n) -> new Unlinked(rs.getLong("id"), AuditTrail.entry(rs, n)))
                .list();
        if (pending.isEmpty()) {
            return 0;
        }
        int size = pending.size();
        Long[] ids = new Long[size];
        Long[] numbers = new Long[size];
        String[] previous = new String[size];
        String[] hashes = new String[size];
        long number = head.seq();
        String hash = head.hash();
        for (int i = 0; i < size; i++) {
            AuditEntry linked = pending.get(i).entry().linkedAs(++number, hash);
            ids[i] = pending.get(i).id();
            numbers[i] = number;
            previous[i] = hash;
            hashes[i] = linked.hash();
            hash = linked.hash();
        }
        int updated =
                jdbc.sql("""
                        UPDATE platform.audit_entry e SET seq = l.seq, prev_hash = l.prev_hash, hash = l.hash
                        FROM unnest(?::bigint[], ?::bigint[], ?::text[], ?::text[]) AS l (id, seq, prev_hash, hash)
                        WHERE e.centre_id = ? AND e.id = l.id AND e.seq IS NULL""").params(ids, numbers, previous, hashes, centreId).update();
        if (updated != size) {
            throw new IllegalStateException("Linked " + updated + " of " + size + " audit entries of " + centreId);
        }
        jdbc.sql("UPDATE platform.audit_chain SET last_seq = ?, last_hash = ? WHERE centre_id = ?")
                .params(number, hash, centreId)
                .update();
        return size;
    }

    private void loop() {
        while (running) {
            if (!wanted.getAndSet(false)) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(SWEEP.toMillis()));
                if (!running) {
                    return;
                }
                wanted.set(false);
            }
            try {
                linkAll();
            } catch (RuntimeException e) {
                // The entries stay stored; the next sweep links them.
                log.warn("Could not link audit entries yet: {}", e.toString());
            }
        }
    }

    @Override
    public void start() {
        running = true;
        worker = Thread.ofPlatform().daemon().name("audit-linker").start(this::loop);
        wake();
    }

    @Override
    public void stop() {
        running = false;
        Thread thread = worker;
        if (thread != null) {
            LockSupport.unpark(thread);
            try {
                thread.join(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        worker = null;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private record Head(long seq, String hash) {}

    private record Unlinked(long id, AuditEntry entry) {}
}
