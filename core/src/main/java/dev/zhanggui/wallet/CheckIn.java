package dev.zhanggui.wallet;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.shared.MerchantId;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A customer's daily check-in (签到) on a business day of the merchant's time zone, the streak it
 * made within that calendar month, and the points it earned.
 */
public record CheckIn(MerchantId merchant, CustomerId customer, LocalDate day, int streak, long points,
                      Instant at) {

    /** The streak a check-in on {@code today} makes after this one: one more if it was yesterday in the same month. */
    public int streakOn(LocalDate today) {
        boolean yesterday = day.plusDays(1).equals(today);
        return yesterday && day.getMonth() == today.getMonth() ? streak + 1 : 1;
    }
}
