package dev.zhanggui.server.shared;

import dev.zhanggui.shared.Transactions;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.function.Supplier;

/** The core's unit of work as a JTA transaction: joins a running one, or begins and commits its own. */
@ApplicationScoped
public class JpaTransactions implements Transactions {
    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return QuarkusTransaction.joiningExisting().call(work::get);
    }
}
