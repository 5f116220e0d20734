package dev.zhanggui.server.wallet;

import dev.zhanggui.customer.CustomerRepository;
import dev.zhanggui.customer.CustomerService;
import dev.zhanggui.customer.DefaultPhoneNumberPolicy;
import dev.zhanggui.server.shared.JdbcStatements;
import dev.zhanggui.server.testing.SecondConnectionPool;
import dev.zhanggui.server.testing.StoredCustomers;
import dev.zhanggui.shared.TimeOrderedIdGenerator;
import dev.zhanggui.shared.Transactions;
import dev.zhanggui.wallet.DefaultSpendingOrderPolicy;
import dev.zhanggui.wallet.WalletPaymentService;
import dev.zhanggui.wallet.WalletReconciliation;
import dev.zhanggui.wallet.WalletService;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.function.Function;

/**
 * A second server instance inside the test JVM: its own connection pool to the same database
 * (plain JDBC connections, no Quarkus, no JTA), its own unit of work, and the wallet use cases
 * built from the same adapter class the server uses ({@link JdbcWalletRepository}). It shares
 * nothing with the Quarkus application but the database, as a second process would.
 */
final class SecondServerInstance implements AutoCloseable {
    private final SecondConnectionPool database;
    final Transactions transactions;
    final WalletService wallets;
    final WalletPaymentService payments;
    final WalletReconciliation reconciliation;

    SecondServerInstance(int poolSize) throws SQLException {
        database = new SecondConnectionPool(poolSize);
        transactions = database.transactions();
        Clock clock = Clock.systemUTC();
        TimeOrderedIdGenerator ids = new TimeOrderedIdGenerator(clock);
        JdbcWalletRepository repository = new JdbcWalletRepository(database.dataSource(), () -> { });
        CustomerRepository customerRepository = new StoredCustomers(new JdbcStatements(database.dataSource()));
        CustomerService customers = new CustomerService(customerRepository, new DefaultPhoneNumberPolicy(),
                transactions, event -> { }, ids, clock);
        DefaultSpendingOrderPolicy policy = new DefaultSpendingOrderPolicy();
        wallets = new WalletService(repository, customerRepository, customers, policy,
                new JdbcWalletAuditLog(new JdbcStatements(database.dataSource())), transactions, ids, clock);
        payments = new WalletPaymentService(repository, customerRepository, customers, policy, transactions, ids,
                clock);
        reconciliation = new WalletReconciliation(repository, transactions, clock);
    }

    /** Runs SQL on a connection of this instance, in its own unit of work. */
    <T> T withConnection(Function<Connection, T> work) {
        return database.withConnection(work);
    }

    @Override
    public void close() {
        database.close();
    }
}
