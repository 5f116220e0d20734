package dev.zhanggui.order;

import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.Points;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the order knows of one refund (退款) after-sales issued for it: the units of each line it
 * covers and what they refunded, the shipping part, and the share each tender gave back (money and,
 * for points, whole points). The order keeps these so that its refunded amounts, the units still to
 * ship and what a later release may still give back are read from one place, under its version.
 *
 * @param reference the refund's id, unique per order: the same refund recorded again changes nothing
 */
public record OrderRefund(String reference, List<RefundedLine> lines, Money shipping, List<RefundedTender> tenders,
                          Instant at) {

    /**
     * Units of one line refunded and the money they refunded.
     *
     * @param shipped whether the units had been shipped (returned, or an intercepted parcel); units not
     *                shipped are cancelled from fulfilment: they are no longer to be shipped
     */
    public record RefundedLine(int line, int quantity, Money amount, boolean shipped) {
        public RefundedLine {
            Objects.requireNonNull(amount, "amount");
            if (quantity < 1 || amount.isNegative()) {
                throw new IllegalArgumentException("a refunded line has at least one unit and no negative amount");
            }
        }
    }

    /** The part of a refund one tender gave back: money, and for points the whole points. */
    public record RefundedTender(TenderType type, Money amount, Points points) {
        public RefundedTender {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(amount, "amount");
            points = points == null ? Points.zero() : points;
            if (amount.isNegative() || points.isNegative()) {
                throw new IllegalArgumentException("a refunded tender part is never negative");
            }
        }
    }

    public OrderRefund {
        if (reference == null || reference.isBlank()) {
            throw new IllegalArgumentException("a refund has a reference");
        }
        lines = List.copyOf(lines);
        tenders = List.copyOf(tenders);
        Objects.requireNonNull(shipping, "shipping");
        Objects.requireNonNull(at, "at");
        if (shipping.isNegative()) {
            throw new IllegalArgumentException("the shipping part is never negative");
        }
        Money split = tenders.stream().map(RefundedTender::amount).reduce(Money.zero(shipping.currency()), Money::plus);
        Money refunded = lines.stream().map(RefundedLine::amount).reduce(shipping, Money::plus);
        if (!split.equals(refunded)) {
            throw new IllegalArgumentException("the tenders' parts " + split + " are not the refund " + refunded);
        }
    }

    /** The goods part: Σ of the lines' amounts. */
    public Money goods() {
        return lines.stream().map(RefundedLine::amount).reduce(Money.zero(shipping.currency()), Money::plus);
    }

    /** Goods and shipping. */
    public Money amount() {
        return goods().plus(shipping);
    }
}
