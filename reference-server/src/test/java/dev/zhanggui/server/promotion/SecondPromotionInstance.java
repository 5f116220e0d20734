package dev.zhanggui.server.promotion;

import dev.zhanggui.customer.Customer;
import dev.zhanggui.customer.CustomerFilter;
import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.customer.CustomerRepository;
import dev.zhanggui.customer.CustomerService;
import dev.zhanggui.customer.DefaultPhoneNumberPolicy;
import dev.zhanggui.customer.InviteCode;
import dev.zhanggui.customer.PhoneNumber;
import dev.zhanggui.customer.Profile;
import dev.zhanggui.promotion.CouponService;
import dev.zhanggui.promotion.inmemory.InMemoryCouponAudience;
import dev.zhanggui.promotion.inmemory.InMemoryGiftPackSettings;
import dev.zhanggui.server.shared.JdbcStatements;
import dev.zhanggui.server.testing.SecondConnectionPool;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;
import dev.zhanggui.shared.TimeOrderedIdGenerator;
import dev.zhanggui.shared.Transactions;

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
 * A second server instance inside the test JVM for coupons: its own connection pool to the same
 * database (plain JDBC, no Quarkus, no JTA), its own unit of work, and the coupon use cases built
 * from the same adapter classes the server uses. It shares nothing with the Quarkus application
 * but the database, as a second process would.
 */
final class SecondPromotionInstance implements AutoCloseable {
    private final SecondConnectionPool database;
    final Transactions transactions;
    final CouponService coupons;

    SecondPromotionInstance(int poolSize) throws SQLException {
        database = new SecondConnectionPool(poolSize);
        transactions = database.transactions();
        Clock clock = Clock.systemUTC();
        TimeOrderedIdGenerator ids = new TimeOrderedIdGenerator(clock);
        JdbcStatements sql = new JdbcStatements(database.dataSource());
        CustomerService customers = new CustomerService(new PhoneLookupCustomers(), new DefaultPhoneNumberPolicy(),
                transactions, event -> { }, ids, clock);
        coupons = new CouponService(new JdbcCouponTemplateRepository(sql), new JdbcCouponRepository(sql),
                new JdbcCouponCodeRepository(sql), new JdbcCouponIssuance(sql, () -> { }), new InMemoryCouponAudience(),
                new InMemoryGiftPackSettings(), customers, transactions, ids, clock);
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
            try (PreparedStatement s = connection().prepareStatement(
                    "select id, phone, registered_at, invite_code from customer where merchant_id = ? and " + condition)) {
                s.setString(1, merchant.value());
                s.setObject(2, value);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new Customer(new CustomerId(r.getObject(1, UUID.class)), merchant,
                            new PhoneNumber(r.getString(2)), Customer.Origin.CREATED_BY_STAFF,
                            r.getObject(3, OffsetDateTime.class).toInstant(), Optional.empty(), Profile.EMPTY,
                            List.of(), Optional.empty(), List.of(), new InviteCode(r.getString(4)), Optional.empty(), 0));
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

    private Connection connection() throws SQLException {
        return database.dataSource().getConnection();
    }

    @Override
    public void close() {
        database.close();
    }
}
