package dev.zhanggui.aftersale;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.order.Order;
import dev.zhanggui.order.OrderRefunds;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Points;
import dev.zhanggui.shared.Transactions;
import dev.zhanggui.wallet.Cause;
import dev.zhanggui.wallet.LedgerReason;
import dev.zhanggui.wallet.WalletPaymentService;
import dev.zhanggui.wallet.WalletService;

import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Taking back the purchase points of a refunded order (积分扣回), in proportion to the goods
 * refunded: {@code floor(earned × goods refunded / goods paid)} in all, and every earned point once
 * every unit is refunded; each refund takes what that total grew by. What the customer has spent
 * already is not taken (the balance never goes negative): it is recorded as owed and taken from
 * later earnings. Ledger entries are ADJUSTMENT spends caused by the refund.
 */
public final class PointsClawbacks implements dev.zhanggui.wallet.OwedPoints {
    private final OrderPointsAwards awards;
    private final PointsClawbackRepository clawbacks;
    private final WalletService wallets;
    private final WalletPaymentService walletPayments;
    private final Transactions transactions;

    public PointsClawbacks(OrderPointsAwards awards, PointsClawbackRepository clawbacks, WalletService wallets,
                           WalletPaymentService walletPayments, Transactions transactions) {
        this.awards = awards;
        this.clawbacks = clawbacks;
        this.wallets = wallets;
        this.walletPayments = walletPayments;
        this.transactions = transactions;
    }

    /** After a refund was recorded on the order: takes back what it makes due, as far as the points go. */
    Optional<PointsClawback> clawBack(Order order, RefundId refund, Instant now) {
        Points earned = awards.earnedBy(order.merchant(), order.number());
        if (!earned.isPositive()) {
            return Optional.empty();
        }
        Points dueInAll = dueInAll(order, earned);
        Points before = clawbacks.ofOrder(order.merchant(), order.number()).stream().map(PointsClawback::due)
                .reduce(Points.zero(), Points::plus);
        Points due = dueInAll.minus(before);
        if (!due.isPositive()) {
            return Optional.empty();
        }
        Actor system = Actor.system(order.merchant(), "after-sales");
        Points taken = take(system, order.customer(), due, refund, "refund:" + refund + ":clawback");
        PointsClawback clawback = new PointsClawback(refund, order.merchant(), order.customer(), order.number(), due,
                taken, now);
        clawbacks.add(clawback);
        return Optional.of(clawback);
    }

    /** The customer earned points: what they owe comes out of them first. */
    @Override
    public void settleFromEarnings(MerchantId merchant, CustomerId customer) {
        settleShortfalls(merchant, customer);
    }

    /**
     * Takes what the customer owes from clawbacks, oldest first, as far as their points go now: call
     * it when they earn points. Returns the clawbacks that changed.
     */
    public List<PointsClawback> settleShortfalls(MerchantId merchant, CustomerId customer) {
        return transactions.inTransaction(() -> {
            Actor system = Actor.system(merchant, "after-sales");
            List<PointsClawback> changed = new ArrayList<>();
            for (PointsClawback owed : clawbacks.owedBy(merchant, customer)) {
                String key = "refund:" + owed.refund() + ":clawback:" + owed.taken();
                Points taken = take(system, customer, owed.shortfall(), owed.refund(), key);
                if (taken.isPositive()) {
                    PointsClawback settled = owed.took(taken);
                    clawbacks.update(settled);
                    changed.add(settled);
                }
            }
            return List.copyOf(changed);
        });
    }

    private static Points dueInAll(Order order, Points earned) {
        if (order.everyUnitRefunded()) {
            return earned;
        }
        OrderRefunds refunded = order.refunds();
        long goods = refunded.total().minus(refunded.shipping()).minorUnits();
        long paid = order.goodsPayable().minorUnits();
        if (paid <= 0) {
            return Points.zero();
        }
        return Points.of(BigInteger.valueOf(earned.value()).multiply(BigInteger.valueOf(goods))
                .divide(BigInteger.valueOf(paid)).longValueExact());
    }

    /** Spends up to {@code due} of the customer's points; none if they have none. */
    private Points take(Actor system, CustomerId customer, Points due, RefundId refund, String key) {
        Points available = wallets.wallet(system, customer).points();
        Points taking = due.min(available);
        if (!taking.isPositive()) {
            return Points.zero();
        }
        try {
            walletPayments.spendPoints(system, customer, taking, LedgerReason.ADJUSTMENT, Cause.refund(refund.toString()),
                    key);
            return taking;
        } catch (DomainException e) {
            if (e.code() == ErrorCode.WALLET_INSUFFICIENT_POINTS) {
                return Points.zero();
            }
            throw e;
        }
    }
}
