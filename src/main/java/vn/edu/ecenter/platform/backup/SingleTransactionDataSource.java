package vn.edu.ecenter.platform.backup;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Hands Flyway one connection whose transaction it cannot end: {@code commit}, {@code setAutoCommit} and {@code close}
 * do nothing, and a {@code rollback} is recorded so that the restore fails. The migrations then run inside the
 * restore's single transaction, and a failure later on undoes them too. (PostgreSQL's DDL is transactional; a migration
 * that cannot run in a transaction, such as {@code CREATE INDEX CONCURRENTLY}, makes the restore fail cleanly.)
 */
final class SingleTransactionDataSource implements DataSource {

    private final Connection connection;
    private final Connection guarded;
    private volatile boolean rolledBack;

    SingleTransactionDataSource(Connection connection) {
        this.connection = connection;
        this.guarded = (Connection) Proxy.newProxyInstance(
                Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    String name = method.getName();
                    if (name.equals("commit") || name.equals("setAutoCommit") || name.equals("close")) {
                        return null;
                    }
                    if (name.equals("rollback") && (args == null || args.length == 0)) {
                        rolledBack = true;
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** Whether Flyway rolled the transaction back (its work, and so the restore, is lost). */
    boolean rolledBack() {
        return rolledBack;
    }

    @Override
    public Connection getConnection() {
        return guarded;
    }

    @Override
    public Connection getConnection(String username, String password) {
        return guarded;
    }

    @Override
    public PrintWriter getLogWriter() {
        return new PrintWriter(java.io.Writer.nullWriter());
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // not used
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // not used
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        throw new SQLException("Not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return false;
    }
}
