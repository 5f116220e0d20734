package dev.zhanggui.server.wallet;

import dev.zhanggui.order.Order;
import dev.zhanggui.order.OrderChanged;
import dev.zhanggui.order.OrderRepository;
import dev.zhanggui.order.OrderStatus;
import dev.zhanggui.order.Tender;
import dev.zhanggui.order.TenderType;
import dev.zhanggui.shared.Money;
import dev.zhanggui.wallet.CompletedPurchase;
import dev.zhanggui.wallet.PointsRewardService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Tells the wallet's rewards that an order completed (received, confirmed automatically after the
 * receipt period, or verified in store), in the completion's own transaction: the order's new
 * status and the points it earned (the buyer's, and the inviter's on a first order) are stored
 * together or not at all. Only the move into COMPLETED counts; settling cash on delivery of a
 * completed order changes nothing, and a repeated event awards nothing more.
 */
@ApplicationScoped
public class RewardsOnOrderCompletion {
    @Inject
    OrderRepository orders;
    @Inject
    PointsRewardService rewards;

    void reward(@Observes OrderChanged changed) {
        if (changed.event().to() != OrderStatus.COMPLETED
                || changed.event().from().filter(OrderStatus.COMPLETED::equals).isPresent()) {
            return;
        }
        Order order = orders.find(changed.merchant(), changed.order()).orElseThrow(() ->
                new IllegalStateException("order " + changed.number() + " completed but cannot be read"));
        rewards.purchaseCompleted(purchase(order, changed));
    }

    /** The order in the wallet's terms: what it cost, its shipping, and what points paid of it. */
    static CompletedPurchase purchase(Order order, OrderChanged changed) {
        Money byPoints = order.tenders().stream().filter(t -> t.type() == TenderType.POINTS).map(Tender::amount)
                .reduce(Money.zero(), Money::plus);
        return new CompletedPurchase(order.merchant(), order.customer(), order.number(), order.total(),
                order.shippingPayable(), byPoints, changed.event().at());
    }
}
