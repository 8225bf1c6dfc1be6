package vn.edu.ecenter.platform.tenancy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs work with an explicit tenant scope: inside one centre (background jobs, a system administrator acting in a
 * centre) or across centres (sign-in look-ups, centre administration, platform workers). Outside a transaction the
 * work gets its own; inside one it joins it, with the scope switched for its duration and switched back afterwards —
 * so a request never needs a second connection (which, under load, is how connection pools deadlock). Callers are
 * responsible for having checked that the current user may do so.
 */
@Component
public class Tenancy {

    private final TransactionTemplate transaction;
    private final DataSource dataSource;

    Tenancy(PlatformTransactionManager transactionManager, DataSource dataSource) {
        this.transaction = new TransactionTemplate(transactionManager);
        this.dataSource = dataSource;
    }

    public <T> T inCentre(UUID centreId, Supplier<T> work) {
        return in(TenantScope.centre(centreId), work);
    }

    public void inCentre(UUID centreId, Runnable work) {
        in(TenantScope.centre(centreId), asSupplier(work));
    }

    public <T> T asSystem(Supplier<T> work) {
        return in(TenantScope.systemWide(), work);
    }

    public void asSystem(Runnable work) {
        in(TenantScope.systemWide(), asSupplier(work));
    }

    private <T> T in(TenantScope scope, Supplier<T> work) {
        boolean joining = TransactionSynchronizationManager.isActualTransactionActive();
        TenantScope outer = joining ? TenantContext.current() : TenantScope.NONE;
        TenantScope previous = TenantContext.replace(scope);
        try {
            if (!joining) {
                return transaction.execute(status -> work.get());
            }
            switchTo(scope);
            try {
                return work.get();
            } finally {
                switchTo(outer);
            }
        } finally {
            TenantContext.restore(previous);
        }
    }

    private void switchTo(TenantScope scope) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            TenantAwareTransactionManager.apply(connection, scope);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot switch the tenant scope of the current transaction", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static Supplier<Object> asSupplier(Runnable work) {
        return () -> {
            work.run();
            return null;
        };
    }
}
