package dev.zhanggui.wallet;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Money;

import java.time.Instant;
import java.util.Objects;

/**
 * A purchase the customer completed (已完成的订单), as the wallet's rewards see it: which order, what
 * it cost in all, its shipping, and how much of it was paid with points. The order context's
 * completion (received, confirmed automatically, or verified in store) is told in these terms, so
 * the wallet needs nothing else of orders.
 *
 * @param total          what the order cost the customer, all tenders together
 * @param paidWithPoints the money worth of the points spent on it (积分抵扣)
 */
public record CompletedPurchase(MerchantId merchant, CustomerId customer, String orderNumber, Money total,
                                Money shipping, Money paidWithPoints, Instant completedAt) {
    public CompletedPurchase {
        Objects.requireNonNull(merchant, "merchant");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(completedAt, "completedAt");
        if (orderNumber == null || orderNumber.isBlank() || orderNumber.length() > Cause.MAX_REFERENCE) {
            throw new IllegalArgumentException("an order number of 1 to " + Cause.MAX_REFERENCE + " characters");
        }
        if (total == null || shipping == null || paidWithPoints == null || total.isNegative()
                || shipping.isNegative() || paidWithPoints.isNegative() || paidWithPoints.isGreaterThan(total)) {
            throw new IllegalArgumentException("amounts are not negative and points pay at most the total");
        }
    }
}
