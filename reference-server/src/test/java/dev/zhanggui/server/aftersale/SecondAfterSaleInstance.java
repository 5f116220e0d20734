package dev.zhanggui.server.aftersale;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zhanggui.aftersale.AfterSaleServices;
import dev.zhanggui.aftersale.DefaultRefundAllocationPolicy;
import dev.zhanggui.customer.CustomerRepository;
import dev.zhanggui.customer.CustomerService;
import dev.zhanggui.customer.DefaultPhoneNumberPolicy;
import dev.zhanggui.customer.MemberLevelRepository;
import dev.zhanggui.order.CatalogOrderStock;
import dev.zhanggui.payment.PaymentGateway;
import dev.zhanggui.payment.PaymentService;
import dev.zhanggui.promotion.CouponRepository;
import dev.zhanggui.promotion.CouponService;
import dev.zhanggui.promotion.CouponTemplateRepository;
import dev.zhanggui.server.catalog.JdbcStockRepository;
import dev.zhanggui.server.order.JdbcOrderRepository;
import dev.zhanggui.server.payment.JdbcPaymentRepository;
import dev.zhanggui.server.pricing.JdbcMemberLevelRepository;
import dev.zhanggui.server.pricing.JdbcPricingSettings;
import dev.zhanggui.server.promotion.JdbcCouponCodeRepository;
import dev.zhanggui.server.promotion.JdbcCouponIssuance;
import dev.zhanggui.server.promotion.JdbcCouponRepository;
import dev.zhanggui.server.promotion.JdbcCouponTemplateRepository;
import dev.zhanggui.server.promotion.SqlCouponAudience;
import dev.zhanggui.server.shared.JdbcStatements;
import dev.zhanggui.server.testing.SecondConnectionPool;
import dev.zhanggui.server.testing.StoredCustomers;
import dev.zhanggui.server.wallet.JdbcPointsAwardRepository;
import dev.zhanggui.server.wallet.JdbcWalletAuditLog;
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
 * A second server instance inside the test JVM for after-sales: its own connection pool to the same
 * database (plain JDBC, no Quarkus, no JTA), its own units of work, and the after-sales use cases
 * built as {@code AfterSaleWiring} builds them, from the same adapter classes the server uses: the
 * JDBC after-sales, refund, clawback, reasons and settings adapters, the order repository, the
 * stock, the coupons and the wallet ledger; online refunds go to the gateway it is given (the
 * server's sandbox: one gateway for both instances, as in production). Only the customers are a
 * read-only stand-in ({@link StoredCustomers}); events go nowhere.
 */
final class SecondAfterSaleInstance implements AutoCloseable {
    private final SecondConnectionPool database;
    final AfterSaleServices services;
    final WalletReconciliation reconciliation;

    SecondAfterSaleInstance(int poolSize, PaymentGateway gateway) throws SQLException {
        database = new SecondConnectionPool(poolSize);
        Transactions transactions = database.transactions();
        Clock clock = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
        TimeOrderedIdGenerator ids = new TimeOrderedIdGenerator(clock);
        EventPublisher events = event -> { };
        JdbcStatements sql = new JdbcStatements(database.dataSource());

        CustomerRepository customerRepository = new StoredCustomers(sql);
        CustomerService customers = new CustomerService(customerRepository, new DefaultPhoneNumberPolicy(),
                transactions, events, ids, clock);
        JdbcPricingSettings pricingSettings = new JdbcPricingSettings(sql);
        MemberLevelRepository levels = new JdbcMemberLevelRepository(sql);
        CouponRepository couponRepository = new JdbcCouponRepository(sql);
        CouponTemplateRepository templates = new JdbcCouponTemplateRepository(sql);
        CouponService coupons = new CouponService(templates, couponRepository, new JdbcCouponCodeRepository(sql),
                new JdbcCouponIssuance(sql, () -> { }), new SqlCouponAudience(sql, levels, pricingSettings),
                pricingSettings, customers, transactions, ids, clock);
        JdbcWalletRepository walletRepository = new JdbcWalletRepository(database.dataSource(), () -> { });
        DefaultSpendingOrderPolicy spending = new DefaultSpendingOrderPolicy();
        WalletService wallets = new WalletService(walletRepository, customerRepository, customers, spending,
                new JdbcWalletAuditLog(sql), transactions, ids, clock);
        WalletPaymentService walletPayments = new WalletPaymentService(walletRepository, customerRepository,
                customers, spending, transactions, ids, clock);
        reconciliation = new WalletReconciliation(walletRepository, transactions, clock);
        PaymentService payments = new PaymentService(new JdbcPaymentRepository(sql), List.of(gateway), List.of(),
                gateway.name(), name -> "http://localhost:8080/api/v1/payments/callbacks/" + name, transactions, ids,
                clock);

        services = AfterSaleServices.wire(new AfterSaleServices.Ports(new JdbcAfterSaleRepository(sql),
                        new JdbcRefundRepository(sql), new JdbcAfterSaleReasons(sql), new JdbcAfterSaleSettings(sql),
                        new DefaultRefundAllocationPolicy(),
                        new WalletOrderPointsAwards(new JdbcPointsAwardRepository(sql, new ObjectMapper()
                                .findAndRegisterModules())), new JdbcPointsClawbackRepository(sql)),
                new AfterSaleServices.Neighbours(new JdbcOrderRepository(sql, () -> { }),
                        new CatalogOrderStock(new JdbcStockRepository(sql, () -> { }), ids), customers, coupons,
                        couponRepository, wallets, walletPayments, payments), transactions, events, ids, clock);
    }

    @Override
    public void close() {
        database.close();
    }
}
