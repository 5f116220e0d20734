package dev.zhanggui.order;

import java.time.Duration;

/**
 * The merchant's rules an order takes along when placed: how long it may stay unpaid (30 minutes),
 * how long after shipping receipt is confirmed by itself (10 days), and whether the merchant
 * reviews orders before shipping (待审核).
 */
public record OrderTimers(Duration paymentTimeout, Duration receiptPeriod, boolean reviewRequired) {
    public static final OrderTimers DEFAULT = new OrderTimers(Duration.ofMinutes(30), Duration.ofDays(10), false);
}
