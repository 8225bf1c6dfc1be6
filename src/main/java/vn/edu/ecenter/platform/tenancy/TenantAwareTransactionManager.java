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

    public TenantAwareTransactionManager(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    protected void prepareTransactionalConnection(Connection connection, TransactionDefinition definition)
            throws SQLException {
        super.prepareTransactionalConnection(connection, definition);
        TenantScope scope = TenantContext.current();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT set_config('ecenter.centre_id', ?, true), set_config('ecenter.system', ?, true)")) {
            statement.setString(
                    1, scope.centreId() == null ? "" : scope.centreId().toString());
            statement.setString(2, scope.system() ? "on" : "off");
            statement.execute();
        }
    }
}
