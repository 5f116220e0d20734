package dev.zhanggui.aftersale;

import dev.zhanggui.order.Order;
import dev.zhanggui.order.OrderLine;
import dev.zhanggui.order.OrderRefunds;
import dev.zhanggui.order.OrderStatus;
import dev.zhanggui.order.Tender;
import dev.zhanggui.shared.Money;

import java.util.ArrayList;
import java.util.List;

/**
 * The money of a refund (退款金额), from the order and the refunds recorded on it:
 * <ul>
 * <li>each line's units refund what the customer actually paid for the line (its total after
 * promotions, coupon and the merchant's price change, {@link Order#linePaidAmounts()}) per unit,
 * rounded down to the fen, and the line's last unit takes the remainder, so refunding every unit of a
 * line refunds exactly what it cost;</li>
 * <li>shipping comes back only with the refund that leaves no unit of an order unrefunded before
 * anything of it was shipped, and only if the merchant's terms say so;</li>
 * <li>the amount is split over the settled tenders by the {@link RefundAllocationPolicy}, and the
 * split is checked: it adds up, and no tender gives back more than it has left, in money or points.</li>
 * </ul>
 */
public final class RefundCalculator {
    private final RefundAllocationPolicy policy;

    public RefundCalculator(RefundAllocationPolicy policy) {
        this.policy = policy;
    }

    /**
     * The refund of these units (each line once, within what is left to refund of it). Units not
     * shipped yet are cancelled (they leave fulfilment and go back to stock); once the order is
     * shipped or received, or for units already sent in a package, they are refunded as shipped.
     */
    public RefundPlan plan(Order order, List<AfterSaleLine> units, AfterSaleTerms terms) {
        OrderRefunds refunded = order.refunds();
        List<Money> paid = order.linePaidAmounts();
        boolean delivered = order.status() == OrderStatus.SHIPPED || order.status() == OrderStatus.COMPLETED;
        List<RefundLine> lines = new ArrayList<>();
        for (AfterSaleLine unit : units) {
            int position = position(order, unit.line());
            OrderLine line = order.lines().get(position);
            Money amount = lineAmount(line, unit.quantity(), paid.get(position), refunded);
            int notShipped = line.quantity() - order.shippedQuantity(line.index()) - refunded.cancelled(line.index());
            int cancelled = delivered ? 0 : Math.min(unit.quantity(), Math.max(0, notShipped));
            Money cancelledAmount = cancelled == unit.quantity() ? amount
                    : unitPrice(paid.get(position), line).times(cancelled);
            if (cancelled > 0) {
                lines.add(new RefundLine(unit.line(), cancelled, cancelledAmount, false));
            }
            if (unit.quantity() > cancelled) {
                lines.add(new RefundLine(unit.line(), unit.quantity() - cancelled, amount.minus(cancelledAmount), true));
            }
        }
        Money shipping = leavesNothing(order, units) && order.shipments().isEmpty()
                && terms.refundShippingBeforeShipping()
                ? order.shippingPayable().minus(refunded.shipping()) : Money.zero();
        Money amount = lines.stream().map(RefundLine::amount).reduce(Money.zero(), Money::plus).plus(shipping);
        return new RefundPlan(lines, shipping, allocate(order, amount));
    }

    /** Every unit of the order not refunded yet, line by line: what a cancellation refunds. */
    public static List<AfterSaleLine> unitsLeft(Order order) {
        OrderRefunds refunded = order.refunds();
        return order.lines().stream()
                .filter(l -> l.quantity() > refunded.quantity(l.index()))
                .map(l -> new AfterSaleLine(l.index(), l.quantity() - refunded.quantity(l.index()))).toList();
    }

    private static Money lineAmount(OrderLine line, int quantity, Money linePaid, OrderRefunds refunded) {
        int after = refunded.quantity(line.index()) + quantity;
        if (after > line.quantity()) {
            throw new IllegalStateException("line " + line.index() + " has no " + quantity + " units left to refund");
        }
        if (after == line.quantity()) {
            return linePaid.minus(refunded.amount(line.index()));
        }
        return unitPrice(linePaid, line).times(quantity);
    }

    /** What one unit refunds: the line's paid amount over its units, rounded down to the fen. */
    private static Money unitPrice(Money linePaid, OrderLine line) {
        return Money.ofMinor(linePaid.minorUnits() / line.quantity(), linePaid.currency());
    }

    private static boolean leavesNothing(Order order, List<AfterSaleLine> units) {
        OrderRefunds refunded = order.refunds();
        return order.lines().stream().allMatch(l -> refunded.quantity(l.index()) + units.stream()
                .filter(u -> u.line() == l.index()).mapToInt(AfterSaleLine::quantity).sum() >= l.quantity());
    }

    private List<RefundAllocation> allocate(Order order, Money amount) {
        OrderRefunds refunded = order.refunds();
        List<TenderRefundable> tenders = order.tenders().stream().filter(Tender::isSettled)
                .filter(t -> t.amount().isPositive())
                .map(t -> new TenderRefundable(t, refunded.from(t.type()), refunded.pointsFrom(t.type()))).toList();
        List<RefundAllocation> split = tenders.isEmpty() && amount.isZero() ? List.of()
                : policy.allocate(amount, tenders);
        check(amount, tenders, split);
        return split.stream().filter(a -> a.amount().isPositive() || a.points().isPositive()).toList();
    }

    private static void check(Money amount, List<TenderRefundable> tenders, List<RefundAllocation> split) {
        Money sum = split.stream().map(RefundAllocation::amount).reduce(Money.zero(), Money::plus);
        if (!sum.equals(amount)) {
            throw new IllegalStateException("the refund allocation policy split " + amount + " into " + sum);
        }
        for (RefundAllocation a : split) {
            TenderRefundable t = tenders.stream().filter(x -> x.type() == a.tender()).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no settled " + a.tender() + " tender to refund"));
            if (a.amount().isGreaterThan(t.remaining())
                    || a.points().isGreaterThan(t.tender().points().minus(t.pointsRefunded()))) {
                throw new IllegalStateException("the policy gave the " + a.tender() + " tender more than it has left");
            }
        }
        if (split.stream().map(RefundAllocation::tender).distinct().count() != split.size()) {
            throw new IllegalStateException("the policy named a tender twice");
        }
    }

    private static int position(Order order, int line) {
        for (int i = 0; i < order.lines().size(); i++) {
            if (order.lines().get(i).index() == line) {
                return i;
            }
        }
        throw new IllegalStateException("no line " + line);
    }
}
