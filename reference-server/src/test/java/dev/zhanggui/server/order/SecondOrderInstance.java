package dev.zhanggui.server.order;

import dev.zhanggui.server.wallet.JdbcWalletAuditLog;
import dev.zhanggui.customer.CustomerRepository;
import dev.zhanggui.customer.CustomerService;
import dev.zhanggui.customer.DefaultMemberLevelPolicy;
import dev.zhanggui.customer.DefaultPhoneNumberPolicy;
import dev.zhanggui.customer.MemberLevelRepository;
import dev.zhanggui.customer.MemberLevelService;
import dev.zhanggui.order.CatalogOrderStock;
import dev.zhanggui.order.CheckoutService;
import dev.zhanggui.order.DefaultDeliveryDatePolicy;
import dev.zhanggui.order.DefaultOrderNumberPolicy;
import dev.zhanggui.order.DefaultPaymentTermsPolicy;
import dev.zhanggui.order.OrderHoldings;
import dev.zhanggui.order.OrderJobs;
import dev.zhanggui.order.OrderNumberPolicy;
import dev.zhanggui.order.OrderRepository;
import dev.zhanggui.order.OrderSettings;
import dev.zhanggui.order.RandomVerificationCodes;
import dev.zhanggui.pricing.CouponSources;
import dev.zhanggui.pricing.PriceTierSources;
import dev.zhanggui.pricing.QuoteService;
import dev.zhanggui.promotion.CouponRepository;
import dev.zhanggui.promotion.CouponService;
import dev.zhanggui.promotion.CouponTemplateRepository;
import dev.zhanggui.promotion.PromotionRegistry;
import dev.zhanggui.promotion.PromotionService;
import dev.zhanggui.server.catalog.JdbcStockRepository;
import dev.zhanggui.server.pricing.JdbcCarrierRepository;
import dev.zhanggui.server.pricing.JdbcCustomerGroupRepository;
import dev.zhanggui.server.pricing.JdbcFlashPriceRepository;
import dev.zhanggui.server.pricing.JdbcLevelPriceRepository;
import dev.zhanggui.server.pricing.JdbcMemberLevelRepository;
import dev.zhanggui.server.pricing.JdbcPriceListRepository;
import dev.zhanggui.server.pricing.JdbcPricingSettings;
import dev.zhanggui.server.pricing.SqlPricingCatalog;
import dev.zhanggui.server.pricing.WalletPointsStandings;
import dev.zhanggui.server.promotion.JdbcCouponCodeRepository;
import dev.zhanggui.server.promotion.JdbcCouponIssuance;
import dev.zhanggui.server.promotion.JdbcCouponRepository;
import dev.zhanggui.server.promotion.JdbcCouponTemplateRepository;
import dev.zhanggui.server.promotion.JdbcPromotionRepository;
import dev.zhanggui.server.promotion.SqlCouponAudience;
import dev.zhanggui.server.shared.JdbcStatements;
import dev.zhanggui.server.testing.SecondConnectionPool;
import dev.zhanggui.server.testing.StoredCustomers;
import dev.zhanggui.server.wallet.JdbcWalletRepository;
import dev.zhanggui.shared.EventPublisher;
import dev.zhanggui.shared.TimeOrderedIdGenerator;
import dev.zhanggui.shared.Transactions;
import dev.zhanggui.wallet.DefaultSpendingOrderPolicy;
import dev.zhanggui.wallet.WalletPaymentService;
import dev.zhanggui.wallet.WalletReconciliation;
import dev.zhanggui.wallet.WalletService;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * A second server instance inside the test JVM for orders: its own connection pool to the same
 * database (plain JDBC, no Quarkus, no JTA), its own units of work, and checkout and the order jobs
 * built as {@code OrderWiring} builds them, from the same adapter classes the server uses: the JDBC
 * order, cart, sequence and settings adapters, {@link JdbcStockRepository} (the conditional
 * decrement under test), the pricing and promotion adapters behind the quote, the coupon use cases
 * and the wallet ledger. Only the customers are a read-only stand-in ({@link StoredCustomers}), so
 * its customers are registered on the server first; events go nowhere. Order numbers are drawn on a
 * small autocommit pool of their own, as on the server (its {@code order-numbers} data source).
 */
final class SecondOrderInstance implements AutoCloseable {
    private final SecondConnectionPool database;
    private final SecondConnectionPool orderNumbers;
    private final JdbcStatements sql;
    final Transactions transactions;
    final CheckoutService checkout;
    final OrderJobs jobs;
    final OrderNumberPolicy numbers;
    final OrderRepository orders;
    final WalletService wallets;
    final WalletReconciliation reconciliation;

    SecondOrderInstance(int poolSize) throws SQLException {
        database = new SecondConnectionPool(poolSize);
        orderNumbers = new SecondConnectionPool(4);
        transactions = database.transactions();
        Clock clock = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
        TimeOrderedIdGenerator ids = new TimeOrderedIdGenerator(clock);
        EventPublisher events = event -> { };
        sql = new JdbcStatements(database.dataSource());

        CustomerRepository customerRepository = new StoredCustomers(sql);
        CustomerService customers = new CustomerService(customerRepository, new DefaultPhoneNumberPolicy(),
                transactions, events, ids, clock);
        JdbcPricingSettings pricingSettings = new JdbcPricingSettings(sql);
        MemberLevelRepository levels = new JdbcMemberLevelRepository(sql);
        MemberLevelService memberLevels = new MemberLevelService(levels, pricingSettings,
                new WalletPointsStandings(sql), new DefaultMemberLevelPolicy(), transactions, ids);
        CouponRepository couponRepository = new JdbcCouponRepository(sql);
        CouponTemplateRepository templates = new JdbcCouponTemplateRepository(sql);
        QuoteService quotes = new QuoteService(new SqlPricingCatalog(sql),
                new PriceTierSources(memberLevels, new JdbcLevelPriceRepository(sql),
                        new JdbcCustomerGroupRepository(sql), new JdbcPriceListRepository(sql),
                        new JdbcFlashPriceRepository(sql), new JdbcFlashPurchases(sql), pricingSettings),
                new CouponSources(new PromotionService(new JdbcPromotionRepository(sql),
                        PromotionRegistry.withBuiltIns(), transactions, ids), couponRepository, templates),
                new JdbcCarrierRepository(sql), customers, transactions, clock);
        CouponService coupons = new CouponService(templates, couponRepository, new JdbcCouponCodeRepository(sql),
                new JdbcCouponIssuance(sql, () -> { }), new SqlCouponAudience(sql, levels, pricingSettings),
                pricingSettings, customers, transactions, ids, clock);

        JdbcWalletRepository walletRepository = new JdbcWalletRepository(database.dataSource(), () -> { });
        DefaultSpendingOrderPolicy spending = new DefaultSpendingOrderPolicy();
        wallets = new WalletService(walletRepository, customerRepository, customers, spending,
                new JdbcWalletAuditLog(sql), transactions, ids, clock);
        WalletPaymentService walletPayments = new WalletPaymentService(walletRepository, customerRepository,
                customers, spending, transactions, ids, clock);
        reconciliation = new WalletReconciliation(walletRepository, transactions, clock);

        orders = new JdbcOrderRepository(sql, () -> { });
        OrderSettings settings = new JdbcOrderSettings(sql);
        numbers = new DefaultOrderNumberPolicy(settings,
                new JdbcOrderSequence(new JdbcStatements(orderNumbers.autoCommitDataSource())));
        OrderHoldings holdings = new OrderHoldings(
                new CatalogOrderStock(new JdbcStockRepository(sql, () -> { }), ids), coupons, couponRepository,
                wallets, walletPayments);
        checkout = new CheckoutService(orders, new JdbcCartRepository(sql, () -> { }, clock), customers, quotes,
                new SqlOrderCatalog(sql), holdings, settings, numbers, new DefaultPaymentTermsPolicy(),
                new DefaultDeliveryDatePolicy(new JdbcHolidayCalendar(sql)), new RandomVerificationCodes(),
                transactions, events, ids, clock);
        jobs = new OrderJobs(orders, customers, holdings, transactions, events);
    }

    /** Reads the database as this instance sees it, in a unit of work of its own. */
    <T> List<T> query(String query, JdbcStatements.RowMapper<T> row, Object... parameters) {
        return transactions.inTransaction(() -> sql.query(query, s -> {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
        }, row));
    }

    @Override
    public void close() {
        database.close();
        orderNumbers.close();
    }
}
