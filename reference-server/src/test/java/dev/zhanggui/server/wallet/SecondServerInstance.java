package dev.zhanggui.server.wallet;

import dev.zhanggui.customer.Customer;
import dev.zhanggui.customer.CustomerFilter;
import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.customer.CustomerRepository;
import dev.zhanggui.customer.CustomerService;
import dev.zhanggui.customer.DefaultPhoneNumberPolicy;
import dev.zhanggui.customer.InviteCode;
import dev.zhanggui.customer.PhoneNumber;
import dev.zhanggui.customer.Profile;
import dev.zhanggui.server.testing.SecondConnectionPool;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;
import dev.zhanggui.shared.TimeOrderedIdGenerator;
import dev.zhanggui.shared.Transactions;
import dev.zhanggui.wallet.DefaultSpendingOrderPolicy;
import dev.zhanggui.wallet.WalletPaymentService;
import dev.zhanggui.wallet.WalletReconciliation;
import dev.zhanggui.wallet.WalletService;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

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
        CustomerRepository customerRepository = new ExistenceOnlyCustomers();
        CustomerService customers = new CustomerService(customerRepository, new DefaultPhoneNumberPolicy(),
                transactions, event -> { }, ids, clock);
        DefaultSpendingOrderPolicy policy = new DefaultSpendingOrderPolicy();
        wallets = new WalletService(repository, customerRepository, customers, policy, transactions, ids, clock);
        payments = new WalletPaymentService(repository, customerRepository, customers, policy, transactions, ids,
                clock);
        reconciliation = new WalletReconciliation(repository, transactions, clock);
    }

    /** Enough of the customer store for the wallet's "is this a customer of the merchant" check. */
    private final class ExistenceOnlyCustomers implements CustomerRepository {
        @Override
        public Optional<Customer> find(MerchantId merchant, CustomerId id) {
            try (PreparedStatement s = connection().prepareStatement(
                    "select phone, registered_at, invite_code from customer where merchant_id = ? and id = ?")) {
                s.setString(1, merchant.value());
                s.setObject(2, id.value());
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new Customer(id, merchant, new PhoneNumber(r.getString(1)),
                            Customer.Origin.CREATED_BY_STAFF, r.getObject(2, OffsetDateTime.class).toInstant(),
                            Optional.empty(), Profile.EMPTY, List.of(), Optional.empty(), List.of(),
                            new InviteCode(r.getString(3)), Optional.empty(), 0));
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public Optional<Customer> findByPhone(MerchantId merchant, PhoneNumber phone) {
            throw new UnsupportedOperationException("the second instance only pays and debits");
        }

        @Override
        public Page<Customer> list(MerchantId merchant, CustomerFilter filter, PageRequest page) {
            throw new UnsupportedOperationException("the second instance only pays and debits");
        }

        @Override
        public void add(Customer customer) {
            throw new UnsupportedOperationException("the second instance only pays and debits");
        }

        @Override
        public void update(Customer customer) {
            throw new UnsupportedOperationException("the second instance only pays and debits");
        }
    }

    /** Runs SQL on a connection of this instance, in its own unit of work. */
    <T> T withConnection(java.util.function.Function<Connection, T> work) {
        return database.withConnection(work);
    }

    private Connection connection() throws SQLException {
        return database.dataSource().getConnection();
    }

    @Override
    public void close() {
        database.close();
    }

    static UUID uuid(String text) {
        return UUID.fromString(text);
    }
}
