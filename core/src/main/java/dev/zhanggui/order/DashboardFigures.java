package dev.zhanggui.order;

import dev.zhanggui.shared.MerchantId;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** Port: the counts and sums the dashboard shows, computed where the orders are (one query each). */
public interface DashboardFigures {
    /** How many of the merchant's orders are in each of the given statuses (statuses without orders may be left out). */
    Map<OrderStatus, Long> countByStatus(MerchantId merchant, List<OrderStatus> statuses);

    /** Orders, revenue and new customers per day of {@code [from, until)} in the zone; days without any may be left out. */
    List<Dashboard.DailyFigures> daily(MerchantId merchant, ZoneId zone, LocalDate from, LocalDate until);

    /** The after-sales requests waiting for the merchant: returns to review or receive, and refunds to decide. */
    AfterSalesWaiting afterSalesWaiting(MerchantId merchant);

    record AfterSalesWaiting(long returnRequests, long refundRequests) {
    }
}
