package dev.zhanggui.server.promotion;

import dev.zhanggui.customer.Customer;
import dev.zhanggui.customer.CustomerFilter;
import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.customer.CustomerRepository;
import dev.zhanggui.customer.CustomerService;
import dev.zhanggui.customer.DefaultPhoneNumberPolicy;
import dev.zhanggui.customer.PhoneNumber;
import dev.zhanggui.customer.Profile;
import dev.zhanggui.promotion.CouponService;
import dev.zhanggui.promotion.inmemory.InMemoryCouponAudience;
import dev.zhanggui.promotion.inmemory.InMemoryGiftPackSettings;
import dev.zhanggui.server.pricing.JdbcStatements;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;
import dev.zhanggui.shared.TimeOrderedIdGenerator;
import dev.zhanggui.shared.Transactions;
import org.eclipse.microprofile.config.ConfigProvider;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * A second server instance inside the test JVM for coupons: its own connection pool to the same
 * database (plain JDBC, no Quarkus, no JTA), its own unit of work, and the coupon use cases built
 * from the same adapter classes the server uses. It shares nothing with the Quarkus application
 * but the database, as a second process would.
 */
final class SecondPromotionInstance implements AutoCloseable {
    private final BlockingQueue<Connection> pool;
    private final ThreadLocal<Connection> current = new ThreadLocal<>();
    final Transactions transactions = this::inTransaction;
    final CouponService coupons;

    SecondPromotionInstance(int poolSize) throws SQLException {
        var config = ConfigProvider.getConfig();
        String url = config.getValue("quarkus.datasource.jdbc.url", String.class);
        Properties credentials = new Properties();
        config.getOptionalValue("quarkus.datasource.username", String.class)
                .ifPresent(u -> credentials.setProperty("user", u));
        config.getOptionalValue("quarkus.datasource.password", String.class)
                .ifPresent(p -> credentials.setProperty("password", p));
        pool = new ArrayBlockingQueue<>(poolSize);
        for (int i = 0; i < poolSize; i++) {
            Connection c = DriverManager.getConnection(url, credentials);
            c.setAutoCommit(false);
            pool.add(c);
        }
        Clock clock = Clock.systemUTC();
        TimeOrderedIdGenerator ids = new TimeOrderedIdGenerator(clock);
        JdbcStatements sql = new JdbcStatements(threadBound());
        CustomerService customers = new CustomerService(new PhoneLookupCustomers(), new DefaultPhoneNumberPolicy(),
                transactions, event -> { }, ids, clock);
        coupons = new CouponService(new JdbcCouponTemplateRepository(sql), new JdbcCouponRepository(sql),
                new JdbcCouponCodeRepository(sql), new JdbcCouponIssuance(sql, () -> { }), new InMemoryCouponAudience(),
                new InMemoryGiftPackSettings(), customers, transactions, ids, clock);
    }

    private <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        Connection c;
        try {
            c = pool.poll(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (c == null) {
            throw new IllegalStateException("no connection of the second pool within 30 s");
        }
        current.set(c);
        try {
            T result = work.get();
            c.commit();
            return result;
        } catch (RuntimeException | Error e) {
            rollback(c);
            throw e;
        } catch (SQLException e) {
            rollback(c);
            throw new IllegalStateException(e);
        } finally {
            current.remove();
            pool.add(c);
        }
    }

    private static void rollback(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the connection is broken; the next use will tell
        }
    }

    /** The connection of the running unit of work; closing it is left to the unit of work. */
    private DataSource threadBound() {
        return (ThreadBoundDataSource) () -> {
            Connection c = current.get();
            if (c == null) {
                throw new IllegalStateException("no unit of work on this thread");
            }
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[]{Connection.class}, (proxy, method, args) -> {
                        if (method.getName().equals("close")) {
                            return null;
                        }
                        try {
                            return method.invoke(c, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        };
    }

    @FunctionalInterface
    private interface ThreadBoundDataSource extends DataSource {
        @Override
        default Connection getConnection(String user, String password) throws SQLException {
            return getConnection();
        }

        @Override
        default PrintWriter getLogWriter() {
            return null;
        }

        @Override
        default void setLogWriter(PrintWriter out) {
        }

        @Override
        default void setLoginTimeout(int seconds) {
        }

        @Override
        default int getLoginTimeout() {
            return 0;
        }

        @Override
        default Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        default <T> T unwrap(Class<T> iface) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        default boolean isWrapperFor(Class<?> iface) {
            return false;
        }
    }

    /** Customers found by phone (a claim is made by the calling customer); nothing is written. */
    private final class PhoneLookupCustomers implements CustomerRepository {
        @Override
        public Optional<Customer> find(MerchantId merchant, CustomerId id) {
            return lookup(merchant, "id = ?", id.value());
        }

        @Override
        public Optional<Customer> findByPhone(MerchantId merchant, PhoneNumber phone) {
            return lookup(merchant, "phone = ?", phone.value());
        }

        private Optional<Customer> lookup(MerchantId merchant, String condition, Object value) {
            try (PreparedStatement s = current.get().prepareStatement(
                    "select id, phone, registered_at from customer where merchant_id = ? and " + condition)) {
                s.setString(1, merchant.value());
                s.setObject(2, value);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new Customer(new CustomerId(r.getObject(1, UUID.class)), merchant,
                            new PhoneNumber(r.getString(2)), Customer.Origin.CREATED_BY_STAFF,
                            r.getObject(3, OffsetDateTime.class).toInstant(), Optional.empty(), Profile.EMPTY,
                            List.of(), Optional.empty(), List.of(), 0));
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public Page<Customer> list(MerchantId merchant, CustomerFilter filter, PageRequest page) {
            throw new UnsupportedOperationException("the second instance only claims coupons");
        }

        @Override
        public void add(Customer customer) {
            throw new UnsupportedOperationException("the second instance only claims coupons");
        }

        /** The first call of a customer links their account; that link does not matter to coupons. */
        @Override
        public void update(Customer customer) {
        }
    }

    @Override
    public void close() {
        pool.forEach(c -> {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
        });
    }
}
