package dev.zhanggui.order;

import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.Points;

import java.util.List;

/**
 * The refunds recorded on an order, read as sums: units refunded per line (and of those, units
 * cancelled before shipping), money per line, shipping, and what each tender has given back. The
 * after-sales invariants are computed over these: no tender ever gives back more than it paid.
 */
public record OrderRefunds(List<OrderRefund> all) {
    public OrderRefunds {
        all = List.copyOf(all);
    }

    public boolean isEmpty() {
        return all.isEmpty();
    }

    public boolean contains(String reference) {
        return all.stream().anyMatch(r -> r.reference().equals(reference));
    }

    /** Units of the line refunded so far, shipped or not. */
    public int quantity(int line) {
        return lines(line).mapToInt(OrderRefund.RefundedLine::quantity).sum();
    }

    /** Units of the line refunded before they were shipped: they are no longer to be shipped. */
    public int cancelled(int line) {
        return lines(line).filter(l -> !l.shipped()).mapToInt(OrderRefund.RefundedLine::quantity).sum();
    }

    /** Money refunded for the line so far. */
    public Money amount(int line) {
        return lines(line).map(OrderRefund.RefundedLine::amount).reduce(Money.zero(), Money::plus);
    }

    public Money shipping() {
        return all.stream().map(OrderRefund::shipping).reduce(Money.zero(), Money::plus);
    }

    /** Goods and shipping refunded so far. */
    public Money total() {
        return all.stream().map(OrderRefund::amount).reduce(Money.zero(), Money::plus);
    }

    /** Money a tender has given back so far. */
    public Money from(TenderType type) {
        return tenders(type).map(OrderRefund.RefundedTender::amount).reduce(Money.zero(), Money::plus);
    }

    /** Points a tender has given back so far. */
    public Points pointsFrom(TenderType type) {
        return tenders(type).map(OrderRefund.RefundedTender::points).reduce(Points.zero(), Points::plus);
    }

    /**
     * Refuses (a programming error: after-sales computes refunds within these bounds) a refund that
     * would take a line past its units, cancel shipped units, take shipping past what was charged, or
     * a tender past what it paid, in money or in points.
     */
    void requireRoomFor(OrderRefund refund, Order order) {
        for (OrderRefund.RefundedLine l : refund.lines()) {
            OrderLine line = order.lines().stream().filter(o -> o.index() == l.line()).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no line " + l.line()));
            boolean tooMany = quantity(l.line()) + l.quantity() > line.quantity();
            boolean shippedAlready = !l.shipped()
                    && order.shippedQuantity(l.line()) + cancelled(l.line()) + l.quantity() > line.quantity();
            if (tooMany || shippedAlready) {
                throw new IllegalArgumentException("line " + l.line() + " has no " + l.quantity() + " units to refund");
            }
        }
        if (shipping().plus(refund.shipping()).isGreaterThan(order.shippingPayable())) {
            throw new IllegalArgumentException("the shipping refunded would exceed " + order.shippingPayable());
        }
        for (OrderRefund.RefundedTender part : refund.tenders()) {
            Tender paid = order.tenders().stream().filter(t -> t.type() == part.type() && t.isSettled()).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no settled " + part.type() + " tender"));
            if (from(part.type()).plus(part.amount()).isGreaterThan(paid.amount())
                    || pointsFrom(part.type()).plus(part.points()).isGreaterThan(paid.points())) {
                throw new IllegalArgumentException("the " + part.type() + " tender would give back more than it paid");
            }
        }
    }

    private java.util.stream.Stream<OrderRefund.RefundedLine> lines(int line) {
        return all.stream().flatMap(r -> r.lines().stream()).filter(l -> l.line() == line);
    }

    private java.util.stream.Stream<OrderRefund.RefundedTender> tenders(TenderType type) {
        return all.stream().flatMap(r -> r.tenders().stream()).filter(t -> t.type() == type);
    }
}
