package dev.zhanggui.order;

import dev.zhanggui.shared.Money;

import java.time.LocalDate;
import java.util.List;

/**
 * The back office's dashboard (工作台, seed 000): what waits for the merchant (orders to collect
 * payment for, to review, to ship, return and refund requests) and how today went in the merchant's
 * time zone (orders, new customers, revenue), with the trend of the last 30 days, oldest first.
 * Revenue is the total of the orders placed that day that still stand (closed and voided ones and
 * drafts do not count).
 */
public record Dashboard(LocalDate today, long awaitingPayment, long awaitingReview, long toShip,
                        long returnRequests, long refundRequests, DailyFigures todayFigures,
                        List<DailyFigures> trend) {
    public Dashboard {
        trend = List.copyOf(trend);
    }

    /** One day of the trend: orders placed, their revenue, customers who registered. */
    public record DailyFigures(LocalDate day, long orders, Money revenue, long newCustomers) {
        public static DailyFigures none(LocalDate day) {
            return new DailyFigures(day, 0, Money.zero(), 0);
        }
    }
}
