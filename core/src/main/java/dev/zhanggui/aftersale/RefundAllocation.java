package dev.zhanggui.aftersale;

import dev.zhanggui.order.TenderType;
import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.Points;

import java.util.Objects;
import java.util.Optional;

/**
 * The share of a refund one tender gives back (退款分摊到支付方式): the tender's type and reference
 * (the wallet operation key or the gateway payment), the money, and for points the whole points.
 */
public record RefundAllocation(TenderType tender, Optional<String> reference, Money amount, Points points) {
    public RefundAllocation {
        Objects.requireNonNull(tender, "tender");
        Objects.requireNonNull(amount, "amount");
        reference = reference == null ? Optional.empty() : reference;
        points = points == null ? Points.zero() : points;
        if (amount.isNegative() || points.isNegative()) {
            throw new IllegalArgumentException("a refund allocation is never negative");
        }
    }
}
