package dev.zhanggui.server.aftersale;

import dev.zhanggui.aftersale.AfterSaleReasonSettings;
import dev.zhanggui.aftersale.AfterSaleRepository;
import dev.zhanggui.aftersale.AfterSaleService;
import dev.zhanggui.aftersale.AfterSaleServices;
import dev.zhanggui.aftersale.AfterSaleSettings;
import dev.zhanggui.aftersale.AfterSaleTermsSettings;
import dev.zhanggui.aftersale.DefaultRefundAllocationPolicy;
import dev.zhanggui.aftersale.OrderPointsAwards;
import dev.zhanggui.aftersale.PointsClawbackRepository;
import dev.zhanggui.aftersale.PointsClawbacks;
import dev.zhanggui.aftersale.RefundAllocationPolicy;
import dev.zhanggui.aftersale.RefundRepository;
import dev.zhanggui.aftersale.RefundService;
import dev.zhanggui.customer.CustomerService;
import dev.zhanggui.order.OrderRepository;
import dev.zhanggui.order.OrderStock;
import dev.zhanggui.payment.PaymentService;
import dev.zhanggui.promotion.CouponRepository;
import dev.zhanggui.promotion.CouponService;
import dev.zhanggui.server.shared.JdbcStatements;
import dev.zhanggui.shared.EventPublisher;
import dev.zhanggui.shared.IdGenerator;
import dev.zhanggui.shared.Transactions;
import dev.zhanggui.wallet.PointsAwardRepository;
import dev.zhanggui.wallet.WalletPaymentService;
import dev.zhanggui.wallet.WalletService;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * Builds the after-sales use cases (售后) from the server's adapters and its neighbours: refunds
 * go back through the payment service (the sandbox gateway here), to the wallet's balance, points
 * and credit, and the points clawback reads the wallet's recorded awards.
 */
@ApplicationScoped
public class AfterSaleWiring {

    // --- ports ---------------------------------------------------------------------------------

    @Produces
    @ApplicationScoped
    AfterSaleRepository afterSaleRepository(JdbcStatements sql) {
        return new JdbcAfterSaleRepository(sql);
    }

    @Produces
    @ApplicationScoped
    RefundRepository refundRepository(JdbcStatements sql) {
        return new JdbcRefundRepository(sql);
    }

    @Produces
    @ApplicationScoped
    PointsClawbackRepository pointsClawbackRepository(JdbcStatements sql) {
        return new JdbcPointsClawbackRepository(sql);
    }

    @Produces
    @ApplicationScoped
    JdbcAfterSaleSettings jdbcAfterSaleSettings(JdbcStatements sql) {
        return new JdbcAfterSaleSettings(sql);
    }

    @Produces
    @ApplicationScoped
    JdbcAfterSaleReasons jdbcAfterSaleReasons(JdbcStatements sql) {
        return new JdbcAfterSaleReasons(sql);
    }

    @Produces
    @ApplicationScoped
    OrderPointsAwards orderPointsAwards(PointsAwardRepository awards) {
        return new WalletOrderPointsAwards(awards);
    }

    // --- policies merchants or integrators may replace -----------------------------------------

    @Produces
    @ApplicationScoped
    @DefaultBean
    RefundAllocationPolicy refundAllocationPolicy() {
        return new DefaultRefundAllocationPolicy();
    }

    // --- use cases -----------------------------------------------------------------------------

    @Produces
    @Singleton // a record cannot be proxied
    AfterSaleServices afterSaleServices(AfterSaleRepository afterSales, RefundRepository refunds,
                                        JdbcAfterSaleReasons reasons, JdbcAfterSaleSettings settings,
                                        RefundAllocationPolicy allocation, OrderPointsAwards pointsAwards,
                                        PointsClawbackRepository clawbacks, OrderRepository orders, OrderStock stock,
                                        CustomerService customers, CouponService coupons,
                                        CouponRepository couponRepository, WalletService wallets,
                                        WalletPaymentService walletPayments, PaymentService payments,
                                        Transactions transactions, EventPublisher events, IdGenerator ids,
                                        Clock clock) {
        return AfterSaleServices.wire(new AfterSaleServices.Ports(afterSales, refunds, reasons, settings, allocation,
                        pointsAwards, clawbacks),
                new AfterSaleServices.Neighbours(orders, stock, customers, coupons, couponRepository, wallets,
                        walletPayments, payments), transactions, events, ids, clock);
    }

    @Produces
    @ApplicationScoped
    AfterSaleService afterSaleService(AfterSaleServices services) {
        return services.afterSales();
    }

    @Produces
    @ApplicationScoped
    RefundService refundService(AfterSaleServices services) {
        return services.refunds();
    }

    @Produces
    @ApplicationScoped
    AfterSaleReasonSettings afterSaleReasonSettings(JdbcAfterSaleReasons reasons, Transactions transactions) {
        return new AfterSaleReasonSettings(reasons, transactions);
    }

    @Produces
    @ApplicationScoped
    AfterSaleTermsSettings afterSaleTermsSettings(JdbcAfterSaleSettings settings, Transactions transactions) {
        return new AfterSaleTermsSettings(settings, transactions);
    }

    @Produces
    @ApplicationScoped
    PointsClawbacks pointsClawbacks(AfterSaleServices services) {
        return services.clawbacks();
    }
}
