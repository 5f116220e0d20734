package dev.zhanggui.aftersale;

import dev.zhanggui.order.Order;
import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.Points;

import java.util.List;

/**
 * What an order has been refunded (已退款), read from its refunds' parts that succeeded: the total
 * and the share of each destination (原路退回: online through the gateway, balance, points with the
 * whole points, credit, and manual — cash on delivery, cash, transfers, manual refunds), what is
 * still on its way (a part pending or failed, 退款中), and where the order stands.
 *
 * @param pending money of refunds issued whose part has not succeeded yet (pending at the gateway, or failed
 *                and waiting for a retry)
 */
public record RefundedAmounts(State state, Money total, Money pending, Money online, Money balance, Money points,
                              Points pointsReturned, Money credit, Money manual) {

    /** Where an order stands in money given back. */
    public enum State {
        /** Nothing given back yet (a refund may be pending: see {@code pending}). */
        NONE,
        /** Some money given back; units remain unrefunded or a part is still pending (部分退款). */
        PARTIALLY_REFUNDED,
        /** Every unit refunded and every part of every refund succeeded (全额退款). */
        FULLY_REFUNDED
    }

    public static final RefundedAmounts NONE = new RefundedAmounts(State.NONE, Money.zero(), Money.zero(), Money.zero(),
            Money.zero(), Money.zero(), Points.zero(), Money.zero(), Money.zero());

    /** The amounts of an order's refunds. */
    public static RefundedAmounts of(Order order, List<Refund> refunds) {
        return of(refunds, order.everyUnitRefunded());
    }

    /**
     * The amounts of an order's refunds.
     *
     * @param everyUnitRefunded whether the order records every unit refunded ({@link Order#everyUnitRefunded()})
     */
    public static RefundedAmounts of(List<Refund> refunds, boolean everyUnitRefunded) {
        if (refunds.isEmpty()) {
            return NONE;
        }
        Money[] byDestination = new Money[RefundDestination.values().length];
        java.util.Arrays.fill(byDestination, Money.zero());
        Money pending = Money.zero();
        Points points = Points.zero();
        boolean anySucceeded = false;
        for (RefundPart part : refunds.stream().flatMap(r -> r.parts().stream()).toList()) {
            if (part.status() != RefundPartStatus.SUCCEEDED) {
                pending = pending.plus(part.amount());
                continue;
            }
            anySucceeded = true;
            int d = part.destination().ordinal();
            byDestination[d] = byDestination[d].plus(part.amount());
            if (part.destination() == RefundDestination.POINTS) {
                points = points.plus(part.points());
            }
        }
        Money total = java.util.Arrays.stream(byDestination).reduce(Money.zero(), Money::plus);
        State state = everyUnitRefunded && !pending.isPositive() ? State.FULLY_REFUNDED
                : anySucceeded ? State.PARTIALLY_REFUNDED : State.NONE;
        return new RefundedAmounts(state, total, pending, byDestination[RefundDestination.PAYMENT_GATEWAY.ordinal()],
                byDestination[RefundDestination.BALANCE.ordinal()], byDestination[RefundDestination.POINTS.ordinal()],
                points, byDestination[RefundDestination.CREDIT.ordinal()],
                byDestination[RefundDestination.MANUAL.ordinal()]);
    }
}
