package vn.edu.ecenter.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.edu.ecenter.platform.tenancy.Tenancy;
import vn.edu.ecenter.support.EcenterTest;

/**
 * Entries are stored with the change they describe and chained after it commits (ADR 0012): two changes of one
 * centre no longer wait for each other, and the chain still ends up whole, in commit order, and verifiable.
 */
@EcenterTest
class AuditLinkingTests {

    @Autowired
    AuditTrail audit;

    @Autowired
    Tenancy tenancy;

    @Autowired
    JdbcClient jdbc;

    UUID centre;

    @BeforeEach
    void aFreshCentre() {
        centre = UUID.randomUUID();
        String code = "L" + centre.toString().substring(0, 8).toUpperCase();
        tenancy.asSystem(() -> jdbc.sql("INSERT INTO centres.centre (id, code, name) VALUES (?, ?, ?)")
                .params(centre, code, "Trung tâm kiểm thử nối nhật ký " + code)
                .update());
    }

    @Test
    void aChangeDoesNotWaitForAnotherChangeOfTheSameCentreToCommit() throws Exception {
        var firstRecorded = new CountDownLatch(1);
        var secondCommitted = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        CompletableFuture<Void> first = CompletableFuture.runAsync(
                () -> tenancy.inCentre(centre, () -> {
                    record("first");
                    firstRecorded.countDown();
                    waitFor(secondCommitted);
                }),
                threads);
        assertThat(firstRecorded.await(30, TimeUnit.SECONDS)).isTrue();

        // Before ADR 0012 this waited for the chain head that the first, still open transaction held.
        CompletableFuture<Void> second =
                CompletableFuture.runAsync(() -> tenancy.inCentre(centre, () -> record("second")), threads);
        second.get(30, TimeUnit.SECONDS);
        audit.linkPending();
        secondCommitted.countDown();
        first.get(30, TimeUnit.SECONDS);
        threads.shutdown();

        audit.linkPending();
        assertThat(chain()).containsExactly("second", "first");
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void committedEntriesAreLinkedByTheApplicationWithoutBeingAsked() {
        tenancy.inCentre(centre, () -> {
            record("a");
            record("b");
        });
        tenancy.inCentre(centre, () -> record("c"));

        await().atMost(Duration.ofSeconds(20)).until(() -> unlinked() == 0 && chain().size() == 3);
        assertThat(chain()).containsExactly("a", "b", "c");
        assertThat(verify()).satisfies(result -> {
            assertThat(result.intact()).isTrue();
            assertThat(result.entries()).isEqualTo(3);
        });
    }

    @Test
    void anEntryOfARolledBackChangeIsNeverStored() {
        Throwable failure = catchThrowable(() -> tenancy.inCentre(centre, () -> {
            record("rolled-back");
            throw new IllegalStateException("the change failed");
        }));
        tenancy.inCentre(centre, () -> record("kept"));

        audit.linkPending();
        assertThat(failure).hasMessage("the change failed");
        assertThat(chain()).containsExactly("kept");
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void entriesLeftUnlinkedByAStoppedProcessAreLinkedAfterTheChainGrewMeanwhile() {
        tenancy.inCentre(centre, () -> record("before"));
        audit.linkPending();
        // Stored as the application stores it, but nobody is woken: as if the process stopped right after the commit.
        tenancy.inCentre(centre, () -> jdbc.sql(
                        "INSERT INTO platform.audit_entry (centre_id, occurred_at, actor, action, entity_type, "
                                + "entity_id) VALUES (?, now(), 'gv.toan', 'test.linked', 'test_record', 'orphan')")
                .param(centre)
                .update());
        tenancy.inCentre(centre, () -> record("after"));

        audit.linkPending();

        assertThat(chain()).containsExactly("before", "orphan", "after");
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void theApplicationCannotRelinkOrRewriteALinkedEntry() {
        tenancy.inCentre(centre, () -> record("x"));
        audit.linkPending();

        Throwable relink = catchThrowable(() -> tenancy.inCentre(
                centre, () -> jdbc.sql("UPDATE platform.audit_entry SET hash = repeat('f', 64) WHERE centre_id = ?")
                        .param(centre)
                        .update()));
        Throwable rewrite = catchThrowable(() -> tenancy.inCentre(
                centre, () -> jdbc.sql("UPDATE platform.audit_entry SET actor = 'ai-do' WHERE centre_id = ?")
                        .param(centre)
                        .update()));

        assertThat(relink).rootCause().hasMessageContaining("is already linked as number 1");
        assertThat(rewrite).rootCause().hasMessageContaining("permission denied for table audit_entry");
        assertThat(verify().intact()).isTrue();
    }

    private void record(String entityId) {
        audit.record(AuditRecord.of("test.linked", "test_record", entityId));
    }

    private List<String> chain() {
        return tenancy.inCentre(centre, () -> jdbc.sql("SELECT entity_id FROM platform.audit_entry "
                        + "WHERE centre_id = ? AND seq IS NOT NULL ORDER BY seq")
                .param(centre)
                .query(String.class)
                .list());
    }

    private long unlinked() {
        return tenancy.inCentre(
                centre, () -> jdbc.sql("SELECT count(*) FROM platform.audit_entry WHERE centre_id = ? AND seq IS NULL")
                        .param(centre)
                        .query(Long.class)
                        .single());
    }

    private ChainVerification verify() {
        return tenancy.inCentre(centre, () -> audit.verifyCurrentCentre(checked -> {}));
    }

    private static void waitFor(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The other transaction never committed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
