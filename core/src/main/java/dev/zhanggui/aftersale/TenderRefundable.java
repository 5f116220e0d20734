package dev.zhanggui.aftersale;

import dev.zhanggui.order.Tender;
import dev.zhanggui.order.TenderType;
import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.Points;

import java.math.BigInteger;

/**
 * What a refund allocation policy is told of one tender: what it paid (money, and points at the rate
 * used when paying) and what earlier refunds took from it already.
 */
public record TenderRefundable(Tender tender, Money refunded, Points pointsRefunded) {

    public TenderType type() {
        return tender.type();
    }

    public Money paid() {
        return tender.amount();
    }

    /** Money this tender can still give back. */
    public Money remaining() {
        return tender.amount().minus(refunded);
    }

    /**
     * The allocation of {@code part} to this tender. Points are whole: a points tender gives back
     * {@code floor(points paid × money refunded after / money paid)} less what it gave back before,
     * and all of what is left once its money is all refunded; so no sequence of refunds gives back
     * more points than were spent, and refunding everything gives back every point.
     */
    public RefundAllocation allocate(Money part) {
        if (part.isGreaterThan(remaining()) || part.isNegative()) {
            throw new IllegalStateException(part + " is more than the " + type() + " tender has left: " + remaining());
        }
        return new RefundAllocation(type(), tender.reference(), part, pointsFor(part));
    }

    private Points pointsFor(Money part) {
        Points left = tender.points().minus(pointsRefunded);
        if (type() != TenderType.POINTS || !left.isPositive()) {
            return Points.zero();
        }
        Money after = refunded.plus(part);
        if (after.equals(paid())) {
            return left;
        }
        long dueAfter = BigInteger.valueOf(tender.points().value()).multiply(BigInteger.valueOf(after.minorUnits()))
                .divide(BigInteger.valueOf(paid().minorUnits())).longValueExact();
        return Points.of(Math.max(0, dueAfter - pointsRefunded.value())).min(left);
    }
}
