package vn.edu.ecenter.assessment.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.edu.ecenter.assessment.TestScoresTransferred;
import vn.edu.ecenter.platform.clock.BusinessClock;

/** Records the gradebook's answer to a transfer, in its own transaction (the transfer's is committed already). */
@Component
class TransferAnswers {

    private final ResultStore results;
    private final BusinessClock clock;
    private final TransactionTemplate transaction;

    TransferAnswers(ResultStore results, BusinessClock clock, PlatformTransactionManager transactions) {
        this.results = results;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @EventListener
    void on(TestScoresTransferred answer) {
        transaction.executeWithoutResult(status -> results.answer(answer, clock.instant()));
    }
}
