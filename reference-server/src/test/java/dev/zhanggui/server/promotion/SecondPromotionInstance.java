package dev.zhanggui.server.promotion;

import dev.zhanggui.customer.CustomerService;
import dev.zhanggui.customer.DefaultPhoneNumberPolicy;
import dev.zhanggui.promotion.CouponService;
import dev.zhanggui.promotion.inmemory.InMemoryCouponAudience;
import dev.zhanggui.promotion.inmemory.InMemoryGiftPackSettings;
import dev.zhanggui.server.shared.JdbcStatements;
import dev.zhanggui.server.testing.SecondConnectionPool;
import dev.zhanggui.server.testing.StoredCustomers;
import dev.zhanggui.shared.TimeOrderedIdGenerator;
import dev.zhanggui.shared.Transactions;

import java.sql.SQLException;
import java.time.Clock;

/**
 * A second server instance inside the test JVM for coupons: its own connection pool to the same
 * database (plain JDBC, no Quarkus, no JTA), its own unit of work, and the coupon use cases built
 * from the same adapter classes the server uses. It shares nothing with the Quarkus application
 * but the database, as a second process would. Claims are made by calling customers, found by
 * phone among the stored ones.
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
        CustomerService customers = new CustomerService(new StoredCustomers(sql), new DefaultPhoneNumberPolicy(),
                transactions, event -> { }, ids, clock);
        coupons = new CouponService(new JdbcCouponTemplateRepository(sql), new JdbcCouponRepository(sql),
                new JdbcCouponCodeRepository(sql), new JdbcCouponIssuance(sql, () -> { }), new InMemoryCouponAudience(),
                new InMemoryGiftPackSettings(), customers, transactions, ids, clock);
    }

    @Override
    public void close() {
        database.close();
    }
}
