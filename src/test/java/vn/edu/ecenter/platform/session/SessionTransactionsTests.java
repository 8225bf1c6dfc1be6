package vn.edu.ecenter.platform.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.AbstractDataSource;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.support.TransactionTemplate;

class SessionTransactionsTests {

    /** Counts the connections asked for, and has none to give. */
    static final class NoDatabase extends AbstractDataSource {
        final AtomicInteger asked = new AtomicInteger();

        @Override
        public java.sql.Connection getConnection() throws java.sql.SQLException {
            asked.incrementAndGet();
            throw new java.sql.SQLException("no database here");
        }

        @Override
        public java.sql.Connection getConnection(String username, String password) throws java.sql.SQLException {
            return getConnection();
        }
    }

    final NoDatabase database = new NoDatabase();
    final TransactionTemplate template = new TransactionTemplate(new SessionTransactions(database));

    @Test
    void aSessionReadRunsWithoutATransactionOfItsOwn() {
        String read = SessionTransactions.singleRead(() -> template.execute(status -> "session"));

        assertThat(read).isEqualTo("session");
        assertThat(database.asked)
                .as("no connection taken to begin or commit a transaction")
                .hasValue(0);
    }

    @Test
    void savingAndDeletingStillGetATransaction() {
        assertThatThrownBy(() -> template.execute(status -> "saved"))
                .isInstanceOf(CannotCreateTransactionException.class);
        assertThat(database.asked).hasValue(1);
    }
}
