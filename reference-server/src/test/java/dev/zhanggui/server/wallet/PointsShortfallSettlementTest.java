package dev.zhanggui.server.wallet;

import dev.zhanggui.aftersale.AfterSale;
import dev.zhanggui.aftersale.AfterSaleRequest;
import dev.zhanggui.aftersale.AfterSaleService;
import dev.zhanggui.aftersale.AfterSaleStatus;
import dev.zhanggui.aftersale.AfterSaleType;
import dev.zhanggui.aftersale.PointsClawback;
import dev.zhanggui.aftersale.PointsClawbackRepository;
import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.customer.CustomerService;
import dev.zhanggui.order.CheckoutService;
import dev.zhanggui.order.FulfilmentService;
import dev.zhanggui.order.Order;
import dev.zhanggui.order.OrderPaymentService;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.PageRequest;
import dev.zhanggui.shared.Points;
import dev.zhanggui.shared.Transactions;
import dev.zhanggui.wallet.Cause;
import dev.zhanggui.wallet.LedgerEntry;
import dev.zhanggui.wallet.LedgerFilter;
import dev.zhanggui.wallet.LedgerReason;
import dev.zhanggui.wallet.PointsRewardService;
import dev.zhanggui.wallet.WalletPaymentService;
import dev.zhanggui.wallet.WalletService;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Points a refund could not take back (the customer had spent them) are owed, and the server settles
 * them from the customer's next purchase points: the order completes, the wallet awards its points
 * and, in the same unit of work, the after-sales clawback takes what is owed, oldest first, never
 * below zero, as a ledger entry caused by the refund. A customer registered for this test alone
 * (not a demo customer, whose points other tests rely on).
 */
@QuarkusTest
class PointsShortfallSettlementTest {
    @Inject
    CheckoutService checkout;
    @Inject
    OrderPaymentService payments;
    @Inject
    FulfilmentService fulfilment;
    @Inject
    CustomerService customers;
    @Inject
    AfterSaleService afterSales;
    @Inject
    PointsClawbackRepository clawbacks;
    @Inject
    PointsRewardService rewards;
    @Inject
    WalletService wallets;
    @Inject
    WalletPaymentService walletPayments;
    @Inject
    Transactions transactions;

    @Test
    void points_owed_by_a_refund_are_taken_from_the_next_purchase_points() {
        RewardOrders orders = new RewardOrders(checkout, payments, fulfilment, customers);
        Actor buyer = orders.newCustomer();
        CustomerId me = customers.me(buyer).id();
        SkuId tea = RewardOrders.onSale("扣回积分茶叶", "60.00", 10);

        wallets.credit(orders.admin, me, new dev.zhanggui.wallet.WalletCredit(LedgerReason.TOPUP,
                dev.zhanggui.shared.Money.of("500.00"), dev.zhanggui.shared.Money.zero(), Optional.empty(),
                Optional.empty()), "topup-" + UUID.randomUUID());
        Order first = completedWithBalance(orders, buyer, tea, 1);
        long earned = awardedPoints(first);
        assertThat(earned).isPositive();
        assertThat(points(me)).isEqualTo(earned);
        walletPayments.spendPoints(orders.admin, me, Points.of(earned), LedgerReason.POINTS_REDEMPTION,
                Cause.staff("admin"), "spent-" + UUID.randomUUID());

        AfterSale asked = afterSales.request(buyer, AfterSaleRequest.wholeOrder(first.id(),
                AfterSaleType.RETURN_AND_REFUND, "QUALITY_PROBLEM"));
        AfterSale refunded = afterSales.refund(orders.admin, asked.id(), Optional.empty());
        assertThat(refunded.status()).isEqualTo(AfterSaleStatus.REFUNDED);
        assertThat(points(me)).isZero();
        List<PointsClawback> owed = owedBy(me);
        assertThat(owed).singleElement().satisfies(c -> {
            assertThat(c.due()).isEqualTo(Points.of(earned));
            assertThat(c.shortfall()).isEqualTo(Points.of(earned));
        });

        Order second = completedWithBalance(orders, buyer, tea, 2);
        long earnedAgain = awardedPoints(second);
        assertThat(earnedAgain).isGreaterThan(earned);
        assertThat(points(me)).as("the new points less what was owed").isEqualTo(earnedAgain - earned);
        assertThat(owedBy(me)).isEmpty();
        List<LedgerEntry> entries = wallets.entries(orders.admin, me, LedgerFilter.all(), PageRequest.first(50)).items();
        assertThat(entries).filteredOn(e -> e.reason() == LedgerReason.ADJUSTMENT && e.amount() < 0)
                .singleElement().satisfies(e -> {
                    assertThat(e.amount()).isEqualTo(-earned);
                    assertThat(e.cause()).isEqualTo(Cause.refund(refunded.refund().orElseThrow().toString()));
                });
        assertThat(entries).allSatisfy(e -> assertThat(e.balanceAfter()).isNotNegative());
    }

    /** Paid from the balance (so that its refund goes back there at once), shipped and received. */
    private Order completedWithBalance(RewardOrders orders, Actor buyer, SkuId sku, int quantity) {
        Order placed = checkout.checkout(buyer, dev.zhanggui.order.CheckoutRequest.of(List.of(
                new dev.zhanggui.pricing.CartLine(sku, quantity, Optional.empty())),
                new dev.zhanggui.order.PaymentPlan(Points.zero(), true, dev.zhanggui.order.TenderType.ONLINE)));
        assertThat(placed.amountDue().isPositive()).as("paid from the balance in full").isFalse();
        Order shipped = fulfilment.ship(orders.admin, placed.id(), new FulfilmentService.PackageRequest("顺丰",
                "SF" + placed.number(), List.of(new dev.zhanggui.order.ShipmentLine(0, quantity))), Optional.empty());
        return orders.received(buyer, shipped);
    }

    private long awardedPoints(Order order) {
        return rewards.awardedFor(RewardOrders.DEMO_ADMIN, order.number()).stream()
                .filter(a -> a.kind() == dev.zhanggui.wallet.PointsAward.Kind.PURCHASE)
                .mapToLong(a -> a.points().value()).sum();
    }

    private long points(CustomerId customer) {
        return wallets.wallet(RewardOrders.DEMO_ADMIN, customer).points().value();
    }

    private List<PointsClawback> owedBy(CustomerId customer) {
        return transactions.inTransaction(() -> clawbacks.owedBy(RewardOrders.DEMO, customer));
    }
}
