package dev.zhanggui.aftersale;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Points;

import java.time.Instant;

/**
 * Purchase points taken back because of a refund (积分扣回): what the refund made due, and what was
 * taken so far. A customer who spent them already is not taken below zero: the shortfall is owed
 * and taken from the points they earn later ({@link PointsClawbacks#settleShortfalls}).
 */
public record PointsClawback(RefundId refund, MerchantId merchant, CustomerId customer, String orderNumber,
                             Points due, Points taken, Instant at) {
    public PointsClawback {
        if (taken.isGreaterThan(due) || taken.isNegative()) {
            throw new IllegalArgumentException("taken must be between 0 and what is due");
        }
    }

    /** Points still owed. */
    public Points shortfall() {
        return due.minus(taken);
    }

    PointsClawback took(Points more) {
        return new PointsClawback(refund, merchant, customer, orderNumber, due, taken.plus(more), at);
    }
}
