package dev.zhanggui.server.order;

import dev.zhanggui.catalog.StockRepository;
import dev.zhanggui.customer.CustomerService;
import dev.zhanggui.order.CartRepository;
import dev.zhanggui.order.CartService;
import dev.zhanggui.order.CatalogOrderStock;
import dev.zhanggui.order.CheckoutService;
import dev.zhanggui.order.DashboardFigures;
import dev.zhanggui.order.DashboardService;
import dev.zhanggui.order.DefaultDeliveryDatePolicy;
import dev.zhanggui.order.DefaultOrderNumberPolicy;
import dev.zhanggui.order.DefaultPaymentTermsPolicy;
import dev.zhanggui.order.DeliveryDatePolicy;
import dev.zhanggui.order.FulfilmentService;
import dev.zhanggui.order.HolidayCalendar;
import dev.zhanggui.order.OrderCatalog;
import dev.zhanggui.order.OrderHoldings;
import dev.zhanggui.order.OrderJobs;
import dev.zhanggui.order.OrderNumberPolicy;
import dev.zhanggui.order.OrderOnlinePayment;
import dev.zhanggui.order.OrderPaymentConfirmation;
import dev.zhanggui.order.OrderPaymentService;
import dev.zhanggui.order.OrderRepository;
import dev.zhanggui.order.OrderSequence;
import dev.zhanggui.order.OrderService;
import dev.zhanggui.order.OrderSettings;
import dev.zhanggui.order.OrderSettingsService;
import dev.zhanggui.order.OrderStock;
import dev.zhanggui.order.PaymentOptionsService;
import dev.zhanggui.order.PaymentTermsPolicy;
import dev.zhanggui.order.RandomVerificationCodes;
import dev.zhanggui.order.VerificationCodes;
import dev.zhanggui.payment.PaymentService;
import dev.zhanggui.pricing.FlashPurchases;
import dev.zhanggui.pricing.PricingCatalog;
import dev.zhanggui.pricing.QuoteService;
import dev.zhanggui.promotion.CouponRepository;
import dev.zhanggui.promotion.CouponService;
import dev.zhanggui.server.shared.JdbcStatements;
import dev.zhanggui.server.shared.MerchantReferenceCache;
import dev.zhanggui.server.shared.TransactionMemo;
import dev.zhanggui.shared.EventPublisher;
import dev.zhanggui.shared.IdGenerator;
import dev.zhanggui.shared.Transactions;
import dev.zhanggui.wallet.WalletPaymentService;
import dev.zhanggui.wallet.WalletService;
import io.quarkus.arc.DefaultBean;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;

import java.time.Clock;

/** Builds the order use cases (carts, checkout, payment, fulfilment, jobs, settings) from the server's adapters. */
@ApplicationScoped
public class OrderWiring {

    // --- ports ---------------------------------------------------------------------------------

    @Produces
    @ApplicationScoped
    OrderRepository orderRepository(JdbcStatements sql, EntityManager em) {
        // A customer registered through JPA in the same transaction must reach the database first.
        return new JdbcOrderRepository(sql, em::flush);
    }

    @Produces
    @ApplicationScoped
    CartRepository cartRepository(JdbcStatements sql, EntityManager em, Clock clock) {
        return new JdbcCartRepository(sql, em::flush, clock);
    }

    @Produces
    @ApplicationScoped
    OrderSequence orderSequence(@DataSource("order-numbers") AgroalDataSource orderNumbers) {
        return new JdbcOrderSequence(new JdbcStatements(orderNumbers));
    }

    @Produces
    @ApplicationScoped
    OrderSettings orderSettings(JdbcStatements sql, TransactionMemo memo, MerchantReferenceCache cache) {
        return new JdbcOrderSettings(sql, memo, cache);
    }

    @Produces
    @ApplicationScoped
    HolidayCalendar holidayCalendar(JdbcStatements sql) {
        return new JdbcHolidayCalendar(sql);
    }

    @Produces
    @ApplicationScoped
    OrderCatalog orderCatalog(JdbcStatements sql) {
        return new SqlOrderCatalog(sql);
    }

    @Produces
    @ApplicationScoped
    OrderStock orderStock(StockRepository stock, IdGenerator ids) {
        return new CatalogOrderStock(stock, ids);
    }

    @Produces
    @ApplicationScoped
    JdbcPurchaseHistory purchaseHistory(JdbcStatements sql) {
        return new JdbcPurchaseHistory(sql);
    }

    @Produces
    @ApplicationScoped
    FlashPurchases flashPurchases(JdbcStatements sql) {
        return new JdbcFlashPurchases(sql);
    }

    // --- policies merchants or integrators may replace -----------------------------------------

    @Produces
    @ApplicationScoped
    @DefaultBean
    OrderNumberPolicy orderNumberPolicy(OrderSettings settings, OrderSequence sequence) {
        return new DefaultOrderNumberPolicy(settings, sequence);
    }

    @Produces
    @ApplicationScoped
    @DefaultBean
    PaymentTermsPolicy paymentTermsPolicy() {
        return new DefaultPaymentTermsPolicy();
    }

    @Produces
    @ApplicationScoped
    @DefaultBean
    DeliveryDatePolicy deliveryDatePolicy(HolidayCalendar holidays) {
        return new DefaultDeliveryDatePolicy(holidays);
    }

    @Produces
    @ApplicationScoped
    @DefaultBean
    VerificationCodes verificationCodes() {
        return new RandomVerificationCodes();
    }

    // --- use cases -----------------------------------------------------------------------------

    @Produces
    @ApplicationScoped
    OrderHoldings orderHoldings(OrderStock stock, CouponService coupons, CouponRepository couponRepository,
                                WalletService wallets, WalletPaymentService walletPayments) {
        return new OrderHoldings(stock, coupons, couponRepository, wallets, walletPayments);
    }

    @Produces
    @ApplicationScoped
    CheckoutService checkoutService(OrderRepository orders, CartRepository carts, CustomerService customers,
                                    QuoteService quotes, OrderCatalog catalog, OrderHoldings holdings,
                                    OrderSettings settings, OrderNumberPolicy numbers, PaymentTermsPolicy terms,
                                    DeliveryDatePolicy deliveryDates, VerificationCodes codes,
                                    Transactions transactions, EventPublisher events, IdGenerator ids,
                                    Clock clock) {
        return new CheckoutService(orders, carts, customers, quotes, catalog, holdings, settings, numbers, terms,
                deliveryDates, codes, transactions, events, ids, clock);
    }

    @Produces
    @ApplicationScoped
    PaymentOptionsService paymentOptionsService(OrderSettings settings, WalletService wallets,
                                                Transactions transactions) {
        return new PaymentOptionsService(settings, wallets, transactions);
    }

    @Produces
    @ApplicationScoped
    CartService cartService(CartRepository carts, OrderRepository orders, CustomerService customers,
                            PricingCatalog catalog, OrderStock stock, QuoteService quotes, Transactions transactions) {
        return new CartService(carts, orders, customers, catalog, stock, quotes, transactions);
    }

    @Produces
    @ApplicationScoped
    OrderService orderService(OrderRepository orders, CustomerService customers, OrderHoldings holdings,
                              Transactions transactions, EventPublisher events, Clock clock) {
        return new OrderService(orders, customers, holdings, transactions, events, clock);
    }

    @Produces
    @ApplicationScoped
    OrderPaymentService orderPaymentService(OrderRepository orders, CustomerService customers,
                                            OrderHoldings holdings, Transactions transactions, EventPublisher events,
                                            Clock clock) {
        return new OrderPaymentService(orders, customers, holdings, transactions, events, clock);
    }

    @Produces
    @ApplicationScoped
    OrderPaymentConfirmation orderPaymentConfirmation(OrderPaymentService orderPayments) {
        return new OrderPaymentConfirmation(orderPayments);
    }

    @Produces
    @ApplicationScoped
    OrderOnlinePayment orderOnlinePayment(OrderRepository orders, CustomerService customers, PaymentService payments,
                                          Transactions transactions, EventPublisher events) {
        return new OrderOnlinePayment(orders, customers, payments, transactions, events);
    }

    @Produces
    @ApplicationScoped
    FulfilmentService fulfilmentService(OrderRepository orders, CustomerService customers, OrderSettings settings,
                                        Transactions transactions, EventPublisher events, IdGenerator ids,
                                        Clock clock) {
        return new FulfilmentService(orders, customers, settings, transactions, events, ids, clock);
    }

    @Produces
    @ApplicationScoped
    OrderJobs orderJobs(OrderRepository orders, CustomerService customers, OrderHoldings holdings,
                        Transactions transactions, EventPublisher events) {
        return new OrderJobs(orders, customers, holdings, transactions, events);
    }

    @Produces
    @ApplicationScoped
    DashboardFigures dashboardFigures(JdbcStatements sql) {
        return new SqlDashboardFigures(sql);
    }

    @Produces
    @ApplicationScoped
    DashboardService dashboardService(DashboardFigures figures, OrderSettings settings, Transactions transactions,
                                      Clock clock) {
        return new DashboardService(figures, settings, transactions, clock);
    }

    @Produces
    @ApplicationScoped
    OrderSettingsService orderSettingsService(OrderSettings settings, HolidayCalendar holidays,
                                              CustomerService customers, Transactions transactions) {
        return new OrderSettingsService(settings, holidays, customers, transactions);
    }
}
