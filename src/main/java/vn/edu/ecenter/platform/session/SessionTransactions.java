package vn.edu.ecenter.platform.session;

import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.SimpleTransactionStatus;

/**
 * The session store's transactions (plain JDBC, no tenant scope: see {@link SessionConfiguration}). Reading a session
 * is one statement, so {@link #singleRead} runs it without a transaction of its own — no {@code COMMIT} round trip on
 * every signed-in request; saving and deleting still get theirs.
 */
final class SessionTransactions implements PlatformTransactionManager {

    private static final ThreadLocal<Boolean> SINGLE_READ = new ThreadLocal<>();

    private final JdbcTransactionManager transactions;

    SessionTransactions(DataSource dataSource) {
        this.transactions = new JdbcTransactionManager(dataSource);
    }

    /** Runs the store's read of one session without a transaction (a single statement is atomic on its own). */
    static <T> @Nullable T singleRead(Supplier<@Nullable T> read) {
        SINGLE_READ.set(Boolean.TRUE);
        try {
            return read.get();
        } finally {
            SINGLE_READ.remove();
        }
    }

    @Override
    public TransactionStatus getTransaction(@Nullable TransactionDefinition definition) {
        if (SINGLE_READ.get() != null) {
            return new WithoutTransaction();
        }
        return transactions.getTransaction(definition);
    }

    @Override
    public void commit(TransactionStatus status) {
        if (!(status instanceof WithoutTransaction)) {
            transactions.commit(status);
        }
    }

    @Override
    public void rollback(TransactionStatus status) {
        if (!(status instanceof WithoutTransaction)) {
            transactions.rollback(status);
        }
    }

    /** The status of work run without a transaction: each statement commits by itself. */
    private static final class WithoutTransaction extends SimpleTransactionStatus {
        WithoutTransaction() {
            super(false);
        }
    }
}
