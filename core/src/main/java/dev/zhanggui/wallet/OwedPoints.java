package dev.zhanggui.wallet;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.shared.MerchantId;

/**
 * Port: points a customer owes (欠扣积分) — purchase points of a refunded order that could not be
 * taken back because they had been spent. When the customer earns points, what they owe is settled
 * from them first, oldest first, never below zero (after-sales' {@code PointsClawbacks}).
 */
public interface OwedPoints {
    /** Nothing is ever owed. */
    OwedPoints NONE = (merchant, customer) -> {
    };

    /** The customer just earned points: take what they owe from what they hold now, in the same unit of work. */
    void settleFromEarnings(MerchantId merchant, CustomerId customer);
}
