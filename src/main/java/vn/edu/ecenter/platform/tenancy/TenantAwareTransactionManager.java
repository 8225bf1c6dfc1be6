package vn.edu.ecenter.platform.tenancy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * Starts every transaction by telling PostgreSQL which centre it works for. The settings are transaction-local, so a
 * pooled connection never carries one request's centre into the next; without them, row-level security shows nothing.
 */
public class TenantAwareTransactionManager extends JdbcTransactionManager {

    /** The scope of the transaction being begun, worked out before its connection is taken from the pool. */
    private static final ThreadLocal<TenantScope> BEGINNING = new ThreadLocal<>();

    public TenantAwareTransactionManager(DataSource dataSource) {
        super(dataSource);
    }

    /**
     * Works out the scope first: reading the signed-in user may load the HTTP session, itself a (short) transaction.
     * Doing that while holding this transaction's connection would need two connections per request, and under load
     * every request would hold one and wait for another.
     */
    @Override
    protected void doBegin(Object transaction, TransactionDefinition definition) {
        TenantScope scope = TenantContext.current();
        TenantScope outer = BEGINNING.get();
        BEGINNING.set(scope);
        try {
            super.doBegin(transaction, definition);
        } finally {
            if (outer == null) {
                BEGINNING.remove();
            } else {
                BEGINNING.set(outer);
            }
        }
    }

    @Override
    protected void prepareTransactionalConnection(Connection connection, TransactionDefinition definition)
            throws SQLException {
        super.prepareTransactionalConnection(connection, definition);
        TenantScope scope = BEGINNING.get();
        apply(connection, scope == null ? TenantContext.current() : scope);
    }

    /** Sets the scope of the connection's current transaction. */
    static void apply(Connection connection, TenantScope scope) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT set_config('ecenter.centre_id', ?, true), set_config('ecenter.system', ?, true)")) {
            statement.setString(
                    1, scope.centreId() == null ? "" : scope.centreId().toString());
            statement.setString(2, scope.system() ? "on" : "off");
            statement.execute();
        }
    }
}
