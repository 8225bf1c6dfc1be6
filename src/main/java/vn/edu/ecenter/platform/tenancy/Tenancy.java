package vn.edu.ecenter.platform.tenancy;

import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs work in a new transaction with an explicit tenant scope: inside one centre (background jobs, a system
 * administrator acting in a centre) or across centres (sign-in look-ups, centre administration, platform workers).
 * Callers are responsible for having checked that the current user may do so.
 */
@Component
public class Tenancy {

    private final TransactionTemplate newTransaction;

    Tenancy(PlatformTransactionManager transactionManager) {
        this.newTransaction = new TransactionTemplate(transactionManager);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
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
        TenantScope previous = TenantContext.replace(scope);
        try {
            return newTransaction.execute(status -> work.get());
        } finally {
            TenantContext.restore(previous);
        }
    }

    private static Supplier<Object> asSupplier(Runnable work) {
        return () -> {
            work.run();
            return null;
        };
    }
}
