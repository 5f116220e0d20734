package dev.zhanggui.aftersale;

import dev.zhanggui.customer.CustomerService;
import dev.zhanggui.order.OrderRepository;
import dev.zhanggui.order.OrderStock;
import dev.zhanggui.payment.PaymentService;
import dev.zhanggui.promotion.CouponRepository;
import dev.zhanggui.promotion.CouponService;
import dev.zhanggui.shared.EventPublisher;
import dev.zhanggui.shared.IdGenerator;
import dev.zhanggui.shared.Transactions;
import dev.zhanggui.wallet.WalletPaymentService;
import dev.zhanggui.wallet.WalletService;

import java.time.Clock;

/**
 * The after-sales context wired on its ports (售后): the requests' use cases, the refunds', and the
 * points clawback's settlement from later earnings. An embedding application or the server builds
 * it once.
 */
public record AfterSaleServices(AfterSaleService afterSales, RefundService refunds, PointsClawbacks clawbacks) {

    /** What the after-sales context needs of its own ports and policies. */
    public record Ports(AfterSaleRepository afterSales, RefundRepository refunds, AfterSaleReasons reasons,
                        AfterSaleSettings settings, RefundAllocationPolicy allocation, OrderPointsAwards pointsAwards,
                        PointsClawbackRepository clawbacks) {
    }

    /** What it uses of the other contexts. */
    public record Neighbours(OrderRepository orders, OrderStock stock, CustomerService customers,
                             CouponService coupons, CouponRepository couponRepository, WalletService wallets,
                             WalletPaymentService walletPayments, PaymentService payments) {
    }

    public static AfterSaleServices wire(Ports ports, Neighbours neighbours, Transactions transactions,
                                         EventPublisher events, IdGenerator ids, Clock clock) {
        PointsClawbacks clawbacks = new PointsClawbacks(ports.pointsAwards(), ports.clawbacks(), neighbours.wallets(),
                neighbours.walletPayments(), transactions);
        AfterSaleStock stock = new AfterSaleStock(neighbours.stock());
        RefundIssuer issuer = new RefundIssuer(neighbours.orders(), ports.refunds(), ports.settings(),
                new RefundCalculator(ports.allocation()), stock, neighbours.coupons(), neighbours.couponRepository(),
                neighbours.wallets(), clawbacks, events);
        RefundService refunds = new RefundService(ports.refunds(), ports.afterSales(), neighbours.orders(),
                neighbours.customers(), issuer, new RefundDestinations(neighbours.walletPayments(),
                neighbours.payments()), neighbours.payments(), transactions, events, ids, clock);
        AfterSaleService afterSales = new AfterSaleService(ports.afterSales(), neighbours.orders(),
                neighbours.customers(), ports.reasons(), ports.settings(), issuer, refunds, ports.refunds(), stock,
                transactions, events, ids, clock);
        return new AfterSaleServices(afterSales, refunds, clawbacks);
    }
}
