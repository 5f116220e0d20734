package dev.zhanggui.server.shared;

import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.Transactions;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.TransactionExceptionResult;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.function.Supplier;

/**
 * The core's unit of work as a JTA transaction: joins a running one, or begins and commits its own.
 *
 * <p>A refusal ({@link DomainException}) inside a joined unit of work does not doom the caller's
 * transaction: the caller gets the exception and decides. If it lets it through, the transaction's
 * owner rolls back as always; if it expects it (batch shipping records a refused order and goes
 * on with the next, each refusal coming before anything is written), the rest still commits.
 */
@ApplicationScoped
public class JpaTransactions implements Transactions {
    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (QuarkusTransaction.isActive()) {
            return QuarkusTransaction.joiningExisting()
                    .exceptionHandler(e -> e instanceof DomainException ? TransactionExceptionResult.COMMIT
                            : TransactionExceptionResult.ROLLBACK)
                    .call(work::get);
        }
        return QuarkusTransaction.joiningExisting().call(work::get);
    }
}
